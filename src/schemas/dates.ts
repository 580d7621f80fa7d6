import { z } from 'astro/zod';
import { formatIsoDate, isValidTime, parsePartialDate } from '../dates/calendar';
import { addBilingualIssue } from './issues';

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

const DATE_EXPECTED = {
  vi: 'ngày viết theo dạng năm-tháng-ngày, ví dụ 2023-03-02 (được phép chỉ ghi năm 2023 hoặc năm-tháng 2023-03 khi không rõ ngày)',
  en: 'a date written year-month-day, e.g. 2023-03-02 (a year 2023 or year-month 2023-03 is allowed when the day is unknown)',
};

const FULL_DATE_EXPECTED = {
  vi: 'ngày đầy đủ theo dạng năm-tháng-ngày, ví dụ 2023-03-02',
  en: 'a full date written year-month-day, e.g. 2023-03-02',
};

function checkDate(text: string, ctx: z.core.$RefinementCtx<string>, requireFull: boolean): void {
  const parsed = parsePartialDate(text);
  const expected = requireFull ? FULL_DATE_EXPECTED : DATE_EXPECTED;
  if (!parsed.ok && parsed.reason === 'format') {
    const problem = parsed.suggestion
      ? {
          vi: `ngày đang viết theo kiểu ngày/tháng/năm; hãy viết ${parsed.suggestion}`,
          en: `the date is written day/month/year; write ${parsed.suggestion}`,
        }
      : { vi: 'không đọc được ngày này', en: 'this is not a date we can read' };
    addBilingualIssue(ctx, { expected, problem });
    return;
  }
  if (!parsed.ok) {
    const { month, year } = parsed.date;
    const problem =
      parsed.daysInMonth !== undefined
        ? {
            vi: `ngày không có thật: tháng ${month}/${year} chỉ có ${parsed.daysInMonth} ngày`,
            en: `impossible date: ${year}-${String(month).padStart(2, '0')} has only ${parsed.daysInMonth} days`,
          }
        : { vi: 'tháng không có thật (tháng phải từ 01 đến 12)', en: 'impossible month (months run from 01 to 12)' };
    addBilingualIssue(ctx, { expected, problem });
    return;
  }
  if (requireFull && parsed.date.day === undefined) {
    addBilingualIssue(ctx, {
      expected,
      problem: { vi: 'ngày này phải ghi đủ ngày, tháng, năm', en: 'this date needs day, month and year' },
    });
  }
}

/** A date that may be partial: `2023`, `2023-03` or `2023-03-02`. */
export const partialDateSchema = z.preprocess(
  yamlScalarToText,
  z.string().superRefine((text, ctx) => checkDate(text, ctx, false)),
);

/** A full calendar date: `2023-03-02`. */
export const fullDateSchema = z.preprocess(
  yamlScalarToText,
  z.string().superRefine((text, ctx) => checkDate(text, ctx, true)),
);

const TIME_EXPECTED = {
  vi: 'giờ theo dạng giờ:phút 24 giờ, ví dụ 07:30 hoặc 14:00',
  en: 'a 24-hour time written hours:minutes, e.g. 07:30 or 14:00',
};

/** A wall-clock time in Vietnam, `07:30`. */
export const timeSchema = z.preprocess(
  // An unquoted 7:30 is still text in YAML 1.2; a number such as 730 is kept for the message.
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().superRefine((text, ctx) => {
    if (!isValidTime(text)) addBilingualIssue(ctx, { expected: TIME_EXPECTED });
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
      const expected = {
        vi: 'ngày và giờ theo dạng năm-tháng-ngàyTgiờ:phút, ví dụ 2023-03-15T23:59',
        en: 'a date and time written year-month-dayThours:minutes, e.g. 2023-03-15T23:59',
      };
      if (!match) {
        addBilingualIssue(ctx, { expected });
        return;
      }
      const date = parsePartialDate(match[1] ?? '');
      if (!date.ok || !isValidTime(match[2] ?? '')) {
        addBilingualIssue(ctx, {
          expected,
          problem: { vi: 'ngày hoặc giờ không có thật', en: 'the date or time does not exist' },
        });
      }
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
