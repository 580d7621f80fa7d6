import type { ConsultationData } from '../schemas/consultation';
import type { ConsultationRules, SiteConfig } from '../schemas/site';
import { consultationRules } from '../lib/consultation-rules';
import { closingInstant, lastMinute, periodDays } from '../lib/consultations';
import { deadlineText } from '../messages/consultations';
import { splitDateTime, toPartialDate, vietnamDate } from '../dates/calendar';
import { formatDateShortVi } from '../messages/dates';
import { missingDocument, problemAt, type CheckedEntry } from './cross-checks';
import type { ContentProblem } from './problems';

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
  const refs: Array<{ path: PropertyKey[]; slug: string }> = [
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
      ? [
          problemAt(entry, ['documents', index, 'file'], doc.file, {
            problem: {
              vi: `không tìm thấy tệp content/files/${doc.file}`,
              en: `file content/files/${doc.file} not found`,
            },
            expected: {
              vi: 'tên một tệp đã đặt trong thư mục content/files/ (kiểm tra chính tả và đuôi tệp)',
              en: 'the name of a file placed in content/files/ (check spelling and extension)',
            },
          }),
        ]
      : [],
  );
}

/** Thôn and tổ dân phố come from content/site.yaml, so names never split on a typo. */
function checkLocalities(entry: CheckedConsultation, site: SiteConfig): ContentProblem[] {
  const known = new Set(site.localities.map((l) => l.id));
  const paths: Array<{ path: PropertyKey[]; id: string }> = [
    ...entry.data.localities.map((id, index) => ({ path: ['localities', index], id })),
    ...entry.data.channels.flatMap((channel, c) =>
      channel.channel === 'meeting'
        ? channel.meetings.flatMap((meeting, m) =>
            meeting.localities.map((id, index) => ({ path: ['channels', c, 'meetings', m, 'localities', index], id })),
          )
        : [],
    ),
  ];
  return paths
    .filter(({ id }) => !known.has(id))
    .map(({ path, id }) =>
      problemAt(entry, path, id, {
        expected: {
          vi: 'mã (id) của một thôn, tổ dân phố trong "localities" của content/site.yaml',
          en: 'the id of a locality listed under "localities" in content/site.yaml',
        },
      }),
    );
}

/**
 * An e-mail or phone channel without its own address or number uses the
 * committee's in content/site.yaml, which must then have one.
 */
function checkContacts(entry: CheckedConsultation, site: SiteConfig | undefined): ContentProblem[] {
  return entry.data.channels.flatMap((channel, index) => {
    if (channel.channel === 'email' && channel.address === undefined && site?.email === undefined) {
      return [
        problemAt(entry, ['channels', index], channel, {
          problem: {
            vi: 'không ghi địa chỉ thư, và content/site.yaml cũng chưa có "email"',
            en: 'no address is given, and content/site.yaml has no "email" either',
          },
          expected: {
            vi: 'địa chỉ thư điện tử chính thức của Ủy ban, ghi vào "email" trong content/site.yaml',
            en: 'the committee\'s official e-mail address, under "email" in content/site.yaml',
          },
        }),
      ];
    }
    if (channel.channel === 'phone' && channel.number === undefined && (site?.phones.length ?? 0) === 0) {
      return [
        problemAt(entry, ['channels', index], channel, {
          problem: {
            vi: 'không ghi số điện thoại, và content/site.yaml cũng chưa có "phones"',
            en: 'no number is given, and content/site.yaml has no "phones" either',
          },
          expected: {
            vi: 'số điện thoại chính thức của Ủy ban, ghi vào "phones" trong content/site.yaml',
            en: 'the committee\'s official phone number, under "phones" in content/site.yaml',
          },
        }),
      ];
    }
    return [];
  });
}

/** An outcome is only published once opinions are no longer taken. */
function checkOutcomeTime(entry: CheckedConsultation, now: Date): ContentProblem[] {
  const { data } = entry;
  if (data.outcome === undefined || closingInstant(data.closes) <= now) return [];
  return [
    problemAt(entry, ['outcome'], data.outcome.published, {
      problem: {
        vi: `chưa hết hạn lấy ý kiến (${deadlineText(data.closes)}) mà đã có kết quả`,
        en: `the consultation has not closed yet (last minute ${lastMinute(data.closes).date} ${lastMinute(data.closes).time}) but has an outcome`,
      },
      expected: {
        vi: 'chỉ ghi phần kết quả (outcome) sau khi hết hạn lấy ý kiến',
        en: 'an outcome only after the consultation has closed',
      },
    }),
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
  const todayVi = formatDateShortVi(toPartialDate(today));
  return [
    problemAt(entry, ['outcome', 'published'], published, {
      problem: {
        vi: `ngày công bố kết quả sau hôm nay (${todayVi}, ngày tạo trang): không thể công bố kết quả vào một ngày chưa đến`,
        en: `the outcome is dated after today (${today}, the build date): an outcome cannot be published on a day that has not come yet`,
      },
      expected: {
        vi: `ngày đã công bố kết quả, không muộn hơn hôm nay (${todayVi}); kiểm tra lại năm, tháng, ngày`,
        en: `the day the outcome was published, no later than today (${today}); check the year, month and day`,
      },
    }),
  ];
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
    return [
      problemAt(entry, ['closes'], closes, {
        problem: {
          vi: `lấy ý kiến trong ${days} ngày, dài hơn ${LONGEST_LIKELY_DAYS} ngày: có thể đã gõ nhầm năm hoặc tháng của hạn cuối`,
          en: `open for ${days} days, longer than ${LONGEST_LIKELY_DAYS}: the year or month of the deadline may be mistyped`,
        },
        expected: {
          vi: 'hạn cuối đúng như văn bản lấy ý kiến đã ghi; nếu thật sự dài như vậy thì giữ nguyên',
          en: 'the deadline the consultation notice gives; if the period really is this long, leave it',
        },
      }),
    ];
  }
  if (days >= rules.minimumDays) return [];
  return [
    problemAt(entry, ['closes'], closes, {
      problem: {
        vi: `chỉ lấy ý kiến trong ${days} ngày, ít hơn ${rules.minimumDays} ngày tối thiểu (consultation.minimumDays trong content/site.yaml)`,
        en: `open for only ${days} days, fewer than the minimum of ${rules.minimumDays} (consultation.minimumDays in content/site.yaml)`,
      },
      expected: {
        vi: `thời gian lấy ý kiến ít nhất ${rules.minimumDays} ngày, tính cả ngày bắt đầu và ngày cuối`,
        en: `a period of at least ${rules.minimumDays} days, counting the first and last day`,
      },
    }),
  ];
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
                  problem: {
                    vi: `buổi họp nằm ngoài thời gian lấy ý kiến (${first} đến ${last})`,
                    en: `the meeting falls outside the consultation period (${first} to ${last})`,
                  },
                  expected: {
                    vi: 'một ngày trong thời gian lấy ý kiến',
                    en: 'a day within the consultation period',
                  },
                }),
              ],
        ),
  );
}
