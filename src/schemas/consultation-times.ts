/**
 * The instants a consultation's `opens` and `closes` name, for the schema's own rules (a deadline
 * after the opening, an outcome dated after the deadline). The same rules as lib/consultations.ts,
 * which the pages and the browser script use: a schema may import no module of lib/, and that one
 * may not be changed from here, so both should take these from src/dates/ once it holds them.
 */
import { addDays, splitDateTime, vietnamDate, vietnamInstant } from '../dates/calendar';

/** The last minute in which opinions are taken: a deadline at midnight (`…T00:00`) is 23:59 of the day before. */
function lastMinute(closes: string): { date: string; time: string } {
  const { date, time } = splitDateTime(closes);
  if (time === '00:00') return { date: addDays(date, -1), time: '23:59' };
  return { date, time };
}

/** The instant opinions start being taken. */
export function openingInstant(opens: string): Date {
  const { date, time } = splitDateTime(opens);
  return vietnamInstant(date, time);
}

/** The first instant at which opinions are no longer taken: the end of the last minute. */
export function closingInstant(closes: string): Date {
  const { date, time } = lastMinute(closes);
  return new Date(vietnamInstant(date, time).getTime() + 60_000);
}

/** The first day an outcome can carry: the day of the closing instant. */
export function firstOutcomeDay(closes: string): string {
  return vietnamDate(closingInstant(closes));
}
