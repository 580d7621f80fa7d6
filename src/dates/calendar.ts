/**
 * Calendar dates as the commune writes them: ISO text meaning Vietnam time,
 * possibly partial (a year, or a year and month) because old documents often
 * reach us without their exact issue date.
 *
 * Everything here is computed from the calendar fields alone or, for instants,
 * in Asia/Ho_Chi_Minh, so the result never depends on the machine's time zone.
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A calendar date that may lack its day, or its month and day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export type DateParseResult =
  | { ok: true; date: PartialDate }
  | { ok: false; reason: 'format'; suggestion?: string }
  | { ok: false; reason: 'impossible'; daysInMonth?: number; date: PartialDate };

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Number of days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A number of one or two digits with a leading zero: `03`. */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Reads `2023`, `2023-03` or `2023-03-02`. A day-first spelling such as
 * `17/01/2023` is refused with the ISO spelling to use instead, because a
 * clerk who writes it that way means it and should be told how to fix it.
 */
export function parsePartialDate(text: string): DateParseResult {
  const trimmed = text.trim();
  const iso = ISO_PARTIAL.exec(trimmed);
  if (!iso) {
    const dayFirst = DAY_FIRST.exec(trimmed);
    if (dayFirst) {
      const [, d, m, y] = dayFirst;
      return { ok: false, reason: 'format', suggestion: `${y}-${pad2(Number(m))}-${pad2(Number(d))}` };
    }
    return { ok: false, reason: 'format' };
  }
  const year = Number(iso[1]);
  const date: PartialDate = { year };
  if (iso[2] !== undefined) {
    const month = Number(iso[2]);
    date.month = month;
    if (month < 1 || month > 12) return { ok: false, reason: 'impossible', date };
  }
  if (iso[3] !== undefined && date.month !== undefined) {
    const day = Number(iso[3]);
    date.day = day;
    const limit = daysInMonth(year, date.month);
    if (day < 1 || day > limit) return { ok: false, reason: 'impossible', daysInMonth: limit, date };
  }
  return { ok: true, date };
}

/** Like parsePartialDate, for text already validated by a schema. */
export function toPartialDate(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(`Not a valid date: ${text}`);
  return parsed.date;
}

/** True when the date names a single day. */
export function isFullDate(date: PartialDate): date is Required<PartialDate> {
  return date.month !== undefined && date.day !== undefined;
}

/** The ISO spelling, as short as the date is precise (valid in `<time datetime>`). */
export function formatIsoDate(date: PartialDate): string {
  let text = String(date.year).padStart(4, '0');
  if (date.month !== undefined) text += `-${pad2(date.month)}`;
  if (date.month !== undefined && date.day !== undefined) text += `-${pad2(date.day)}`;
  return text;
}

/** First day covered by a (partial) date, as `YYYY-MM-DD`. */
export function periodStart(date: PartialDate): string {
  return formatIsoDate({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 });
}

/** Last day covered by a (partial) date, as `YYYY-MM-DD`: `2023` ends on 2023-12-31. */
export function periodEnd(date: PartialDate): string {
  const month = date.month ?? 12;
  return formatIsoDate({ year: date.year, month, day: date.day ?? daysInMonth(date.year, month) });
}

/** The calendar date in Vietnam at an instant, as `YYYY-MM-DD`. */
export function vietnamDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Orders partial dates by the first day they cover; equal starts order the more precise first. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byStart = periodStart(a).localeCompare(periodStart(b));
  if (byStart !== 0) return byStart;
  return precision(b) - precision(a);
}

function precision(date: PartialDate): number {
  return date.day !== undefined ? 3 : date.month !== undefined ? 2 : 1;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a 24-hour clock time written `HH:MM` (`07:30`, `23:59`). */
export function isValidTime(text: string): boolean {
  return TIME.test(text);
}

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOfDay(time: string): number {
  const match = TIME.exec(time);
  if (!match) throw new Error(`Not a valid time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The day `days` after (or before, if negative) an ISO date, as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const { year, month = 1, day = 1 } = toPartialDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return formatIsoDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** Whole days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const utc = (text: string): number => {
    const { year, month = 1, day = 1 } = toPartialDate(text);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** The instant at which a Vietnam wall-clock date and time (`2023-03-02`, `07:30`) happen. */
export function vietnamInstant(date: string, time = '00:00'): Date {
  const { year, month = 1, day = 1 } = toPartialDate(date);
  return new Date(Date.UTC(year, month - 1, day, 0, minutesOfDay(time) - VIETNAM_OFFSET_MINUTES));
}

/** The Vietnam wall-clock date and time of an instant. */
export function vietnamDateTime(instant: Date): { date: string; time: string } {
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  return {
    date: formatIsoDate({ year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() }),
    time: `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}`,
  };
}

/** An instant as ISO 8601 with Vietnam's offset, to the second: `2026-11-26T12:00:00+07:00`. */
export function vietnamTimestamp(instant: Date): string {
  const { date, time } = vietnamDateTime(instant);
  // The offset is whole hours, so the seconds are the instant's own.
  return `${date}T${time}:${pad2(instant.getUTCSeconds())}+07:00`;
}

/** ISO 8601 week of a date, `2023-W09`: weeks start on Monday, as Vietnamese calendars do. */
export function isoWeek(date: string): string {
  const { year, month = 1, day = 1 } = toPartialDate(date);
  const thursdayOf = (utc: Date): Date => {
    const mondayBased = (utc.getUTCDay() + 6) % 7;
    return new Date(utc.getTime() + (3 - mondayBased) * 86_400_000);
  };
  const thursday = thursdayOf(new Date(Date.UTC(year, month - 1, day)));
  const weekYear = thursday.getUTCFullYear();
  const firstThursday = thursdayOf(new Date(Date.UTC(weekYear, 0, 4)));
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${weekYear}-W${pad2(week)}`;
}

/** Monday of an ISO week (`2023-W09` → `2023-02-27`). */
export function mondayOfIsoWeek(week: string): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) throw new Error(`Not an ISO week: ${week}`);
  const jan4 = new Date(Date.UTC(Number(match[1]), 0, 4));
  const mondayOfWeek1 = addDays(formatIsoDate({ year: jan4.getUTCFullYear(), month: 1, day: 4 }), -((jan4.getUTCDay() + 6) % 7));
  return addDays(mondayOfWeek1, (Number(match[2]) - 1) * 7);
}

/** Splits a `2023-03-15T23:59` date-time into its date and time. */
export function splitDateTime(text: string): { date: string; time: string } {
  const [date = '', time = ''] = text.split('T');
  return { date, time };
}
