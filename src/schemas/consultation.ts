import { z } from 'astro/zod';
import { isValidTime, parsePartialDate } from '../dates/calendar';
import { attachmentFileSchema, nonEmptyText, siteIdSchema, slugSchema } from './common';
import { closingInstant, firstOutcomeDay, openingInstant } from '../dates/consultation-times';
import { dateTimeSchema, fullDateSchema, timeSchema } from './dates';
import { addProblem } from './problems';
import { publicRecordFields } from './public-record';

/** What is put to the people: a draft plan, program, project, policy or planning. */
export const CONSULTATION_SUBJECTS = ['plan', 'program', 'project', 'policy', 'planning'] as const;
export type ConsultationSubject = (typeof CONSULTATION_SUBJECTS)[number];

/**
 * Ways an opinion reaches the committee (Luật Thực hiện dân chủ ở cơ sở 2022,
 * Điều 26): at the office, by e-mail, phone or hotline, post, the suggestion
 * box, community meetings, through the Fatherland Front, or a questionnaire.
 */
export const CHANNELS = ['in-person', 'email', 'phone', 'post', 'suggestion-box', 'meeting', 'mttq', 'questionnaire'] as const;
export type ChannelId = (typeof CHANNELS)[number];

/** How the committee answers a point raised: tiếp thu, tiếp thu một phần, giải trình. */
export const ANSWER_TYPES = ['accepted', 'partly-accepted', 'explained'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/**
 * One of a list of English ids, refused with the list, which the report shows with each id's
 * Vietnamese label, so `answer: "tiếp thu"` is answered with `accepted (Tiếp thu), …`.
 */
function idSchema<T extends string>(ids: readonly T[], list: 'subject' | 'channel' | 'answer') {
  return z
    .string()
    .superRefine((text, ctx) => {
      if (!(ids as readonly string[]).includes(text)) addProblem(ctx, 'consultation.unknownId', { list, ids });
    })
    .transform((text) => text as T);
}

export const subjectSchema = idSchema(CONSULTATION_SUBJECTS, 'subject');
export const answerTypeSchema = idSchema(ANSWER_TYPES, 'answer');
export const channelIdSchema = idSchema(CHANNELS, 'channel');

const note = nonEmptyText.optional();

/** A community meeting where opinions are taken. */
export const meetingSchema = z.strictObject({
  date: fullDateSchema,
  time: timeSchema,
  place: nonEmptyText,
  /** Ids of the thôn or tổ dân phố invited; empty means everyone. */
  localities: z.array(siteIdSchema).default([]),
});

/** Each way to respond carries the details a citizen needs to use it. */
const inPersonSchema = z.strictObject({
  channel: z.literal('in-person'),
  /** The desk or room: "Bộ phận Tiếp nhận và trả kết quả". */
  place: nonEmptyText,
  address: nonEmptyText,
  /** When staff receive opinions; left out, the office hours of content/site.yaml. */
  hours: nonEmptyText.optional(),
  /** Who receives, by role. */
  contact: nonEmptyText.optional(),
  note,
});
const emailSchema = z.strictObject({
  channel: z.literal('email'),
  /** Left out, the committee's own address in content/site.yaml. */
  address: z.email().optional(),
  note,
});
const phoneSchema = z.strictObject({
  channel: z.literal('phone'),
  /** Left out, the committee's own numbers in content/site.yaml. */
  number: nonEmptyText.optional(),
  /** "Đường dây nóng", "Văn phòng UBND". */
  label: nonEmptyText.optional(),
  hours: nonEmptyText.optional(),
  note,
});
const postSchema = z.strictObject({ channel: z.literal('post'), recipient: nonEmptyText, address: nonEmptyText, note });
const suggestionBoxSchema = z.strictObject({
  channel: z.literal('suggestion-box'),
  /** Where the boxes stand. */
  places: z.array(nonEmptyText).min(1),
  note,
});
const meetingsSchema = z.strictObject({ channel: z.literal('meeting'), meetings: z.array(meetingSchema).min(1), note });
const mttqChannelSchema = z.strictObject({
  channel: z.literal('mttq'),
  /** Who gathers opinions: "Ban Công tác Mặt trận các thôn, tổ dân phố". */
  via: nonEmptyText,
  note,
});
const questionnaireSchema = z.strictObject({
  channel: z.literal('questionnaire'),
  /** How the forms reach households and come back. */
  details: nonEmptyText,
  note,
});

/** Each channel's own fields, one shape per channel id. */
export const CHANNEL_FORMS = [
  inPersonSchema,
  emailSchema,
  phoneSchema,
  postSchema,
  suggestionBoxSchema,
  meetingsSchema,
  mttqChannelSchema,
  questionnaireSchema,
] as const;

/**
 * A way to respond. The channel id is checked first, so a misspelt one is
 * reported as such rather than as every field of every channel.
 */
export const channelSchema = z.looseObject({ channel: channelIdSchema }).pipe(z.discriminatedUnion('channel', CHANNEL_FORMS));

/** A document put to the people: one on this site by its slug, or a file in content/files/. */
export const consultationDocumentSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { document: value } : value),
  z.union([
    z.strictObject({ document: slugSchema, title: nonEmptyText.optional() }),
    z.strictObject({ file: attachmentFileSchema, title: nonEmptyText }),
  ]),
);

/** The social criticism (phản biện) step of the Fatherland Front. */
export const mttqSchema = z
  .strictObject({
    /** Day the draft was sent to Ủy ban MTTQ for phản biện. */
    sent: fullDateSchema,
    /** Day its written opinion came back, on or after `sent`. */
    replied: fullDateSchema.optional(),
    /** What it said, in a sentence or two. */
    summary: nonEmptyText.optional(),
  })
  .superRefine((mttq, ctx) => {
    // Zod runs this even when a date failed its own check; compare only dates that parsed.
    if (mttq.replied === undefined || !isFullDate(mttq.sent) || !isFullDate(mttq.replied)) return;
    if (mttq.replied < mttq.sent) {
      addProblem(ctx, 'consultation.replyBeforeSent', { sent: mttq.sent }, ['replied']);
    }
  });

/** One point raised by the people and the committee's answer. */
export const pointSchema = z.strictObject({
  /** What was raised, in neutral words, never who raised it. */
  point: nonEmptyText,
  /** How many opinions made this point. */
  count: z.number().int().min(1).optional(),
  /** Where it came from, by place or body: "Tổ dân phố 3", "Ủy ban MTTQ thị trấn". */
  from: nonEmptyText.optional(),
  answer: answerTypeSchema,
  /** Why: what changed in the adopted text, or the explanation given. */
  reason: nonEmptyText,
});

const countsByChannel = z.strictObject(
  Object.fromEntries(CHANNELS.map((id) => [id, z.number().int().min(0).optional()])) as Record<ChannelId, z.ZodOptional<z.ZodNumber>>,
);

/** What came of the consultation, published after it closed. */
export const outcomeSchema = z
  .strictObject({
    /** Day the outcome was made public. */
    published: fullDateSchema,
    /** Opinions received in all. */
    total: z.number().int().min(0),
    /** Opinions received by each channel, when known (left out, pages show the total alone); given, they add up to `total`. */
    byChannel: countsByChannel.default({}),
    summary: nonEmptyText,
    points: z.array(pointSchema).default([]),
    /** Slug of the document finally adopted, when it is on this site. */
    adopted: slugSchema.optional(),
  })
  .superRefine((outcome, ctx) => {
    const counts = Object.values(outcome.byChannel).filter((n): n is number => n !== undefined);
    const sum = counts.reduce((a, b) => a + b, 0);
    // No count by channel means the split is not known, which the page then leaves out; a split
    // that is given must account for every opinion.
    if (counts.length > 0 && sum !== outcome.total) {
      addProblem(ctx, 'consultation.countsMismatch', { sum, total: outcome.total }, ['byChannel']);
    }
    outcome.points.forEach((point, index) => {
      if (point.count === undefined || point.count <= outcome.total) return;
      addProblem(ctx, 'consultation.pointOverTotal', { count: point.count, total: outcome.total }, ['points', index, 'count']);
    });
  });

/** A consultation (lấy ý kiến Nhân dân) as published in content/consultations/. */
export const consultationSchema = z
  .strictObject({
    /** Sample content shows the "Nội dung mẫu" banner. */
    sample: z.boolean().default(false),
    ...publicRecordFields,
    subject: subjectSchema,
    /** "Dự thảo Kế hoạch …", as the people will know it. */
    title: nonEmptyText,
    /** The former unit (an id under formerUnits in site.yaml) that held it, where its date alone does not tell. */
    unit: siteIdSchema.optional(),
    /** What is asked and why, in two or three sentences. */
    summary: nonEmptyText,
    /** Vietnam date-time from which opinions are taken: `2023-10-16T07:00`. */
    opens: dateTimeSchema,
    /** Last minute opinions are taken: `2023-11-15T23:59` (a midnight `…T00:00` means the day before). */
    closes: dateTimeSchema,
    /** Day the consultation was posted, if before it opened; the feed dates it so. */
    announced: fullDateSchema.optional(),
    /** Ids of the thôn and tổ dân phố asked; empty means the whole commune. */
    localities: z.array(siteIdSchema).default([]),
    /** Who in particular is asked: "các hộ dân có nhà dọc các tuyến đường". */
    audience: nonEmptyText.optional(),
    /** Slug of the draft document on this site that is put to the people. */
    draft: slugSchema.optional(),
    /** Other documents: explanations, maps, the tờ trình. */
    documents: z.array(consultationDocumentSchema).default([]),
    channels: z.array(channelSchema).min(1),
    mttq: mttqSchema.optional(),
    outcome: outcomeSchema.optional(),
  })
  .superRefine((data, ctx) => {
    // Zod runs this even when a date failed its own check; compare only dates that parsed.
    if (!isDateTime(data.opens) || !isDateTime(data.closes)) return;
    if (closingInstant(data.closes) <= openingInstant(data.opens)) {
      addProblem(ctx, 'consultation.closesBeforeOpens', { opens: data.opens }, ['closes']);
      return;
    }
    const openingDay = data.opens.slice(0, 10);
    if (data.announced !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(data.announced) && data.announced > openingDay) {
      addProblem(ctx, 'consultation.announcedAfterOpening', { openingDay }, ['announced']);
    }
    const published = data.outcome?.published;
    const firstDay = firstOutcomeDay(data.closes);
    if (published !== undefined && isFullDate(published) && published < firstDay) {
      addProblem(ctx, 'consultation.outcomeBeforeClose', { closes: data.closes, firstDay }, ['outcome', 'published']);
    }
  });

/** True for a `YYYY-MM-DD` that names a real day. */
const isFullDate = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text) && parsePartialDate(text).ok;

/** True for a `YYYY-MM-DDTHH:MM` that names a real day and time. */
const isDateTime = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text) && parsePartialDate(text.slice(0, 10)).ok && isValidTime(text.slice(11));

export type ConsultationInput = z.input<typeof consultationSchema>;
export type ConsultationData = z.output<typeof consultationSchema>;
export type Channel = ConsultationData['channels'][number];
