import { z } from 'astro/zod';
import { DIALOGUE_KIND_IDS, DIALOGUE_KINDS, ISSUE_STATUS_IDS } from '../vocabulary/dialogue-terms';
import { isValidTime, minutesOfDay, splitDateTime } from '../dates/calendar';
import { attachmentFileSchema, nonEmptyText, slugSchema } from './common';
import { dateTimeSchema, fullDateSchema, partialDateSchema, timeSchema } from './dates';
import { addBilingualIssue } from './issues';

/** `DT-2023-01`: "đối thoại", the year of the dialogue, a number within that year. */
export const ISSUE_ID_PATTERN = /^DT-(\d{4})-(\d{2,3})$/;

/** A stable id that citizens can quote and that never changes once published. */
export const issueIdSchema = z.string().superRefine((text, ctx) => {
  if (!ISSUE_ID_PATTERN.test(text)) {
    addBilingualIssue(ctx, {
      expected: {
        vi: 'mã kiến nghị dạng DT-năm-số thứ tự, ví dụ DT-2023-01 (năm là năm tổ chức đối thoại)',
        en: 'an issue id written DT-year-number, e.g. DT-2023-01 (the year of the dialogue)',
      },
    });
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
    locality: slugSchema.optional(),
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
      addBilingualIssue(
        ctx,
        {
          problem: {
            vi: 'kiến nghị ghi "đã giải quyết" nhưng chưa có diễn biến nào có ngày cho biết đã giải quyết ra sao',
            en: 'the issue is marked resolved but has no dated update saying how it was resolved',
          },
          expected: {
            vi: 'thêm vào "updates" ít nhất một mục { date: năm-tháng-ngày, text: "đã làm gì" }, hoặc đổi "status" thành "dang-giai-quyet"',
            en: 'add to "updates" at least one { date: year-month-day, text: "what was done" }, or set "status" to "dang-giai-quyet"',
          },
        },
        ['status'],
      );
    }
    if (issue.status === 'da-chuyen' && issue.transferredTo === undefined) {
      addBilingualIssue(
        ctx,
        {
          expected: {
            vi: 'tên cơ quan đã nhận chuyển kiến nghị, ví dụ "UBND huyện Đak Đoa", khi "status" là "da-chuyen"',
            en: 'the body the issue was transferred to, e.g. "UBND huyện Đak Đoa", when "status" is "da-chuyen"',
          },
        },
        ['transferredTo'],
      );
    }
    if (issue.status === 'dang-giai-quyet') {
      // An open issue without a deadline or an owner could never be called overdue or chased.
      if (issue.due === undefined) {
        addBilingualIssue(
          ctx,
          {
            expected: {
              vi: 'hạn giải quyết (năm-tháng-ngày, ví dụ 2023-09-30) cho kiến nghị đang giải quyết',
              en: 'a due date (year-month-day, e.g. 2023-09-30) for an issue in progress',
            },
          },
          ['due'],
        );
      }
      if (issue.responsible === undefined) {
        addBilingualIssue(
          ctx,
          {
            expected: {
              vi: 'chức danh hoặc cơ quan phải thực hiện, ví dụ "Công chức Địa chính – Xây dựng", cho kiến nghị đang giải quyết',
              en: 'the role or body that must act, e.g. "Công chức Địa chính – Xây dựng", for an issue in progress',
            },
          },
          ['responsible'],
        );
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
  localities: z.array(slugSchema).default([]),
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
    /** Former file names: their addresses keep leading here after a rename. */
    aliases: z.array(slugSchema).default([]),
    kind: z.enum(DIALOGUE_KIND_IDS),
    title: nonEmptyText,
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
      addBilingualIssue(
        ctx,
        {
          expected: {
            vi: 'ngày thông báo thời gian, địa điểm, nội dung hội nghị (năm-tháng-ngày): luật yêu cầu thông báo trước ít nhất 7 ngày',
            en: 'the day the time, place and content were announced (year-month-day): the law asks for at least 7 days before',
          },
        },
        ['announced'],
      );
    }
    // Zod still runs this after the start failed its own check; only compare what parsed.
    const { time } = splitDateTime(dialogue.start);
    if (dialogue.end !== undefined && isValidTime(dialogue.end) && isValidTime(time)) {
      if (minutesOfDay(dialogue.end) <= minutesOfDay(time)) {
        addBilingualIssue(
          ctx,
          {
            expected: {
              vi: `giờ kết thúc sau giờ bắt đầu (${time})`,
              en: `an end time after the start time (${time})`,
            },
          },
          ['end'],
        );
      }
    }
  });

export type DialogueInput = z.input<typeof dialogueSchema>;
export type DialogueData = z.output<typeof dialogueSchema>;
export type DialogueIssue = DialogueData['issues'][number];
