/**
 * Dialogues (đối thoại) and the issues citizens raised at them (kiến nghị):
 * pure rules, no Astro and no clock. Every function that depends on time takes
 * `today` (a Vietnam calendar date, `YYYY-MM-DD`) or `now` (an instant), so the
 * build, the feed and the browser re-check all give the same answer for the
 * same day.
 *
 * The legal timing follows Luật Tổ chức chính quyền địa phương 2025, Điều 43:
 * at least one dialogue conference a year; its time, place and content
 * announced at least 7 days before; its results published no later than 10
 * days from the day it was held.
 */
import type { DialogueData, DialogueIssue } from '../schemas/dialogue';
import { ANNOUNCE_MIN_DAYS, DIALOGUE_KINDS, ISSUE_STATUS_IDS, PUBLISH_MAX_DAYS, type IssueStatusId } from '../vocabulary/dialogue-terms';
import { slugify } from '../vocabulary/slug';
import { addDays, daysBetween, periodEnd, splitDateTime, toPartialDate, vietnamInstant } from '../dates/calendar';

/** A dialogue as the lists and pages need it: its slug and validated data. */
export interface DialogueEntry {
  id: string;
  data: DialogueData;
}

/** One issue with the dialogue it was raised at. */
export interface IssueEntry {
  issue: DialogueIssue;
  dialogue: DialogueEntry;
}

/** The Vietnam calendar day a dialogue is held (`2023-06-15`). */
export function dialogueDate(data: Pick<DialogueData, 'start'>): string {
  return splitDateTime(data.start).date;
}

/** The year a dialogue is held, which is also the year of every issue raised at it. */
export function dialogueYear(data: Pick<DialogueData, 'start'>): number {
  return Number(dialogueDate(data).slice(0, 4));
}

/** True once the dialogue has started: before that it is announced but has no outcome yet. */
export function isHeld(data: Pick<DialogueData, 'start'>, now: Date): boolean {
  const { date, time } = splitDateTime(data.start);
  return vietnamInstant(date, time).getTime() <= now.getTime();
}

/**
 * Days an issue is overdue on `today`, or undefined when it is not overdue.
 *
 * The rule: an issue is overdue when it is still being dealt with
 * (`dang-giai-quyet`) and `today` is after the last day its due date covers
 * (a due date of `2023-09` means 30/09/2023, `2023` means 31/12/2023). The due
 * day itself is still in time, so the count starts at 1 the next day. Issues
 * answered at the meeting, resolved or transferred are closed and never
 * overdue; an issue closed after its due date is shown as closed late
 * instead (see `closedLateDays`). An open issue without a due date cannot be
 * overdue; the schema requires one for open issues.
 */
export function overdueDays(issue: { status: string | undefined; due?: string | undefined }, today: string): number | undefined {
  if (issue.status !== 'dang-giai-quyet' || issue.due === undefined) return undefined;
  const lastDay = periodEnd(toPartialDate(issue.due));
  return today > lastDay ? daysBetween(lastDay, today) : undefined;
}

/**
 * How many issues still being dealt with, given their due dates, are overdue on `today`: the home
 * page's count, made by the build and again by the browser with the rule above.
 */
export function overdueCount(dues: readonly string[], today: string): number {
  return dues.filter((due) => overdueDays({ status: 'dang-giai-quyet', due }, today) !== undefined).length;
}

/** The follow-up updates, oldest first (ties keep the order written). */
export function sortedUpdates(issue: Pick<DialogueIssue, 'updates'>): DialogueIssue['updates'] {
  return issue.updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => a.update.date.localeCompare(b.update.date) || a.index - b.index)
    .map(({ update }) => update);
}

/**
 * The day an issue was closed: the meeting for one answered there, the latest
 * update for one resolved or transferred; undefined while it is open.
 */
export function closedOn(issue: DialogueIssue, dialogue: Pick<DialogueData, 'start'>): string | undefined {
  if (issue.status === 'dang-giai-quyet') return undefined;
  if (issue.status === 'da-tra-loi') return dialogueDate(dialogue);
  return sortedUpdates(issue).at(-1)?.date;
}

/** Days after its due date that a closed issue was closed, or undefined when on time or still open. */
export function closedLateDays(issue: DialogueIssue, dialogue: Pick<DialogueData, 'start'>): number | undefined {
  const closed = closedOn(issue, dialogue);
  if (closed === undefined || issue.due === undefined) return undefined;
  const lastDay = periodEnd(toPartialDate(issue.due));
  return closed > lastDay ? daysBetween(lastDay, closed) : undefined;
}

/** Whether the dialogue was announced early enough (`unknown` when no date was recorded). */
export type AnnouncementTiming = { status: 'on-time' | 'late'; daysBefore: number } | { status: 'unknown' };

/**
 * The 7-day announcement rule: announced on day A for a dialogue on day D is
 * on time when D − A ≥ 7 (announced 08/06 for 15/06 is on time, 09/06 is late).
 */
export function announcementTiming(date: string, announced: string | undefined): AnnouncementTiming {
  if (announced === undefined) return { status: 'unknown' };
  const daysBefore = daysBetween(announced, date);
  return { status: daysBefore >= ANNOUNCE_MIN_DAYS ? 'on-time' : 'late', daysBefore };
}

/** Whether the results were published in time, or are still awaited. */
export type PublicationTiming =
  /** Published by the deadline; `days` after the dialogue. */
  | { status: 'on-time'; days: number; deadline: string }
  /** Published after the deadline; `days` after the dialogue. */
  | { status: 'late'; days: number; deadline: string }
  /** Not published yet, and the deadline has not passed; `days` left. */
  | { status: 'pending'; days: number; deadline: string }
  /** Not published, and the deadline passed `days` ago. */
  | { status: 'missing'; days: number; deadline: string };

/**
 * The 10-day publication rule: the deadline is the dialogue's day plus 10
 * (held 15/06, published by 25/06). Until results are recorded, the answer
 * depends on `today`: pending up to and including the deadline, missing after.
 */
export function publicationTiming(date: string, published: string | undefined, today: string): PublicationTiming {
  const deadline = addDays(date, PUBLISH_MAX_DAYS);
  if (published !== undefined) {
    const days = daysBetween(date, published);
    return { status: published <= deadline ? 'on-time' : 'late', days, deadline };
  }
  if (today <= deadline) return { status: 'pending', days: daysBetween(today, deadline), deadline };
  return { status: 'missing', days: daysBetween(deadline, today), deadline };
}

/**
 * Complete years, from the first year with any dialogue up to the year before
 * `today`'s, that had no dialogue conference (`hoi-nghi-doi-thoai`). The year
 * in progress is not judged: the law is met by a conference on any day of it.
 */
export function yearsWithoutConference(dialogues: readonly Pick<DialogueData, 'kind' | 'start'>[], today: string): number[] {
  if (dialogues.length === 0) return [];
  const first = Math.min(...dialogues.map(dialogueYear));
  const current = Number(today.slice(0, 4));
  const held = new Set(dialogues.filter((d) => DIALOGUE_KINDS[d.kind].annual).map(dialogueYear));
  const missing: number[] = [];
  for (let year = first; year < current; year += 1) if (!held.has(year)) missing.push(year);
  return missing;
}

/** One row of the yearly record: the conferences held that year, or none. */
export interface ConferenceYear {
  year: number;
  conferences: DialogueEntry[];
}

/**
 * Every year from the first dialogue to `today`'s, newest first, with the
 * conferences held in it: the record the legal check is made from.
 */
export function conferenceYears(dialogues: readonly DialogueEntry[], today: string): ConferenceYear[] {
  if (dialogues.length === 0) return [];
  const years = dialogues.map((d) => dialogueYear(d.data));
  const last = Math.max(Number(today.slice(0, 4)), ...years);
  const rows: ConferenceYear[] = [];
  for (let year = last; year >= Math.min(...years); year -= 1) {
    const conferences = sortDialoguesNewestFirst(
      dialogues.filter((d) => dialogueYear(d.data) === year && DIALOGUE_KINDS[d.data.kind].annual),
    );
    rows.push({ year, conferences });
  }
  return rows;
}

/** Newest first by start; ties by slug, so the order never wobbles. */
export function sortDialoguesNewestFirst<T extends DialogueEntry>(dialogues: readonly T[]): T[] {
  return [...dialogues].sort((a, b) => b.data.start.localeCompare(a.data.start) || a.id.localeCompare(b.id));
}

/**
 * Every issue of every dialogue: newest dialogue first, and within one
 * dialogue in the order of their ids (DT-2023-02 before DT-2023-10).
 */
export function flattenIssues(dialogues: readonly DialogueEntry[]): IssueEntry[] {
  return sortDialoguesNewestFirst(dialogues).flatMap((dialogue) =>
    [...dialogue.data.issues].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })).map((issue) => ({ issue, dialogue })),
  );
}

/** How many issues are in each status, how many of the open ones are overdue, and the total. */
export interface StatusCounts {
  byStatus: Record<IssueStatusId, number>;
  overdue: number;
  total: number;
}

/** Counts of issues by status on `today`. */
export function countByStatus(issues: readonly DialogueIssue[], today: string): StatusCounts {
  const byStatus = Object.fromEntries(ISSUE_STATUS_IDS.map((id) => [id, 0])) as Record<IssueStatusId, number>;
  let overdue = 0;
  for (const issue of issues) {
    byStatus[issue.status] += 1;
    if (overdueDays(issue, today) !== undefined) overdue += 1;
  }
  return { byStatus, overdue, total: issues.length };
}

/** One locality's issues by status; `locality` is undefined for issues of the whole commune. */
export interface LocalityCounts {
  locality: string | undefined;
  byStatus: Record<IssueStatusId, number>;
  total: number;
}

/** Maps the locality an issue was raised in to the one it is counted under: itself, or what it became. */
export type CurrentLocalityOf = (id: string) => string;

const unchanged: CurrentLocalityOf = (id) => id;

/**
 * Issues by locality and status, for the chart and its table. Localities come
 * in the order of the site's list; only those with issues appear; issues of
 * the whole commune come last. An issue of a thôn since merged or renamed is
 * counted under the thôn it is now.
 */
export function countByLocality(
  issues: readonly DialogueIssue[],
  localityOrder: readonly string[],
  currentOf: CurrentLocalityOf = unchanged,
): LocalityCounts[] {
  const rows = new Map<string | undefined, LocalityCounts>();
  for (const issue of issues) {
    const locality = issue.locality === undefined ? undefined : currentOf(issue.locality);
    let row = rows.get(locality);
    if (!row) {
      row = {
        locality,
        byStatus: Object.fromEntries(ISSUE_STATUS_IDS.map((id) => [id, 0])) as Record<IssueStatusId, number>,
        total: 0,
      };
      rows.set(locality, row);
    }
    row.byStatus[issue.status] += 1;
    row.total += 1;
  }
  const rank = (id: string | undefined): number => {
    if (id === undefined) return Number.MAX_SAFE_INTEGER;
    const index = localityOrder.indexOf(id);
    return index === -1 ? Number.MAX_SAFE_INTEGER - 1 : index;
  };
  return [...rows.values()].sort((a, b) => rank(a.locality) - rank(b.locality));
}

/** Address segment for issues that concern the whole commune rather than one thôn or tổ dân phố. */
export const WHOLE_UNIT_SLUG = 'chung';

/** One static page of the tracker: every issue, or those of one status, locality, field or year, or the overdue. */
export interface TrackerPage {
  /** Path below /kien-nghi/ without slashes at the ends; undefined for /kien-nghi/ itself. */
  path: string | undefined;
  filter:
    | { type: 'all' }
    | { type: 'status'; status: IssueStatusId }
    | { type: 'overdue' }
    | { type: 'locality'; locality: string | undefined }
    | { type: 'field'; field: string }
    | { type: 'year'; year: number };
  items: IssueEntry[];
}

/** Localities that have issues, in site order, the whole commune (undefined) last. */
export function issueLocalities(
  items: readonly IssueEntry[],
  localityOrder: readonly string[],
  currentOf: CurrentLocalityOf = unchanged,
): (string | undefined)[] {
  return countByLocality(
    items.map((i) => i.issue),
    localityOrder,
    currentOf,
  ).map((row) => row.locality);
}

/** Fields that have issues, in Vietnamese alphabetical order. */
export function issueFields(items: readonly IssueEntry[]): string[] {
  return [...new Set(items.map((i) => i.issue.field))].sort((a, b) => a.localeCompare(b, 'vi'));
}

/** Years that have issues, newest first. */
export function issueYears(items: readonly IssueEntry[]): number[] {
  return [...new Set(items.map((i) => dialogueYear(i.dialogue.data)))].sort((a, b) => b - a);
}

/**
 * Every page of the tracker, so that browsing by status, locality, field and
 * year works with plain links: /kien-nghi/, …/trang-thai/<status>/,
 * …/qua-han/, …/dia-ban/<locality>/, …/linh-vuc/<field>/, …/nam/<year>/.
 * Statuses always get their page (an empty list says so honestly); the other
 * dimensions only where issues exist.
 */
export function trackerPages(
  items: readonly IssueEntry[],
  localityOrder: readonly string[],
  today: string,
  currentOf: CurrentLocalityOf = unchanged,
): TrackerPage[] {
  const all = [...items];
  return [
    { path: undefined, filter: { type: 'all' }, items: all },
    ...ISSUE_STATUS_IDS.map((status): TrackerPage => ({
      path: `trang-thai/${status}`,
      filter: { type: 'status', status },
      items: all.filter((i) => i.issue.status === status),
    })),
    { path: 'qua-han', filter: { type: 'overdue' }, items: all.filter((i) => overdueDays(i.issue, today) !== undefined) },
    ...issueLocalities(all, localityOrder, currentOf).map((locality): TrackerPage => ({
      path: `dia-ban/${locality ?? WHOLE_UNIT_SLUG}`,
      filter: { type: 'locality', locality },
      items: all.filter((i) => (i.issue.locality === undefined ? undefined : currentOf(i.issue.locality)) === locality),
    })),
    ...issueFields(all).map((field): TrackerPage => ({
      path: `linh-vuc/${slugify(field)}`,
      filter: { type: 'field', field },
      items: all.filter((i) => i.issue.field === field),
    })),
    ...issueYears(all).map((year): TrackerPage => ({
      path: `nam/${year}`,
      filter: { type: 'year', year },
      items: all.filter((i) => dialogueYear(i.dialogue.data) === year),
    })),
  ];
}

/** The address of a tracker page: `/kien-nghi/trang-thai/dang-giai-quyet/`. */
export function trackerHref(path: string | undefined): string {
  return path ? `/kien-nghi/${path}/` : '/kien-nghi/';
}

/** The address of an issue: its place in its dialogue's record, where its timeline is. */
export function issueHref(entry: IssueEntry): string {
  return `/doi-thoai/${entry.dialogue.id}/#${entry.issue.id}`;
}
