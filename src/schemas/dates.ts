import { z } from 'astro/zod';
import { formatIsoDate, isValidTime, parsePartialDate } from '../dates/calendar';
import { addProblem } from './problems';

/**
 * YAML reads `2023` as a number and an unquoted `2023-03-02` as a Date at UTC
 * midnight (Astro's parser does). Both are turned back into the text the clerk
 * wrote, so one rule checks every spelling and no time zone creeps in.
 */
export function yamlScalarToText(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return formatIsoDate({
      year: value.getUTCFullYear(),
      month: value.getUTCMonth() + 1,
      day: value.getUTCDate(),
    });
  }
  return value;
}

function checkDate(text: string, ctx: z.core.$RefinementCtx<string>, full: boolean): void {
  const parsed = parsePartialDate(text);
  if (!parsed.ok && parsed.reason === 'format') {
    if (parsed.suggestion) addProblem(ctx, 'date.dayFirst', { suggestion: parsed.suggestion, full });
    else addProblem(ctx, 'date.unreadable', { full });
    return;
  }
  if (!parsed.ok) {
    const { month, year } = parsed.date;
    // Only a month that exists has a length: without one, the month itself is wrong.
    if (month === undefined || parsed.daysInMonth === undefined) addProblem(ctx, 'date.impossibleMonth', { full });
    else addProblem(ctx, 'date.impossible', { year, month, days: parsed.daysInMonth, full });
    return;
  }
  if (full && parsed.date.day === undefined) addProblem(ctx, 'date.needsDay', {});
}

/** A date that may be partial: `2023`, `2023-03` or `2023-03-02`. */
export const partialDateSchema = z.preprocess(
  yamlScalarToText,
  z.string().superRefine((text, ctx) => {
    checkDate(text, ctx, false);
  }),
);

/** A full calendar date: `2023-03-02`. */
export const fullDateSchema = z.preprocess(
  yamlScalarToText,
  z.string().superRefine((text, ctx) => {
    checkDate(text, ctx, true);
  }),
);

/** A wall-clock time in Vietnam, `07:30`. */
export const timeSchema = z.preprocess(
  // An unquoted 7:30 is still text in YAML 1.2; a number such as 730 is kept for the message.
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().superRefine((text, ctx) => {
    if (!isValidTime(text)) addProblem(ctx, 'date.time', {});
  }),
);

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::00)?$/;

/**
 * A Vietnam date and time, written `2023-03-15T23:59` (or with a space). YAML
 * hands a zone-less timestamp over as if it were UTC, so its UTC fields are
 * exactly what the clerk wrote.
 */
export const dateTimeSchema = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 16) : value),
    z.string().superRefine((text, ctx) => {
      const match = DATE_TIME.exec(text.trim());
      if (!match) {
        addProblem(ctx, 'date.dateTime', {});
        return;
      }
      const date = parsePartialDate(match[1] ?? '');
      if (!date.ok || !isValidTime(match[2] ?? '')) addProblem(ctx, 'date.dateTimeImpossible', {});
    }),
  )
  .transform((text) => {
    const match = DATE_TIME.exec(text.trim());
    return match ? `${match[1]}T${match[2]}` : text;
  });

/**
 * How the date and time fields read in the published JSON Schema. Zod cannot say it of a
 * preprocessed or transformed string (a transform comes out as "anything"), and a reuser's
 * validator should refuse "hôm qua" or "30/09/2023" in a date field.
 */
export const DATE_JSON_SCHEMAS = new Map<z.core.$ZodType, Record<string, unknown>>([
  [
    partialDateSchema,
    {
      type: 'string',
      pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
      description: 'Ngày (giờ Việt Nam): năm-tháng-ngày, hoặc chỉ năm-tháng, chỉ năm khi văn bản gốc không ghi rõ',
    },
  ],
  [fullDateSchema, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Ngày (giờ Việt Nam), năm-tháng-ngày' }],
  [timeSchema, { type: 'string', pattern: '^\\d{2}:\\d{2}$', description: 'Giờ Việt Nam (UTC+07:00), giờ:phút' }],
  [
    dateTimeSchema,
    {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$',
      description: 'Ngày và giờ Việt Nam (UTC+07:00), năm-tháng-ngàyTgiờ:phút; hạn cuối 00:00 là hết ngày hôm trước',
    },
  ],
]);
