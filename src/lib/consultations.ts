/**
 * Consultations (lấy ý kiến Nhân dân) in time: when one opens and closes, what
 * state it is in at a given instant, and how lists order them. Everything takes
 * `now` as an argument and reads Vietnam time, so the build, the feed and the
 * browser script reach the same answer for the same instant on any machine.
 *
 * This module is also bundled for the browser: it imports no schema and no Zod.
 */
import type { ConsultationState } from '../vocabulary/consultation-terms';
import { addDays, daysBetween, splitDateTime, vietnamDate } from '../dates/calendar';
import { closingInstant, firstOutcomeDay, lastMinute, openingInstant } from '../dates/consultation-times';

/** A consultation's standing at an instant, with the day counts its state needs. */
export type ConsultationStanding =
  | { state: 'upcoming'; daysToOpen: number }
  | { state: 'open'; daysLeft: number }
  | { state: 'closed'; daysSinceClose: number; outcomeDue: string }
  | { state: 'overdue'; daysSinceClose: number; daysLate: number; outcomeDue: string }
  | { state: 'outcome' };

/** The dates that decide a consultation's state, as written in its file. */
export interface ConsultationClock {
  /** `2023-10-16T07:00`, Vietnam time. */
  opens: string;
  /** `2023-11-15T23:59`, Vietnam time; `…T00:00` means the end of the day before. */
  closes: string;
  /** `YYYY-MM-DD` on which the outcome was made public, if it has been. */
  outcomePublished?: string | undefined;
}

// The instants of `opens` and `closes` are the schema's too, so they live in src/dates/.
export { closingInstant, firstOutcomeDay, lastMinute, openingInstant };

/** Calendar days open, counting the opening and the last day: 01/11 to 30/11 is 30 days. */
export function periodDays(opens: string, closes: string): number {
  return daysBetween(splitDateTime(opens).date, lastMinute(closes).date) + 1;
}

/** The day by which the outcome should be published. */
export function outcomeDueDate(closes: string, outcomeDueDays: number): string {
  return addDays(lastMinute(closes).date, outcomeDueDays);
}

/**
 * The one rule for a consultation's state at `now`. Before opening it is
 * upcoming; until the end of its last minute it is open; after that it has an
 * outcome once the outcome's day has come, is late once more than
 * `outcomeDueDays` days have passed since the last day, and is otherwise being
 * summarised.
 */
export function consultationStanding(clock: ConsultationClock, now: Date, outcomeDueDays: number): ConsultationStanding {
  const today = vietnamDate(now);
  const time = now.getTime();
  if (time < openingInstant(clock.opens).getTime()) {
    return { state: 'upcoming', daysToOpen: daysBetween(today, splitDateTime(clock.opens).date) };
  }
  const lastDay = lastMinute(clock.closes).date;
  if (time < closingInstant(clock.closes).getTime()) {
    return { state: 'open', daysLeft: daysBetween(today, lastDay) };
  }
  if (clock.outcomePublished !== undefined && clock.outcomePublished <= today) return { state: 'outcome' };
  const daysSinceClose = daysBetween(lastDay, today);
  const outcomeDue = outcomeDueDate(clock.closes, outcomeDueDays);
  if (today > outcomeDue) return { state: 'overdue', daysSinceClose, daysLate: daysBetween(outcomeDue, today), outcomeDue };
  return { state: 'closed', daysSinceClose, outcomeDue };
}

/** True while opinions can be sent, or soon can: the ways to respond are worth showing. */
export function takesOpinions(standing: ConsultationStanding): boolean {
  return standing.state === 'upcoming' || standing.state === 'open';
}

export const LIST_GROUPS = ['open', 'upcoming', 'awaiting', 'outcome'] as const;
/** Sections of the list: open first, then upcoming, then awaiting an outcome, then with one. */
export type ListGroup = (typeof LIST_GROUPS)[number];

/** The list section a state belongs to: a late outcome is still awaited. */
export function listGroup(state: ConsultationState): ListGroup {
  if (state === 'closed' || state === 'overdue') return 'awaiting';
  return state;
}

/** An item of a list, with its state at the instant the list was ordered. */
export interface Placed<T> {
  item: T;
  standing: ConsultationStanding;
}

/**
 * The list sections at `now`, each in the order a reader needs: open ones by
 * nearest deadline, upcoming ones by nearest opening, awaited outcomes longest
 * waiting first, outcomes newest first. `key` breaks ties so the order never wobbles.
 */
export function groupConsultations<T>(
  items: readonly T[],
  clockOf: (item: T) => ConsultationClock & { key: string },
  now: Date,
  outcomeDueDays: number,
): Record<ListGroup, Placed<T>[]> {
  const groups: Record<ListGroup, (Placed<T> & { clock: ConsultationClock & { key: string } })[]> = {
    open: [],
    upcoming: [],
    awaiting: [],
    outcome: [],
  };
  for (const item of items) {
    const clock = clockOf(item);
    const standing = consultationStanding(clock, now, outcomeDueDays);
    groups[listGroup(standing.state)].push({ item, standing, clock });
  }
  type Entry = (typeof groups)['open'][number];
  const opening = (e: Entry): number => openingInstant(e.clock.opens).getTime();
  const closing = (e: Entry): number => closingInstant(e.clock.closes).getTime();
  const byKey = (a: Entry, b: Entry): number => a.clock.key.localeCompare(b.clock.key);
  groups.open.sort((a, b) => closing(a) - closing(b) || byKey(a, b));
  groups.upcoming.sort((a, b) => opening(a) - opening(b) || byKey(a, b));
  groups.awaiting.sort((a, b) => closing(a) - closing(b) || byKey(a, b));
  groups.outcome.sort(
    (a, b) => (b.clock.outcomePublished ?? '').localeCompare(a.clock.outcomePublished ?? '') || closing(b) - closing(a) || byKey(a, b),
  );
  const strip = (list: Entry[]): Placed<T>[] => list.map(({ item, standing }) => ({ item, standing }));
  return {
    open: strip(groups.open),
    upcoming: strip(groups.upcoming),
    awaiting: strip(groups.awaiting),
    outcome: strip(groups.outcome),
  };
}

/** A Vietnam date-time for `<time datetime>`: `2023-11-15T23:59+07:00`. */
export function machineDateTime(date: string, time: string): string {
  return `${date}T${time}+07:00`;
}
