import { z } from 'astro/zod';
import { CONSULTATION_STATES } from '../lib/consultations';
import { DOCUMENT_STATUSES } from '../lib/documents';
import { consultationSchema } from './consultation';
import { dialogueIssueSchema } from './dialogue';
import { documentSchema } from './document';
import { RECEPTION_KINDS } from './reception';

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
  date: z.string().describe('Ngày tiếp (giờ Việt Nam), năm-tháng-ngày'),
  start: z.string().describe('Giờ bắt đầu, giờ:phút'),
  end: z.string().describe('Giờ kết thúc, giờ:phút'),
  officer: z.string().describe('Mã chức danh người tiếp'),
  officerRole: z.string().describe('Chức danh người tiếp'),
  substituteFor: z.string().optional().describe('Chức danh người được tiếp thay'),
  kind: z.enum(RECEPTION_KINDS),
  place: z.string(),
  topics: z.array(z.string()),
  status: z.enum(['scheduled', 'cancelled', 'moved']),
  movedFrom: z
    .strictObject({ date: z.string(), start: z.string(), end: z.string() })
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
  dialogueDate: z.string().describe('Ngày đối thoại, năm-tháng-ngày'),
  localityName: z.string().optional().describe('Tên thôn, tổ dân phố; không có nếu là việc chung'),
  overdueDays: z.number().int().optional().describe('Số ngày quá hạn vào ngày xây dựng trang'),
  issue: dialogueIssueSchema,
});

/** A JSON Schema (draft 2020-12) of a record, as the output side of its Zod schema. */
export function recordJsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }), title };
}
