/**
 * The instants a consultation's `opens` and `closes` name, in Vietnam time: one place for the
 * schema's rules (a deadline after the opening, an outcome dated after the deadline) and for
 * lib/consultations.ts, which the pages and the browser script use.
 */
import { addDays, splitDateTime, vietnamDate, vietnamInstant } from './calendar';

/**
 * The last minute in which opinions are taken, as people should read it. A deadline written at
 * midnight (`2023-03-16T00:00`) is the end of 15 March, so it reads 23:59 on the 15th and nobody
 * turns up on the 16th.
 */
export function lastMinute(closes: string): { date: string; time: string } {
  const { date, time } = splitDateTime(closes);
  if (time === '00:00') return { date: addDays(date, -1), time: '23:59' };
  return { date, time };
}

/** The instant opinions start being taken. */
export function openingInstant(opens: string): Date {
  const { date, time } = splitDateTime(opens);
  return vietnamInstant(date, time);
}

/**
 * The first instant at which opinions are no longer taken: the end of the last minute, so "23:59"
 * still accepts an opinion sent at 23:59:59.
 */
export function closingInstant(closes: string): Date {
  const { date, time } = lastMinute(closes);
  return new Date(vietnamInstant(date, time).getTime() + 60_000);
}

/**
 * The first day an outcome can carry: the day of the closing instant. A deadline at 23:59 (or
 * midnight) takes opinions all of its last day, so the outcome comes the day after; one at 17:00
 * leaves that evening for it.
 */
export function firstOutcomeDay(closes: string): string {
  return vietnamDate(closingInstant(closes));
}
