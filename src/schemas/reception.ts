import { z } from 'astro/zod';
import { minutesOfDay, parsePartialDate } from '../dates/calendar';
import { changeNotesSchema } from './change-notes';
import { broadcastSchema } from './broadcast';
import { nonEmptyText, siteIdSchema, slugSchema } from './common';
import { fullDateSchema, timeSchema } from './dates';
import { addProblem } from './problems';

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
  addProblem(ctx, 'reception.endBeforeStart', { start: range.start, end: range.end }, [...path, 'end']);
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
    addProblem(ctx, 'reception.movedWithoutDate', {}, ['movedTo']);
  }
  if (item.status !== 'moved' && item.movedTo !== undefined) {
    addProblem(ctx, 'reception.movedToNotMoved', { status: item.status }, ['movedTo']);
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
  const times = { date: movedTo.date, start, end };
  // The time written is the one reported: the other was kept from the plan.
  if (movedTo.start !== undefined) addProblem(ctx, 'reception.movedStartPastEnd', times, [...path, 'movedTo', 'start']);
  else addProblem(ctx, 'reception.movedEndBeforeStart', times, [...path, 'movedTo', 'end']);
}

/** A one-off session: an ad-hoc reception, or a regular one written out day by day. */
export const receptionSessionSchema = z
  .strictObject({
    /** Stable id, used in calendar UIDs and addresses. */
    id: slugSchema,
    date: fullDateSchema,
    ...timeRange,
    /** Officer id from content/site.yaml. */
    officer: siteIdSchema,
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
    officer: siteIdSchema.optional(),
    notes: nonEmptyText.optional(),
  })
  .superRefine((exception, ctx) => {
    checkMovedTo(exception, ctx);
    if (exception.status === 'cancelled' && exception.officer !== undefined) {
      // Nobody receives at a cancelled session, so the officer would be silently dropped.
      addProblem(ctx, 'reception.cancelledWithOfficer', {}, ['officer']);
    }
    if (exception.status === 'substituted' && exception.officer === undefined) {
      addProblem(ctx, 'reception.substituteMissing', {}, ['officer']);
    }
  });

/** "Every Thursday 07:30–11:00, the chairman" from one day until another, with exceptions. */
export const receptionRuleSchema = z
  .strictObject({
    id: slugSchema,
    weekday: z.enum(WEEKDAYS),
    ...timeRange,
    officer: siteIdSchema,
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
      addProblem(ctx, 'reception.duplicateException', { first }, ['exceptions', index, 'date']);
    });
    if (rule.until === undefined) {
      addProblem(ctx, 'reception.ruleWithoutEnd', {}, ['until']);
    }
  });

/** A published reception schedule (lịch tiếp công dân): usually one month or one week. */
export const receptionScheduleSchema = z
  .strictObject({
    sample: z.boolean().default(false),
    /** "Lịch tiếp công dân tháng 3 năm 2023". */
    title: nonEmptyText,
    /** The former unit (an id under formerUnits in site.yaml) whose schedule it is, where its date alone does not tell. */
    unit: siteIdSchema.optional(),
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
    /** Notes for the public on each significant change since it was published: a session moved, cancelled. */
    changes: changeNotesSchema,
    /** Read on the commune's loudspeakers: the days, and the office's own bulletin if it wrote one. */
    broadcast: broadcastSchema.optional(),
  })
  .superRefine((schedule, ctx) => {
    const from = parsePartialDate(schedule.from);
    const to = parsePartialDate(schedule.to);
    if (from.ok && to.ok && schedule.to < schedule.from) {
      addProblem(ctx, 'reception.scheduleReversed', { from: schedule.from, to: schedule.to }, ['to']);
    }
  });

export type ReceptionSchedule = z.output<typeof receptionScheduleSchema>;
export type ReceptionRule = z.output<typeof receptionRuleSchema>;
export type ReceptionSessionInput = z.output<typeof receptionSessionSchema>;
export type RuleException = z.output<typeof ruleExceptionSchema>;
