import { z } from 'astro/zod';
import { minutesOfDay, parsePartialDate } from '../dates/calendar';
import { nonEmptyText, slugSchema } from './common';
import { fullDateSchema, timeSchema } from './dates';
import { addBilingualIssue } from './issues';

import { RECEPTION_KINDS, WEEKDAYS } from '../vocabulary/reception-terms';

export { RECEPTION_KINDS, WEEKDAYS, type ReceptionKind, type Weekday } from '../vocabulary/reception-terms';

/**
 * When a moved session takes place: its new day, and each time `movedTo` leaves out kept
 * as planned. The schema checks the result with this rule, and the expansion of a schedule uses it, so a new start alone cannot
 * land after the planned end.
 */
export function movedTimes(
  planned: { start: string; end: string },
  movedTo: { date: string; start?: string | undefined; end?: string | undefined },
): { date: string; start: string; end: string } {
  return { date: movedTo.date, start: movedTo.start ?? planned.start, end: movedTo.end ?? planned.end };
}

/** A start and end time on one day; the end must come after the start. */
const timeRange = {
  start: timeSchema,
  end: timeSchema,
};

/** Whether the end comes after the start; undefined when a time is itself invalid (25:00, 7h30). */
function endsAfterStart(range: { start: string; end: string }): boolean | undefined {
  if (!/^\d{2}:\d{2}$/.test(range.start) || !/^\d{2}:\d{2}$/.test(range.end)) return undefined;
  try {
    return minutesOfDay(range.end) > minutesOfDay(range.start);
  } catch {
    return undefined;
  }
}

function checkTimeRange(range: { start: string; end: string }, ctx: z.core.$RefinementCtx, path: PropertyKey[] = []): void {
  // Only compare times that are themselves valid; their own checks already reported the rest.
  if (endsAfterStart(range) !== false) return;
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

/** Where a session moved to: the new day, and new times if they changed. */
const movedToSchema = z.strictObject({
  date: fullDateSchema,
  start: timeSchema.optional(),
  end: timeSchema.optional(),
});

type MovedTo = z.output<typeof movedToSchema>;

/** A moved session must say where it moved to, and only a moved one: on any other the new day would be ignored. */
function checkMovedTo(item: { status: string; movedTo?: MovedTo | undefined }, ctx: z.core.$RefinementCtx): void {
  if (item.status === 'moved' && item.movedTo === undefined) {
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
  if (item.status !== 'moved' && item.movedTo !== undefined) {
    addBilingualIssue(
      ctx,
      {
        problem: {
          vi: `có ngày dời (movedTo) nhưng trạng thái là "${item.status}", không phải "moved": ngày dời sẽ bị bỏ qua`,
          en: `there is a new date (movedTo) but the status is "${item.status}", not "moved": the new date would be ignored`,
        },
        expected: {
          vi: 'status: moved khi buổi tiếp được dời sang ngày khác; buổi bị hủy (cancelled) hay giữ nguyên thì bỏ movedTo',
          en: 'status: moved when the session moves to another day; for a cancelled or unchanged session, remove movedTo',
        },
      },
      ['movedTo'],
    );
  }
}

/**
 * A moved session keeps each time `movedTo` leaves out, so a new start alone can fall after the
 * planned end ("14:00–11:00"): the times it will actually have must still make a range. The
 * problem is put on the time that was written, since the one left out was right before the move.
 */
function checkMovedTimes(
  planned: { start: string; end: string },
  item: { status: string; movedTo?: MovedTo | undefined },
  ctx: z.core.$RefinementCtx,
  path: PropertyKey[],
): void {
  const { movedTo } = item;
  if (item.status !== 'moved' || movedTo === undefined) return;
  if (movedTo.start !== undefined && movedTo.end !== undefined) {
    checkTimeRange({ start: movedTo.start, end: movedTo.end }, ctx, [...path, 'movedTo']);
    return;
  }
  const { start, end } = movedTimes(planned, movedTo);
  if (endsAfterStart({ start, end }) !== false) return;
  const expected = {
    vi: `giờ kết thúc mới muộn hơn giờ bắt đầu mới: ghi cả hai, ví dụ movedTo: { date: ${movedTo.date}, start: "14:00", end: "16:30" }`,
    en: `a new end later than the new start: write both, e.g. movedTo: { date: ${movedTo.date}, start: "14:00", end: "16:30" }`,
  };
  // The time written is the one reported: the other was kept from the plan.
  const problem =
    movedTo.start !== undefined
      ? {
          vi: `buổi dời bắt đầu lúc ${start} nhưng vẫn kết thúc lúc ${end} theo giờ cũ, vì movedTo không ghi giờ kết thúc (end)`,
          en: `the moved session starts at ${start} but still ends at ${end}, the planned end, as movedTo gives no end`,
        }
      : {
          vi: `buổi dời kết thúc lúc ${end} nhưng vẫn bắt đầu lúc ${start} theo giờ cũ, vì movedTo không ghi giờ bắt đầu (start)`,
          en: `the moved session ends at ${end} but still starts at ${start}, the planned start, as movedTo gives no start`,
        };
  addBilingualIssue(ctx, { problem, expected }, [...path, 'movedTo', movedTo.start !== undefined ? 'start' : 'end']);
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
    checkMovedTo(session, ctx);
    checkMovedTimes(session, session, ctx, []);
  });

/**
 * A change to one day of a recurring rule: cancelled, moved, received by someone else, or
 * moved and received by someone else (status moved with an officer).
 */
export const ruleExceptionSchema = z
  .strictObject({
    date: fullDateSchema,
    status: z.enum(['cancelled', 'moved', 'substituted']),
    movedTo: movedToSchema.optional(),
    /** The officer who receives instead: required for a substitute, allowed for a moved session. */
    officer: slugSchema.optional(),
    notes: nonEmptyText.optional(),
  })
  .superRefine((exception, ctx) => {
    checkMovedTo(exception, ctx);
    if (exception.status === 'cancelled' && exception.officer !== undefined) {
      // Nobody receives at a cancelled session, so the officer would be silently dropped.
      addBilingualIssue(
        ctx,
        {
          problem: {
            vi: 'buổi tiếp đã hủy (cancelled) nhưng có ghi người tiếp thay (officer): người này sẽ bị bỏ qua',
            en: 'the session is cancelled but names an officer receiving instead: the officer would be ignored',
          },
          expected: {
            vi: 'bỏ officer khi buổi bị hủy; nếu có người tiếp thay thì status: substituted (hoặc moved nếu cũng dời ngày)',
            en: 'no officer on a cancelled session; if someone receives instead, status: substituted (or moved if it also moves)',
          },
        },
        ['officer'],
      );
    }
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
    rule.exceptions.forEach((exception, index) => {
      checkMovedTimes(rule, exception, ctx, ['exceptions', index]);
      // Only the first exception of a day is applied; a second one would be silently dropped.
      const first = rule.exceptions.findIndex((other) => other.date === exception.date);
      if (first === index) return;
      addBilingualIssue(
        ctx,
        {
          problem: {
            vi: `ngày này đã có ngoại lệ ở exceptions[${first}]; chỉ ngoại lệ đầu tiên được áp dụng`,
            en: `exceptions[${first}] already changes this day; only the first one would apply`,
          },
          expected: {
            vi: 'mỗi ngày một ngoại lệ: gộp lại thành một (dời ngày và có người tiếp thay: status: moved, movedTo và officer)',
            en: 'one exception per day: merge them into one (moved and received by someone else: status: moved, movedTo and officer)',
          },
        },
        ['exceptions', index, 'date'],
      );
    });
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
          problem: {
            vi: `ngày kết thúc ${schedule.to} trước ngày bắt đầu ${schedule.from}`,
            en: `the end ${schedule.to} is before the start ${schedule.from}`,
          },
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
