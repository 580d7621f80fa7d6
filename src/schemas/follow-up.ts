import { z } from 'astro/zod';
import { TASK_RESULTS } from '../vocabulary/follow-up-terms';
import { nonEmptyText, slugSchema } from './common';
import { fullDateSchema, partialDateSchema } from './dates';
import { addProblem } from './problems';

/** An id a clerk writes for a task or a duty: short, lower case, as in `iii-2-bao-cao`, or a section such as `III.2`. */
const itemIdSchema = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), nonEmptyText);

/** One task the document assigns, as its own text words it, with the section it comes from. */
export const taskSchema = z.strictObject({
  id: itemIdSchema,
  /** The section of the document that assigns it: "III.2". */
  section: nonEmptyText,
  /** A short title in the document's own words. */
  title: nonEmptyText,
  /** The unit or role responsible, as the document names it. */
  responsible: nonEmptyText,
  /** The deadline the document sets, if it sets one; a month or a year means its last day. */
  due: partialDateSchema.optional(),
});

/**
 * A report the document requires: for a period, by a deadline, from whom, to whom. The deadline is
 * written as the document words it: `due` for "by" a day (that day included), `before` for
 * "trước ngày" (that day excluded).
 */
export const reportingDutySchema = z
  .strictObject({
    id: itemIdSchema,
    /** The period reported on: "6 tháng đầu năm 2023". */
    period: nonEmptyText,
    due: partialDateSchema.optional(),
    before: fullDateSchema.optional(),
    /** Who reports, as the document names them. */
    by: nonEmptyText.optional(),
    /** To whom, if the document says. */
    to: nonEmptyText.optional(),
  })
  .superRefine((duty, ctx) => {
    if (duty.due !== undefined && duty.before !== undefined) addProblem(ctx, 'followUp.twoDeadlines', {}, ['before']);
  });

/** What a plan assigns and which reports it requires; the printed text stays as it is. */
export const followUpSchema = z
  .strictObject({
    tasks: z.array(taskSchema).default([]),
    reports: z.array(reportingDutySchema).default([]),
  })
  .superRefine((followUp, ctx) => {
    for (const list of ['tasks', 'reports'] as const) {
      const seen = new Set<string>();
      followUp[list].forEach((item, index) => {
        if (seen.has(item.id)) addProblem(ctx, 'followUp.duplicateId', { id: item.id }, [list, index, 'id']);
        seen.add(item.id);
      });
    }
  });

/** A report's answer to a plan's reporting duty, with what it says of each task. */
export const answerSchema = z.strictObject({
  /** The plan's slug. */
  plan: slugSchema,
  /** The id of the plan's reporting duty this report answers. */
  duty: itemIdSchema,
  results: z
    .array(
      z.strictObject({
        task: itemIdSchema,
        result: z.enum(TASK_RESULTS),
        /** What the report says of it, in a sentence. */
        note: nonEmptyText.optional(),
      }),
    )
    .default([]),
});

export type FollowUp = z.output<typeof followUpSchema>;
export type ReportingDuty = FollowUp['reports'][number];
export type Task = FollowUp['tasks'][number];
export type Answer = z.output<typeof answerSchema>;
