/**
 * Where a reception session stands in time. Apart from the rest of lib/receptions.ts because the
 * browser's status script bundles it: that module expands schedules with a helper of the reception
 * schema, which would bring Zod into every page.
 */
import { vietnamDateTime, vietnamInstant } from '../dates/calendar';

/** A session's day and its start and end, Vietnam time (`2023-03-02`, `07:30`, `11:00`). */
export interface SessionTimes {
  date: string;
  start: string;
  end: string;
}

/** When a session starts and ends, as instants. */
export function sessionInstants(session: SessionTimes): { start: Date; end: Date } {
  return { start: vietnamInstant(session.date, session.start), end: vietnamInstant(session.date, session.end) };
}

export type SessionTiming = 'past' | 'today' | 'upcoming';

/**
 * Where a session stands at `now`: past once it has ended, "today" on its day in
 * Vietnam until it ends, upcoming before. The page, the calendar and the
 * browser script all use this one rule.
 */
export function sessionTiming(session: SessionTimes, now: Date): SessionTiming {
  if (hasEnded(session, now)) return 'past';
  return vietnamDateTime(now).date === session.date ? 'today' : 'upcoming';
}

/** True once a session's end has come: what "past" means, without needing its start. */
export function hasEnded(session: Pick<SessionTimes, 'date' | 'end'>, now: Date): boolean {
  return vietnamInstant(session.date, session.end).getTime() <= now.getTime();
}

/** Whether a reader may still add a session to a calendar: one to come that has not been cancelled. */
export function offersCalendar(session: Pick<SessionTimes, 'date' | 'end'> & { status: string }, now: Date): boolean {
  return session.status !== 'cancelled' && !hasEnded(session, now);
}
