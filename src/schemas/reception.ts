import { z } from 'astro/zod';
import { minutesOfDay, parsePartialDate } from '../lib/dates';
import { nonEmptyText, slugSchema } from './common';
import { fullDateSchema, timeSchema } from './dates';
import { addBilingualIssue } from './issues';

import { RECEPTION_KINDS, WEEKDAYS } from '../lib/reception-terms';

export { RECEPTION_KINDS, WEEKDAYS, type ReceptionKind, type Weekday } from '../lib/reception-terms';

/** A start and end time on one day; the end must come after the start. */
const timeRange = {
  start: timeSchema,
  end: timeSchema,
};

function checkTimeRange(range: { start: string; end: string }, ctx: z.core.$RefinementCtx, path: PropertyKey[] = []): void {
  // Only compare times that are themselves valid; their own checks already reported the rest.
  if (!/^\d{2}:\d{2}$/.test(range.start) || !/^\d{2}:\d{2}$/.test(range.end)) return;
  try {
    if (minutesOfDay(range.end) <= minutesOfDay(range.start)) {
      addBilingualIssue(
        ctx,
        {
          problem: {
            vi: `giờ kết thúc ${range.end} không sau giờ bắt đầu ${range.start}`,
            en: `the end ${range.end} is not after the start ${range.start}`,
          },
          expected: {
            vi: 'giờ kết thúc muộn hơn giờ bắt đầu, ví dụ start: "07:30", end: "11:00"',
            en: 'an end later than the start, e.g. start: "07:30", end: "11:00"',
          },
        },
        [...path, 'end'],
      );
    }
  } catch {
    // An impossible time such as 25:00 is reported by the time schema itself.
  }
}

/** Where a session moved to: the new day, and new times if they changed. */
const movedToSchema = z.strictObject({
  date: fullDateSchema,
  start: timeSchema.optional(),
  end: timeSchema.optional(),
});

/** A moved session must say where it moved to. */
function requireMovedTo(item: { status: string; movedTo?: unknown }, ctx: z.core.$RefinementCtx): void {
  if (item.status !== 'moved' || item.movedTo !== undefined) return;
  addBilingualIssue(
    ctx,
    {
      problem: { vi: 'buổi tiếp đã dời nhưng chưa ghi ngày mới', en: 'the session is moved but has no new date' },
      expected: {
        vi: 'ngày mới của buổi tiếp đã dời (movedTo: { date: 2023-03-24 }, có thể kèm start, end)',
        en: 'the new date of the moved session (movedTo: { date: 2023-03-24 }, optionally start and end)',
      },
    },
    ['movedTo'],
  );
}

/** A one-off session: an ad-hoc reception, or a regular one written out day by day. */
export const receptionSessionSchema = z
  .strictObject({
    /** Stable id, used in calendar UIDs and addresses. */
    id: slugSchema,
    date: fullDateSchema,
    ...timeRange,
    /** Officer id from content/site.yaml. */
    officer: slugSchema,
    kind: z.enum(RECEPTION_KINDS),
    /** Overrides the schedule's place. */
    place: nonEmptyText.optional(),
    topics: z.array(nonEmptyText).default([]),
    status: z.enum(['scheduled', 'cancelled', 'moved']).default('scheduled'),
    movedTo: movedToSchema.optional(),
    notes: nonEmptyText.optional(),
  })
  .superRefine((session, ctx) => {
    checkTimeRange(session, ctx);
    requireMovedTo(session, ctx);
  });

/** A change to one day of a recurring rule: cancelled, moved, or received by someone else. */
export const ruleExceptionSchema = z
  .strictObject({
    date: fullDateSchema,
    status: z.enum(['cancelled', 'moved', 'substituted']),
    movedTo: movedToSchema.optional(),
    /** For a substitute: the officer who receives instead. */
    officer: slugSchema.optional(),
    notes: nonEmptyText.optional(),
  })
  .superRefine((exception, ctx) => {
    requireMovedTo(exception, ctx);
    if (exception.status === 'substituted' && exception.officer === undefined) {
      addBilingualIssue(
        ctx,
        {
          expected: {
            vi: 'mã chức danh người tiếp thay (officer), ví dụ pho-chu-tich',
            en: 'the id of the officer receiving instead (officer), e.g. pho-chu-tich',
          },
        },
        ['officer'],
      );
    }
  });

const UNTIL_EXPECTED = {
  vi: 'ngày kết thúc của lịch lặp lại (until: 2023-03-31); lịch lặp lại không được để mở vô thời hạn',
  en: 'the last day of the recurring rule (until: 2023-03-31); a recurring rule must not run forever',
};

/** "Every Thursday 07:30–11:00, the chairman" from one day until another, with exceptions. */
export const receptionRuleSchema = z
  .strictObject({
    id: slugSchema,
    weekday: z.enum(WEEKDAYS),
    ...timeRange,
    officer: slugSchema,
    kind: z.enum(RECEPTION_KINDS),
    /** First day the rule applies; defaults to the start of the schedule's period. */
    from: fullDateSchema.optional(),
    /** Last day the rule applies: required, so no rule silently runs forever. */
    until: fullDateSchema.optional(),
    place: nonEmptyText.optional(),
    topics: z.array(nonEmptyText).default([]),
    exceptions: z.array(ruleExceptionSchema).default([]),
    notes: nonEmptyText.optional(),
  })
  .superRefine((rule, ctx) => {
    checkTimeRange(rule, ctx);
    if (rule.until === undefined) {
      addBilingualIssue(
        ctx,
        { problem: { vi: 'lịch lặp lại chưa có ngày kết thúc', en: 'the recurring rule has no end' }, expected: UNTIL_EXPECTED },
        ['until'],
      );
    }
  });

/** A published reception schedule (lịch tiếp công dân): usually one month or one week. */
export const receptionScheduleSchema = z
  .strictObject({
    sample: z.boolean().default(false),
    /** "Lịch tiếp công dân tháng 3 năm 2023". */
    title: nonEmptyText,
    /** First and last day the schedule covers. */
    from: fullDateSchema,
    to: fullDateSchema,
    /** The day it was published (posted at the headquarters and on the site). */
    published: fullDateSchema,
    /** Default place of every session. */
    place: nonEmptyText,
    rules: z.array(receptionRuleSchema).default([]),
    sessions: z.array(receptionSessionSchema).default([]),
    notes: nonEmptyText.optional(),
  })
  .superRefine((schedule, ctx) => {
    const from = parsePartialDate(schedule.from);
    const to = parsePartialDate(schedule.to);
    if (from.ok && to.ok && schedule.to < schedule.from) {
      addBilingualIssue(
        ctx,
        {
          problem: { vi: `ngày kết thúc ${schedule.to} trước ngày bắt đầu ${schedule.from}`, en: `the end ${schedule.to} is before the start ${schedule.from}` },
          expected: { vi: 'ngày kết thúc (to) không sớm hơn ngày bắt đầu (from)', en: 'an end (to) no earlier than the start (from)' },
        },
        ['to'],
      );
    }
  });

export type ReceptionSchedule = z.output<typeof receptionScheduleSchema>;
export type ReceptionRule = z.output<typeof receptionRuleSchema>;
export type ReceptionSessionInput = z.output<typeof receptionSessionSchema>;
export type RuleException = z.output<typeof ruleExceptionSchema>;
