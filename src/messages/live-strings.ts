/**
 * The strings that the browser's small re-check scripts show (statuses, "today",
 * days left, overdue counts). They live apart so those scripts bundle only these,
 * not the whole dictionary; src/i18n/vi.ts includes them, so t() knows them too.
 */
export const live = {
  'status.in-force': 'Còn hiệu lực',
  'status.not-yet-in-force': 'Chưa có hiệu lực',
  'status.expired': 'Hết hiệu lực',
  'status.superseded': 'Bị thay thế',
  'status.issued': 'Đã ban hành',
  'status.draft': 'Dự thảo',
  'status.withdrawn': 'Ngừng công khai',
  'reception.timing.past': 'Đã qua',
  'reception.timing.today': 'Hôm nay',
  'reception.timing.upcoming': 'Sắp tới',
  'consultation.state.upcoming': 'Sắp mở',
  'consultation.state.open': 'Đang lấy ý kiến',
  'consultation.state.closed': 'Đã hết hạn – đang tổng hợp',
  'consultation.state.overdue': 'Chưa đăng kết quả',
  'consultation.state.outcome': 'Đã công bố kết quả',
  'consultation.opensToday': 'mở trong hôm nay',
  'consultation.daysToOpen': 'mở sau {n} ngày',
  'consultation.lastDay': 'hôm nay là ngày cuối',
  'consultation.daysLeft': 'còn {n} ngày',
  'consultation.daysLate': 'quá hạn {n} ngày',
  'consultation.deadline': 'hạn cuối {time} ngày {date}',
  'consultation.from': 'từ {time} ngày {date}',
  'consultation.period': '{opens} đến {deadline}',
  'home.overdue': '{count} kiến nghị quá hạn',
} as const;

export type LiveKey = keyof typeof live;
