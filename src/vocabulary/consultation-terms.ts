/** The states a consultation (lấy ý kiến Nhân dân) passes through, in order. */
export const CONSULTATION_STATES = ['upcoming', 'open', 'closed', 'overdue', 'outcome'] as const;
/** sắp mở, đang lấy ý kiến, đã hết hạn – đang tổng hợp, chậm công bố kết quả, đã công bố kết quả. */
export type ConsultationState = (typeof CONSULTATION_STATES)[number];
