import type { Broadcast } from '../schemas/broadcast';
import type { SiteConfig } from '../schemas/site';
import { BROADCAST_MINIMUM_DAYS, broadcastDates, longestRun, shortSentences } from '../lib/broadcast';
import { readingMinutes, spokenText, DEFAULT_SPOKEN_STYLE, type SpokenStyle } from '../lib/spoken';
import { formerUnitOf, siteIdentity, unitDay } from '../lib/units';
import { monthOf, sessionMonths, sessionsInMonth, scheduleHref } from '../lib/receptions';
import { consultationBulletin, dialogueBulletin, documentBulletin, receptionBulletin } from '../messages/bulletins';
import { itemCommitteeName, unitCommitteeName } from '../messages/site';
import { officerRole } from '../messages/receptions';
import { t } from '../messages';
import { getSite } from './site';
import { listedDocuments } from './documents';
import { listedConsultations } from './consultations';
import { dialogueData } from './dialogues';
import { receptionData } from './receptions';
import { DIALOGUE_KINDS } from '../vocabulary/dialogue-terms';

/** A notice as read on the commune's loudspeakers: its page at /ban-tin/<path>/ and its text file. */
export interface Bulletin {
  /** Below /ban-tin/, without slashes at the ends: `lay-y-kien/<slug>`. */
  path: string;
  title: string;
  /** The notice's own page. */
  itemHref: string;
  committee: string;
  /** The text to read, a paragraph per sentence: the office's own, or the generated one in spoken form. */
  paragraphs: string[];
  own: boolean;
  minutes: number;
  /** The days recorded, each with its times. */
  days: { day: string; times: string[] }[];
  /** Most days in a row recorded; compared with the legal minimum where it applies. */
  longest: number;
  minimumApplies: boolean;
  sample: boolean;
}

function bulletin(
  base: Omit<Bulletin, 'paragraphs' | 'own' | 'minutes' | 'days' | 'longest'>,
  written: string[],
  broadcast: Broadcast | undefined,
  style: SpokenStyle,
): Bulletin {
  const ownText = broadcast?.text;
  const own = ownText !== undefined;
  const paragraphs = own
    ? ownText
        .split(/\n\s*\n/u)
        .map((p) => p.trim())
        .filter(Boolean)
    : shortSentences(written.join(' ')).map((sentence) => spokenText(sentence, style));
  const runs = broadcast?.days ?? [];
  const dates = broadcastDates(runs);
  const timesOf = (day: string): string[] =>
    [...new Set(runs.filter((run) => run.from <= day && day <= (run.to ?? run.from)).flatMap((run) => run.times))].sort();
  return {
    ...base,
    paragraphs,
    own,
    minutes: readingMinutes(paragraphs.join(' ')),
    days: dates.map((day) => ({ day, times: timesOf(day) })),
    longest: longestRun(dates),
  };
}

async function load(): Promise<Bulletin[]> {
  const site: SiteConfig = await getSite();
  const style = site.spoken ?? DEFAULT_SPOKEN_STYLE;
  const committeeOf = (day: string, unit: string | undefined): string => itemCommitteeName(site, formerUnitOf(site, day, unit));
  // Read aloud, the committee is named without the page's note on a former name: a current unit
  // not yet entered is "Ủy ban nhân dân", which is true whatever its name.
  const spokenCommitteeOf = (day: string, unit: string | undefined): string => {
    const former = formerUnitOf(site, day, unit);
    if (former !== undefined) return unitCommitteeName(former);
    const identity = siteIdentity(site);
    return identity.current ? unitCommitteeName(identity.unit) : t('bulletin.committee');
  };
  const [documents, consultations, { dialogues }, { schedules, sessions }] = await Promise.all([
    listedDocuments(),
    listedConsultations(),
    dialogueData(),
    receptionData(),
  ]);
  const all: Bulletin[] = [];
  for (const { id, data } of consultations) {
    const committee = committeeOf(unitDay.consultation(data), data.unit);
    all.push(
      bulletin(
        {
          path: `lay-y-kien/${id}`,
          title: data.title,
          itemHref: `/lay-y-kien/${id}/`,
          committee,
          minimumApplies: true,
          sample: data.sample,
        },
        consultationBulletin(data, spokenCommitteeOf(unitDay.consultation(data), data.unit)),
        data.broadcast,
        style,
      ),
    );
  }
  for (const { id, data } of dialogues) {
    // A conference is announced to everyone; another dialogue has a bulletin when the office broadcast it.
    if (!DIALOGUE_KINDS[data.kind].legalTiming && data.broadcast === undefined) continue;
    const committee = committeeOf(unitDay.dialogue(data), data.unit);
    all.push(
      bulletin(
        { path: `doi-thoai/${id}`, title: data.title, itemHref: `/doi-thoai/${id}/`, committee, minimumApplies: true, sample: data.sample },
        dialogueBulletin(data, spokenCommitteeOf(unitDay.dialogue(data), data.unit)),
        data.broadcast,
        style,
      ),
    );
  }
  for (const month of sessionMonths(sessions)) {
    const inMonth = sessionsInMonth(sessions, month);
    const ofMonth = schedules.filter((schedule) => schedule.sessions.some((session) => monthOf(session.date) === month));
    const first = ofMonth[0];
    if (first === undefined) continue;
    const committee = committeeOf(unitDay.reception(first.data), first.data.unit);
    // A month's schedules share its bulletin: the days any of them records are its days.
    const broadcast: Broadcast | undefined = ofMonth.some((s) => s.data.broadcast)
      ? {
          days: ofMonth.flatMap((s) => s.data.broadcast?.days ?? []),
          text: ofMonth.find((s) => s.data.broadcast?.text)?.data.broadcast?.text,
        }
      : undefined;
    all.push(
      bulletin(
        {
          path: `lich-tiep-cong-dan/${month}`,
          title: t('reception.monthTitle', { month: `${month.slice(5)}/${month.slice(0, 4)}` }),
          itemHref: scheduleHref(inMonth),
          committee,
          minimumApplies: false,
          sample: ofMonth.some((s) => s.data.sample),
        },
        receptionBulletin(month, inMonth, spokenCommitteeOf(unitDay.reception(first.data), first.data.unit), (officer) =>
          officerRole(site, officer),
        ),
        broadcast,
        style,
      ),
    );
  }
  for (const { id, data } of documents) {
    if (data.broadcast === undefined) continue;
    all.push(
      bulletin(
        {
          path: `van-ban/${id}`,
          title: data.title,
          itemHref: `/van-ban/${id}/`,
          committee: data.issuer,
          minimumApplies: true,
          sample: data.sample,
        },
        documentBulletin(data),
        data.broadcast,
        style,
      ),
    );
  }
  return all;
}

let cached: Promise<Bulletin[]> | undefined;

/** Every bulletin the site publishes, read once per build. */
export function bulletins(): Promise<Bulletin[]> {
  cached ??= load();
  return cached;
}

let byItem: Promise<Map<string, string>> | undefined;

/** The bulletin page of a notice, by its own page's address, if it has one. */
export async function bulletinOf(itemHref: string): Promise<string | undefined> {
  // Every notice page asks: looked up by address, not searched for, on a site of 10,000 pages.
  byItem ??= bulletins().then((all) => new Map(all.map((b) => [b.itemHref, `/ban-tin/${b.path}/`])));
  return (await byItem).get(itemHref);
}

export { BROADCAST_MINIMUM_DAYS };
