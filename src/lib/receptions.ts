import { movedTimes, type ReceptionSchedule } from '../schemas/reception';
import type { Holiday } from '../schemas/site';
import type { Revision } from '../lib/history';
import { WEEKDAYS, type ReceptionKind, type Weekday } from '../vocabulary/reception-terms';
import { addDays, daysInMonth, isoWeek, minutesOfDay, mondayOfIsoWeek, toPartialDate } from '../dates/calendar';
import { hasEnded } from './session-timing';

// Where a session stands in time lives apart, for the browser; its users keep finding it here too.
export { sessionInstants, sessionTiming, type SessionTiming } from './session-timing';

/** One reception session as citizens see it, after recurring rules and exceptions are applied. */
export interface ReceptionSession {
  /** Stable across builds: the schedule, the rule or session id, and the planned day. */
  uid: string;
  /** Slug of the schedule that published it. */
  schedule: string;
  /** Day and times it actually takes place (the new ones if it was moved). */
  date: string;
  start: string;
  end: string;
  /** Officer id (content/site.yaml) who receives citizens. */
  officer: string;
  /** The officer planned first, when someone else receives instead. */
  substituteFor?: string;
  kind: ReceptionKind;
  place: string;
  topics: string[];
  status: 'scheduled' | 'cancelled' | 'moved';
  /** Where a moved session was first planned. */
  movedFrom?: { date: string; start: string; end: string };
  notes?: string;
  sample: boolean;
  /** Day the schedule was published; calendars use it as the event's timestamp when `revision` is unknown. */
  published: string;
  /**
   * The schedule file's revisions in git, when its history can be read: calendars number and
   * date each event's version by it, so a phone sees every later change, not only the first.
   */
  revision?: Revision;
}

/** ISO weekday number of a date: Monday 1 … Sunday 7. */
export function isoWeekday(date: string): number {
  const { year, month = 1, day = 1 } = toPartialDate(date);
  const sundayZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/** The weekday slug staff write (`thu-nam`) of a date. */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[isoWeekday(date) - 1] ?? 'thu-hai';
}

/** The days from `from` to `to` (both included) that fall on `weekday`. */
export function datesOnWeekday(weekday: Weekday, from: string, to: string): string[] {
  const dates: string[] = [];
  const offset = (WEEKDAYS.indexOf(weekday) + 1 - isoWeekday(from) + 7) % 7;
  for (let date = addDays(from, offset); date <= to; date = addDays(date, 7)) dates.push(date);
  return dates;
}

/**
 * Every session of a schedule: each recurring rule expanded day by day with its
 * exceptions applied (cancelled, moved, received by someone else, or moved and received by
 * someone else), then the one-off sessions, in the order they take place.
 */
export function expandSchedule(slug: string, schedule: ReceptionSchedule): ReceptionSession[] {
  const common = { schedule: slug, sample: schedule.sample, published: schedule.published };
  const fromRules = schedule.rules.flatMap((rule) =>
    datesOnWeekday(rule.weekday, rule.from ?? schedule.from, rule.until ?? schedule.to).map((date): ReceptionSession => {
      const planned = { date, start: rule.start, end: rule.end };
      const exception = rule.exceptions.find((e) => e.date === date);
      const notes = exception?.notes ?? rule.notes;
      const session: ReceptionSession = {
        ...common,
        uid: `${slug}--${rule.id}--${date}`,
        ...planned,
        officer: rule.officer,
        kind: rule.kind,
        place: rule.place ?? schedule.place,
        topics: rule.topics,
        status: 'scheduled',
        ...(notes !== undefined ? { notes } : {}),
      };
      if (exception?.status === 'cancelled') return { ...session, status: 'cancelled' };
      // A substitute receives on the planned day; a moved session may also name who receives it instead.
      const receivedBy = exception?.officer === undefined ? {} : { officer: exception.officer, substituteFor: rule.officer };
      if (exception?.status === 'moved' && exception.movedTo) {
        return { ...session, ...receivedBy, ...movedTimes(planned, exception.movedTo), status: 'moved', movedFrom: planned };
      }
      return { ...session, ...receivedBy };
    }),
  );
  const oneOff = schedule.sessions.map((input): ReceptionSession => {
    const planned = { date: input.date, start: input.start, end: input.end };
    const session: ReceptionSession = {
      ...common,
      uid: `${slug}--${input.id}`,
      ...planned,
      officer: input.officer,
      kind: input.kind,
      place: input.place ?? schedule.place,
      topics: input.topics,
      status: input.status,
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    };
    if (input.status === 'moved' && input.movedTo) return { ...session, ...movedTimes(planned, input.movedTo), movedFrom: planned };
    return session;
  });
  return sortSessions([...fromRules, ...oneOff]);
}

/** In the order they take place; ties by officer and uid so the order never wobbles. */
export function sortSessions(sessions: readonly ReceptionSession[]): ReceptionSession[] {
  return [...sessions].sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.officer.localeCompare(b.officer) || a.uid.localeCompare(b.uid),
  );
}

/**
 * An officer's sessions: those they receive, and those planned for them that someone else
 * receives instead, so a session does not vanish from the page and calendar of the officer
 * citizens were told to expect.
 */
export function sessionsOfOfficer<T extends Pick<ReceptionSession, 'officer' | 'substituteFor'>>(
  sessions: readonly T[],
  officer: string,
): T[] {
  return sessions.filter((s) => s.officer === officer || s.substituteFor === officer);
}

/** The officers, in the site's order, who have a session of their own (received or planned). */
export function officersWithSessions<O extends { id: string }>(
  officers: readonly O[],
  sessions: readonly Pick<ReceptionSession, 'officer' | 'substituteFor'>[],
): O[] {
  return officers.filter((o) => sessionsOfOfficer(sessions, o.id).length > 0);
}

/** The sessions that will still take place (not cancelled, not yet ended), in the order given. */
export function upcomingSessions<T extends ReceptionSession>(sessions: readonly T[], now: Date): T[] {
  return sessions.filter((s) => s.status !== 'cancelled' && !hasEnded(s, now));
}

/** `2023-03` of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The weeks of a month as Monday-first rows of dates, `null` outside the month. */
export function monthGrid(month: string): (string | null)[][] {
  const { year, month: monthNumber = 1 } = toPartialDate(month);
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth(year, monthNumber)).padStart(2, '0')}`;
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (let date = first; date <= last; date = addDays(date, 1)) {
    row.push(date);
    if (row.length === 7) {
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push([...row, ...Array.from({ length: 7 - row.length }, () => null)]);
  return rows;
}

/** One week the published schedules cover, and whether the head received citizens in it. */
export interface DutyWeek {
  week: string;
  monday: string;
  sunday: string;
  met: boolean;
}

/**
 * Luật Tiếp công dân 2013, Điều 15.2: the chairman receives citizens at least one day every
 * week. A session counts when the head receives in person and it is not cancelled (a moved
 * session counts in the week it moved to).
 *
 * Judged over all published schedules at once: they are mostly monthly, and a week that
 * straddles two of them is met by a session in either. A week is listed once it is known: met,
 * or unmet with every working day (Monday–Friday) inside a published schedule. A week partly
 * outside them is not called missed: at the end, the newest month's last days wait for the next
 * schedule; at the start, the days before the first schedule were never published here. Public
 * holidays (site.yaml) are not working days.
 */
export function weeklyDuty(
  periods: readonly Pick<ReceptionSchedule, 'from' | 'to'>[],
  sessions: readonly ReceptionSession[],
  headIds: ReadonlySet<string>,
  holidays: readonly Holiday[] = [],
): DutyWeek[] {
  const metWeeks = new Set(sessions.filter((s) => s.status !== 'cancelled' && headIds.has(s.officer)).map((s) => isoWeek(s.date)));
  const published = (date: string): boolean => periods.some((p) => p.from <= date && date <= p.to);
  const mondays = new Set<string>();
  for (const period of periods) {
    for (let monday = mondayOfIsoWeek(isoWeek(period.from)); monday <= period.to; monday = addDays(monday, 7)) mondays.add(monday);
  }
  return [...mondays].sort().flatMap((monday) => {
    // Holidays are not working days: a week of them (Tết) is not counted unless someone received.
    const workdays = [0, 1, 2, 3, 4].map((offset) => addDays(monday, offset)).filter((day) => !holidayOn(day, holidays));
    const week = isoWeek(monday);
    const met = metWeeks.has(week);
    const known = met || (workdays.length > 0 && workdays.every(published));
    return known ? [{ week, monday, sunday: addDays(monday, 6), met }] : [];
  });
}

/** The public holiday `date` falls in, if any. */
export function holidayOn(date: string, holidays: readonly Holiday[]): Holiday | undefined {
  return holidays.find((holiday) => holiday.from <= date && date <= (holiday.to ?? holiday.from));
}

/** Whether two sessions on the same day overlap in time (touching end to start does not). */
export function sessionsOverlap(
  a: Pick<ReceptionSession, 'date' | 'start' | 'end'>,
  b: Pick<ReceptionSession, 'date' | 'start' | 'end'>,
): boolean {
  if (a.date !== b.date) return false;
  return minutesOfDay(a.start) < minutesOfDay(b.end) && minutesOfDay(b.start) < minutesOfDay(a.end);
}

/** Sessions whose day is in `month` (`2023-03`). */
export function sessionsInMonth<T extends Pick<ReceptionSession, 'date'>>(sessions: readonly T[], month: string): T[] {
  return sessions.filter((s) => monthOf(s.date) === month);
}

/** Months that have sessions, oldest first. */
export function sessionMonths(sessions: readonly Pick<ReceptionSession, 'date'>[]): string[] {
  return [...new Set(sessions.map((s) => monthOf(s.date)))].sort();
}

/** Address of a session on its month page, where every session has an anchor. */
export function sessionHref(session: Pick<ReceptionSession, 'date' | 'uid'>): string {
  return `/lich-tiep-cong-dan/thang/${monthOf(session.date)}/#buoi-${session.uid}`;
}

/**
 * Where a schedule is read: the month page of its first session. Month pages exist only for
 * months with sessions, and a schedule's first day (a week starting on the 27th, say) may fall
 * in a month without one; a schedule with no session at all has only the reception index.
 */
export function scheduleHref(sessions: readonly Pick<ReceptionSession, 'date'>[]): string {
  const first = sessionMonths(sessions)[0];
  return first === undefined ? '/lich-tiep-cong-dan/' : `/lich-tiep-cong-dan/thang/${first}/`;
}

/** Address of a session's own calendar file. */
export function sessionCalendarHref(session: Pick<ReceptionSession, 'uid'>): string {
  return `/lich-tiep-cong-dan/buoi/${session.uid}.ics`;
}

/** The head's regular reception as the latest schedule that has one sets it out. */
export interface StandingRule {
  weekday: Weekday;
  start: string;
  end: string;
  place: string;
  officer: string;
  /** The schedule it comes from: its slug, title and last day. */
  schedule: { id: string; title: string; to: string };
}

/**
 * The regular day, hours and place the head receives citizens, from the rules of the published
 * schedule that ends last: what a citizen can still go by when no dated session lies ahead.
 * Undefined when no schedule sets out a rule for the head.
 */
export function standingRule(
  schedules: readonly { id: string; data: ReceptionSchedule }[],
  heads: ReadonlySet<string>,
): StandingRule | undefined {
  const latest = [...schedules]
    .filter((s) => s.data.rules.some((rule) => heads.has(rule.officer)))
    .sort((a, b) => b.data.to.localeCompare(a.data.to) || a.id.localeCompare(b.id))[0];
  const rule = latest?.data.rules.find((r) => heads.has(r.officer));
  if (latest === undefined || rule === undefined) return undefined;
  return {
    weekday: rule.weekday,
    start: rule.start,
    end: rule.end,
    place: rule.place ?? latest.data.place,
    officer: rule.officer,
    schedule: { id: latest.id, title: latest.data.title, to: latest.data.to },
  };
}
