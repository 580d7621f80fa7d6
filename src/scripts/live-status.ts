/**
 * The browser's one re-check of every time-bound status. A page is built once (and rebuilt each
 * night) but read for days afterwards, and must not say "open" after the deadline. So on every page
 * this script finds what the components marked with data attributes and says it again at the
 * reader's instant in Vietnam time, with the pure rules from lib/ the build used and the same words:
 * the live strings of messages/, or templates the page carries. Without JavaScript the build's
 * answer stays, which is why the components render it in full.
 */
import { documentStatus } from '../lib/documents';
import { consultationStanding, groupConsultations, LIST_GROUPS, takesOpinions } from '../lib/consultations';
import { isHeld, overdueCount, overdueDays, publicationTiming } from '../lib/dialogues';
import { hasEnded, sessionTiming } from '../lib/session-timing';
import { vietnamDate } from '../dates/calendar';
import { standingText } from '../messages/consultations';
import { fill } from '../messages/fill';
import { tLive as t } from '../messages/live';
import { dutyStanding } from '../lib/follow-up';
import { dutyStandingText } from '../messages/follow-up';

const now = new Date();
const today = vietnamDate(now);

/** The elements under `root` that match a selector. */
const marked = (selector: string, root: ParentNode = document): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(selector)];

/** Shows a status in place of the build's: its modifier class (`status status--expired`) and its words. */
function show(element: HTMLElement, block: string, modifier: string, text: string): void {
  element.className = `${block} ${block}--${modifier}`;
  element.textContent = text;
}

/** A document comes into force and expires. Marked only where its dates can change it: a superseded one and a draft stay so. */
function documents(): void {
  for (const tag of marked('.status[data-time-bound]')) {
    const { effective, expiry, supersededFrom } = tag.dataset;
    const status = documentStatus({ effective, expiry, supersededFrom }, today);
    show(tag, 'status', status, t(`status.${status}`));
  }
}

/** The dates that decide a consultation's state, as its element carries them (a list row its key too). */
const clockOf = ({ dataset }: HTMLElement) => ({
  key: dataset.key ?? '',
  opens: dataset.opens ?? '',
  closes: dataset.closes ?? '',
  outcomePublished: dataset.outcome,
});

/** A consultation's standing now; `data-due-days` is the site's outcomeDueDays, for "being summarised" or "late". */
const standingOf = (element: HTMLElement) => consultationStanding(clockOf(element), now, Number(element.dataset.dueDays ?? 30));

/** Each consultation's state, and the parts shown only while opinions are taken (the ways to respond) or only after. */
function consultations(): void {
  for (const tag of marked('[data-consultation-state]')) {
    const standing = standingOf(tag);
    show(tag, 'consultation-state', standing.state, standingText(standing));
  }
  for (const part of marked('[data-while-open]')) part.hidden = !takesOpinions(standingOf(part));
  for (const part of marked('[data-when-closed]')) part.hidden = takesOpinions(standingOf(part));
}

/** Each row of the consultation list under the section, and in the place, that the build's rule gives now. */
function consultationLists(): void {
  for (const list of marked('.consultation-groups')) {
    const groups = groupConsultations(marked('.consultation-row', list), clockOf, now, Number(list.dataset.dueDays ?? 30));
    for (const group of LIST_GROUPS) {
      const rows = list.querySelector(`[data-group="${group}"]`);
      for (const { item } of groups[group]) rows?.append(item);
      const empty = list.querySelector<HTMLElement>(`[data-group-empty="${group}"]`);
      if (empty) empty.hidden = groups[group].length > 0;
    }
  }
}

/** A dialogue announced as coming is held once it has started (and never turns back). */
function dialogueStages(): void {
  for (const tag of marked('.stage[data-dialogue-start]')) {
    if (isHeld({ start: tag.dataset.dialogueStart ?? '' }, now)) show(tag, 'stage', 'held', tag.dataset.heldLabel ?? '');
  }
}

/**
 * An issue still being dealt with is overdue once its due date has passed, and is not if the
 * reader's day says otherwise. An issue can be shown twice on a page (its table row and its
 * timeline): the page's count of late issues counts it once.
 */
function overdueIssues(): void {
  const late = new Set<string>();
  for (const flag of marked('[data-issue-due]')) {
    const days = overdueDays({ status: 'dang-giai-quyet', due: flag.dataset.issueDue }, today);
    flag.hidden = days === undefined;
    flag.textContent = days === undefined ? '' : fill(flag.dataset.template ?? '', { days });
    if (days !== undefined) late.add(flag.dataset.issueId ?? '');
  }
  for (const count of marked('[data-overdue-count]')) count.textContent = String(late.size);
  // The home page lists no issues: its count carries their due dates.
  for (const tag of marked('[data-overdue-dues]')) {
    const count = overdueCount((tag.dataset.overdueDues ?? '').split(',').filter(Boolean), today);
    tag.className = count > 0 ? 'overdue-count overdue-count--late' : 'overdue-count';
    tag.textContent = t('home.overdue', { count });
  }
}

/** A dialogue's results not yet published are "pending", then "missing" once the ten days have passed; the page carries both wordings. */
function publicationVerdicts(): void {
  for (const verdict of marked('.verdict[data-publication-date]')) {
    const timing = publicationTiming(verdict.dataset.publicationDate ?? '', undefined, today);
    if (timing.status !== 'pending' && timing.status !== 'missing') continue;
    const words = (JSON.parse(verdict.dataset.words ?? '{}') as Partial<Record<string, { label: string; text: string }>>)[timing.status];
    if (!words) continue;
    verdict.className = `verdict verdict--${timing.status}`;
    const label = verdict.querySelector('.verdict__label');
    if (label) label.textContent = words.label;
    const text = verdict.querySelector('.verdict__text');
    if (text) text.textContent = ` ${fill(words.text, { days: timing.days })}`;
  }
}

/** Each reception session is upcoming, today's or past. */
function sessionTimings(): void {
  for (const tag of marked('[data-session-timing]')) {
    const { date = '', start = '', end = '' } = tag.dataset;
    const timing = sessionTiming({ date, start, end }, now);
    show(tag, 'timing', timing, t(`reception.timing.${timing}`));
  }
}

/**
 * Once the session the "next session" box shows has ended, the first later one that has not (the
 * box carries them, cancelled ones left out), or "none announced" when all have ended.
 */
function nextSession(): void {
  for (const box of marked('[data-next-session]')) {
    const summary = box.querySelector<HTMLElement>('[data-next-summary]');
    const [date = '', end = ''] = (summary?.dataset.end ?? '').split('T');
    if (!summary || !date || !hasEnded({ date, end }, now)) continue;
    const later = JSON.parse(box.dataset.later ?? '[]') as { date: string; end: string; summary: string; calendar: string }[];
    const next = later.find((session) => !hasEnded(session, now));
    const found = box.querySelector<HTMLElement>('[data-next-found]');
    const none = box.querySelector<HTMLElement>('[data-next-none]');
    const calendar = box.querySelector<HTMLAnchorElement>('[data-next-calendar]');
    if (next) {
      summary.textContent = next.summary;
      if (calendar) calendar.href = next.calendar;
    } else if (found && none) {
      found.hidden = true;
      none.hidden = false;
    }
  }
}

/** A plan's reporting duty not yet answered counts down to its deadline, then is overdue; the element carries the deadline's last day. */
function reportingDuties(): void {
  for (const tag of marked('.duty-state[data-duty-deadline]')) {
    const standing = dutyStanding({ due: tag.dataset.dutyDeadline }, tag.dataset.dutyReported, today);
    show(tag, 'duty-state', standing.state, dutyStandingText(standing));
  }
}

// Each re-check on its own, as when every component had its own script: one that fails leaves the others done.
for (const recheck of [
  documents,
  consultations,
  consultationLists,
  dialogueStages,
  overdueIssues,
  publicationVerdicts,
  sessionTimings,
  nextSession,
  reportingDuties,
]) {
  try {
    recheck();
  } catch (error) {
    console.error(error);
  }
}
