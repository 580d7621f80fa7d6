import { z } from 'astro/zod';
import { DIALOGUE_KIND_IDS, DIALOGUE_KINDS, ISSUE_STATUS_IDS } from '../vocabulary/dialogue-terms';
import { isValidTime, minutesOfDay, splitDateTime } from '../dates/calendar';
import { attachmentFileSchema, nonEmptyText, siteIdSchema } from './common';
import { dateTimeSchema, fullDateSchema, partialDateSchema, timeSchema } from './dates';
import { addProblem } from './problems';
import { publicRecordFields } from './public-record';

/** `DT-2023-01`: "đối thoại", the year of the dialogue, a number within that year. */
export const ISSUE_ID_PATTERN = /^DT-(\d{4})-(\d{2,3})$/;

/** A stable id that citizens can quote and that never changes once published. */
export const issueIdSchema = z.string().superRefine((text, ctx) => {
  if (!ISSUE_ID_PATTERN.test(text)) {
    addProblem(ctx, 'dialogue.issueId', {});
  }
});

/** A dated step in dealing with an issue, as told to citizens. */
export const followUpSchema = z.strictObject({
  /** The day it happened (Vietnam time). */
  date: fullDateSchema,
  /** What was done or decided; no names of citizens. */
  text: nonEmptyText,
});

/** An issue raised at a dialogue (kiến nghị), with the answer and what happened after. */
export const dialogueIssueSchema = z
  .strictObject({
    /** Stable id, `DT-2023-01`, unique across the site. */
    id: issueIdSchema,
    /** Id of the thôn or tổ dân phố from content/site.yaml; omitted when it concerns the whole commune. */
    locality: siteIdSchema.optional(),
    /** Lĩnh vực, from the site's list. */
    field: nonEmptyText,
    /** What was raised, anonymised: the matter, never who raised it. */
    raised: nonEmptyText,
    /** The answer given at the meeting. */
    answer: nonEmptyText,
    /** Who must act, by role or body ("Công chức Địa chính – Xây dựng"); needed while the issue is open. */
    responsible: nonEmptyText.optional(),
    /** Day (or month, or year) by which it must be dealt with; needed while the issue is open. */
    due: partialDateSchema.optional(),
    status: z.enum(ISSUE_STATUS_IDS),
    /** The body it was passed to, when status is `da-chuyen`. */
    transferredTo: nonEmptyText.optional(),
    /** Dated follow-up updates; any order, shown oldest first. */
    updates: z.array(followUpSchema).default([]),
  })
  .superRefine((issue, ctx) => {
    if (issue.status === 'da-giai-quyet' && issue.updates.length === 0) {
      addProblem(ctx, 'dialogue.resolvedWithoutUpdate', {}, ['status']);
    }
    if (issue.status === 'da-chuyen' && issue.transferredTo === undefined) {
      addProblem(ctx, 'dialogue.transferredWithoutBody', {}, ['transferredTo']);
    }
    if (issue.status === 'dang-giai-quyet') {
      // An open issue without a deadline or an owner could never be called overdue or chased.
      if (issue.due === undefined) {
        addProblem(ctx, 'dialogue.openWithoutDue', {}, ['due']);
      }
      if (issue.responsible === undefined) {
        addProblem(ctx, 'dialogue.openWithoutResponsible', {}, ['responsible']);
      }
    }
  });

/** Who took part: counts, organisations and the thôn, tổ dân phố represented. */
export const participationSchema = z.strictObject({
  /** Everyone who attended. */
  attendees: z.number().int().nonnegative().optional(),
  /** Of whom citizens (người dân, cử tri). */
  citizens: z.number().int().nonnegative().optional(),
  /** Bodies and organisations represented (MTTQ, đoàn thể, HĐND…). */
  organisations: z.array(nonEmptyText).default([]),
  /** Ids of the thôn and tổ dân phố represented; empty means the whole commune was invited. */
  localities: z.array(siteIdSchema).default([]),
});

/** The signed minutes (biên bản), a file in content/files/. */
export const minutesSchema = z.strictObject({
  file: attachmentFileSchema,
  title: nonEmptyText,
});

/** A dialogue with citizens (đối thoại): the record, and every issue raised at it. */
export const dialogueSchema = z
  .strictObject({
    /** Sample content shows the "Nội dung mẫu" banner. */
    sample: z.boolean().default(false),
    ...publicRecordFields,
    kind: z.enum(DIALOGUE_KIND_IDS),
    title: nonEmptyText,
    /** The former unit (an id under formerUnits in site.yaml) that held it, where its date alone does not tell. */
    unit: siteIdSchema.optional(),
    /** When it starts, Vietnam time: `2023-06-15T07:30`. */
    start: dateTimeSchema,
    /** When it ends, same day: `11:00`. */
    end: timeSchema.optional(),
    place: nonEmptyText,
    /** Who chairs, by role ("Chủ tịch UBND thị trấn"). */
    chair: nonEmptyText,
    /** Co-chairs by role (MTTQ, Thường trực HĐND). */
    coChairs: z.array(nonEmptyText).default([]),
    /** The day its time, place and content were announced. */
    announced: fullDateSchema.optional(),
    /** The day its results were published, posted and sent to thôn, tổ dân phố; omitted until then. */
    resultsPublished: fullDateSchema.optional(),
    participation: participationSchema.default({ organisations: [], localities: [] }),
    minutes: minutesSchema.optional(),
    issues: z.array(dialogueIssueSchema).default([]),
  })
  .superRefine((dialogue, ctx) => {
    if (DIALOGUE_KINDS[dialogue.kind].legalTiming && dialogue.announced === undefined) {
      addProblem(ctx, 'dialogue.announcementMissing', {}, ['announced']);
    }
    // Zod still runs this after the start failed its own check; only compare what parsed.
    const { time } = splitDateTime(dialogue.start);
    if (dialogue.end !== undefined && isValidTime(dialogue.end) && isValidTime(time)) {
      if (minutesOfDay(dialogue.end) <= minutesOfDay(time)) {
        addProblem(ctx, 'dialogue.endBeforeStart', { start: time }, ['end']);
      }
    }
  });

export type DialogueInput = z.input<typeof dialogueSchema>;
export type DialogueData = z.output<typeof dialogueSchema>;
export type DialogueIssue = DialogueData['issues'][number];
