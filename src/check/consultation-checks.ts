import type { ConsultationData } from '../schemas/consultation';
import type { ConsultationRules, SiteConfig } from '../schemas/site';
import { consultationRules } from '../lib/consultation-rules';
import { closingInstant, lastMinute, periodDays } from '../lib/consultations';
import { splitDateTime, vietnamDate } from '../dates/calendar';
import type { ContentProblem } from '../vocabulary/problems';
import { localityHint, missingDocument, problemAt, type CheckedEntry } from './cross-checks';
import { consultationLocalityRefs } from './unit-checks';

export type CheckedConsultation = CheckedEntry<ConsultationData>;

/** What the consultation checks need from the rest of the content. */
export interface ConsultationContext {
  /** Slugs of the documents in content/documents/. */
  documentSlugs: ReadonlySet<string>;
  site: SiteConfig | undefined;
  fileExists: (name: string) => boolean;
  /** The build's "now": an outcome cannot be published for a consultation still open, nor dated after it. */
  now: Date;
}

/**
 * Checks consultations against the rest of the content and the clock. Errors
 * stop the build, among them an outcome dated after the build's "now"; a
 * period shorter than the commune's minimum, or a meeting outside the period,
 * is only a warning because the law allows exceptions, and so is a period over
 * LONGEST_LIKELY_DAYS, which is most likely a typo but may be true.
 */
export function checkConsultations(
  entries: readonly CheckedConsultation[],
  context: ConsultationContext,
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const { now } = context;
  const rules = consultationRules(context.site);
  for (const entry of entries) {
    problems.push(...checkDocumentReferences(entry, context.documentSlugs));
    problems.push(...checkFiles(entry, context.fileExists));
    if (context.site) problems.push(...checkLocalities(entry, context.site));
    problems.push(...checkContacts(entry, context.site));
    const early = checkOutcomeTime(entry, now);
    problems.push(...early);
    // An outcome on a consultation still open is already an error; its date need not be flagged too.
    if (early.length === 0) problems.push(...checkOutcomeDate(entry, now));
    warnings.push(...checkPeriod(entry, rules), ...checkMeetings(entry));
  }
  return { problems, warnings };
}

/** `draft`, `documents[].document` and `outcome.adopted` must name documents that exist. */
export function checkDocumentReferences(entry: CheckedConsultation, slugs: ReadonlySet<string>): ContentProblem[] {
  const { data } = entry;
  const refs: { path: PropertyKey[]; slug: string }[] = [
    ...(data.draft === undefined ? [] : [{ path: ['draft'], slug: data.draft }]),
    ...data.documents.flatMap((doc, index) => ('document' in doc ? [{ path: ['documents', index, 'document'], slug: doc.document }] : [])),
    ...(data.outcome?.adopted === undefined ? [] : [{ path: ['outcome', 'adopted'], slug: data.outcome.adopted }]),
  ];
  return refs.filter(({ slug }) => !slugs.has(slug)).map(({ path, slug }) => missingDocument(entry, path, slug));
}

/** Attached files must be in content/files/. */
function checkFiles(entry: CheckedConsultation, fileExists: (name: string) => boolean): ContentProblem[] {
  return entry.data.documents.flatMap((doc, index) =>
    'file' in doc && !fileExists(doc.file)
      ? [problemAt(entry, ['documents', index, 'file'], doc.file, { code: 'file.missing', params: { name: doc.file } })]
      : [],
  );
}

/** Thôn and tổ dân phố come from content/site.yaml, so names never split on a typo. */
function checkLocalities(entry: CheckedConsultation, site: SiteConfig): ContentProblem[] {
  const known = new Set(site.localities.map((l) => l.id));
  const paths = consultationLocalityRefs(entry.data);
  return paths
    .filter(({ id }) => !known.has(id))
    .map(({ path, id }) => problemAt(entry, path, id, { code: 'reference.locality', params: localityHint(site, id) }));
}

/**
 * An e-mail or phone channel without its own address or number uses the
 * committee's in content/site.yaml, which must then have one.
 */
function checkContacts(entry: CheckedConsultation, site: SiteConfig | undefined): ContentProblem[] {
  return entry.data.channels.flatMap((channel, index) => {
    if (channel.channel === 'email' && channel.address === undefined && site?.email === undefined) {
      return [problemAt(entry, ['channels', index], channel, { code: 'consultation.emailMissing', params: {} })];
    }
    if (channel.channel === 'phone' && channel.number === undefined && (site?.phones.length ?? 0) === 0) {
      return [problemAt(entry, ['channels', index], channel, { code: 'consultation.phoneMissing', params: {} })];
    }
    return [];
  });
}

/** An outcome is only published once opinions are no longer taken. */
function checkOutcomeTime(entry: CheckedConsultation, now: Date): ContentProblem[] {
  const { data } = entry;
  if (data.outcome === undefined || closingInstant(data.closes) <= now) return [];
  return [
    problemAt(entry, ['outcome'], data.outcome.published, { code: 'consultation.outcomeWhileOpen', params: { closes: data.closes } }),
  ];
}

/**
 * An outcome cannot be published after the build date. Pages show every
 * outcome they are given, so a year mistyped (2032 for 2023) would publish a
 * date that has not come yet.
 */
function checkOutcomeDate(entry: CheckedConsultation, now: Date): ContentProblem[] {
  const published = entry.data.outcome?.published;
  const today = vietnamDate(now);
  if (published === undefined || published <= today) return [];
  return [problemAt(entry, ['outcome', 'published'], published, { code: 'consultation.outcomeInFuture', params: { today } })];
}

/**
 * Longer than any consultation a commune runs: a period this long is almost always a year typed
 * wrong in `closes` (2027 for 2026), which would show "còn 383 ngày" to every reader.
 */
const LONGEST_LIKELY_DAYS = 120;

/** A consultation open fewer days than the commune's minimum, or implausibly many. */
function checkPeriod(entry: CheckedConsultation, rules: ConsultationRules): ContentProblem[] {
  const { opens, closes } = entry.data;
  const days = periodDays(opens, closes);
  if (days > LONGEST_LIKELY_DAYS) {
    return [problemAt(entry, ['closes'], closes, { code: 'consultation.periodTooLong', params: { days, longest: LONGEST_LIKELY_DAYS } })];
  }
  if (days >= rules.minimumDays) return [];
  return [problemAt(entry, ['closes'], closes, { code: 'consultation.periodTooShort', params: { days, minimum: rules.minimumDays } })];
}

/** Community meetings are held while opinions are taken. */
function checkMeetings(entry: CheckedConsultation): ContentProblem[] {
  const first = splitDateTime(entry.data.opens).date;
  const last = lastMinute(entry.data.closes).date;
  return entry.data.channels.flatMap((channel, c) =>
    channel.channel !== 'meeting'
      ? []
      : channel.meetings.flatMap((meeting, m) =>
          meeting.date >= first && meeting.date <= last
            ? []
            : [
                problemAt(entry, ['channels', c, 'meetings', m, 'date'], meeting.date, {
                  code: 'consultation.meetingOutside',
                  params: { first, last },
                }),
              ],
        ),
  );
}
