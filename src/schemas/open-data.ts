import { z } from 'astro/zod';
import { CONSULTATION_STATES } from '../vocabulary/consultation-terms';
import { DOCUMENT_STATUSES } from '../vocabulary/document-status';
import { consultationSchema } from './consultation';
import { DATE_JSON_SCHEMAS } from './dates';
import { dialogueIssueSchema } from './dialogue';
import { documentSchema } from './document';
import { withdrawalSchema } from './withdrawal';
import { reportingDutySchema } from './follow-up';
import { DUTY_STATES } from '../vocabulary/follow-up-terms';
import { RECEPTION_KINDS } from './reception';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/**
 * The records of the open data files. Each wraps the content schema the site itself
 * validates with, so the published JSON Schema and the site can never disagree.
 */
export const documentRecordSchema = z.strictObject({
  id: z.string().describe('Tên tệp của văn bản, cũng là phần cuối địa chỉ trang'),
  url: z.url().describe('Địa chỉ trang văn bản'),
  status: z.enum(DOCUMENT_STATUSES).describe('Tình trạng hiệu lực vào ngày xây dựng trang'),
  document: documentSchema,
});

export const receptionSessionRecordSchema = z.strictObject({
  uid: z.string().describe('Mã ổn định của buổi tiếp, như trong tệp lịch .ics'),
  url: z.url(),
  calendar: z.url().describe('Tệp .ics của buổi tiếp'),
  date: z.string().regex(ISO_DATE).describe('Ngày tiếp (giờ Việt Nam), năm-tháng-ngày'),
  start: z.string().regex(TIME).describe('Giờ bắt đầu (giờ Việt Nam), giờ:phút'),
  end: z.string().regex(TIME).describe('Giờ kết thúc (giờ Việt Nam), giờ:phút'),
  officer: z.string().describe('Mã chức danh người tiếp'),
  officerRole: z.string().describe('Chức danh người tiếp'),
  substituteFor: z.string().optional().describe('Chức danh người được tiếp thay'),
  kind: z.enum(RECEPTION_KINDS),
  place: z.string(),
  topics: z.array(z.string()),
  status: z.enum(['scheduled', 'cancelled', 'moved']),
  movedFrom: z
    .strictObject({ date: z.string().regex(ISO_DATE), start: z.string().regex(TIME), end: z.string().regex(TIME) })
    .optional()
    .describe('Ngày, giờ đã định trước khi dời; chỉ có ở buổi đã dời'),
  notes: z.string().optional(),
  sample: z.boolean().describe('true nếu là nội dung mẫu, không phải lịch thật'),
});

export const consultationRecordSchema = z.strictObject({
  id: z.string(),
  url: z.url(),
  state: z.enum(CONSULTATION_STATES).describe('Giai đoạn vào lúc xây dựng trang'),
  consultation: consultationSchema,
});

export const issueRecordSchema = z.strictObject({
  id: z.string().describe('Mã kiến nghị, không đổi'),
  url: z.url().describe('Địa chỉ của kiến nghị trên trang đối thoại'),
  dialogue: z.string().describe('Tên tệp của buổi đối thoại'),
  dialogueTitle: z.string(),
  dialogueDate: z.string().regex(ISO_DATE).describe('Ngày đối thoại (giờ Việt Nam), năm-tháng-ngày'),
  localityName: z.string().optional().describe('Tên thôn, tổ dân phố; không có nếu là việc chung'),
  overdueDays: z.number().int().optional().describe('Số ngày quá hạn vào ngày xây dựng trang'),
  sample: z.boolean().describe('true nếu kiến nghị thuộc buổi đối thoại là nội dung mẫu'),
  dialogueWithdrawn: withdrawalSchema
    .optional()
    .describe('Ngày và lý do Ủy ban nhân dân ngừng công khai buổi đối thoại; chỉ có khi đã ngừng'),
  issue: dialogueIssueSchema,
});

export const reportingDutyRecordSchema = z.strictObject({
  plan: z.string().describe('Tên tệp của kế hoạch, chương trình đặt ra kỳ báo cáo'),
  planUrl: z.url().describe('Địa chỉ trang của kế hoạch'),
  planTitle: z.string().describe('Loại và trích yếu của kế hoạch'),
  deadline: z
    .string()
    .regex(ISO_DATE)
    .optional()
    .describe('Ngày cuối báo cáo còn đúng hạn (giờ Việt Nam); không có nếu văn bản không ghi hạn'),
  state: z.enum(DUTY_STATES).describe('Tình hình vào lúc xây dựng trang'),
  days: z.number().int().optional().describe('Số ngày trễ (late), quá hạn (overdue) hoặc còn lại (not-yet-due)'),
  report: z.string().optional().describe('Tên tệp của báo cáo trả lời kỳ này, nếu đã đăng'),
  reportUrl: z.url().optional(),
  reportIssued: z.string().optional().describe('Ngày ban hành báo cáo, như báo cáo ghi'),
  sample: z.boolean().describe('true nếu kế hoạch là nội dung mẫu'),
  reportSample: z.boolean().optional().describe('true nếu báo cáo là nội dung mẫu'),
  duty: reportingDutySchema,
});

/** The frame of every open data file: what it is, when it was built, and its records. */
export function openDataFileSchema<T extends z.ZodType>(recordSchema: T) {
  return z.strictObject({
    $schema: z.url().describe('Địa chỉ của lược đồ này'),
    title: z.string(),
    description: z.string(),
    generated: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/)
      .describe('Thời điểm xây dựng trang (giờ Việt Nam); tình trạng, giai đoạn và số ngày quá hạn tính vào lúc này'),
    timeZone: z.literal('Asia/Ho_Chi_Minh').describe('Mọi ngày, giờ không ghi múi giờ đều là giờ Việt Nam'),
    records: z.array(recordSchema),
  });
}

/** The JSON Schema (draft 2020-12) of a whole open data file, as the output side of its Zod schema. */
export function openDataJsonSchema(recordSchema: z.ZodType, title: string): Record<string, unknown> {
  const schema = z.toJSONSchema(openDataFileSchema(recordSchema), {
    io: 'output',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const dateSchema = DATE_JSON_SCHEMAS.get(zodSchema);
      if (!dateSchema) return;
      for (const key of Object.keys(jsonSchema)) Reflect.deleteProperty(jsonSchema, key);
      Object.assign(jsonSchema, dateSchema);
    },
  });
  return { ...schema, title };
}
