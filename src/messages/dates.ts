/**
 * Dates as Vietnamese readers expect them: `Thứ Năm, 02/03/2023`, and the place-and-date line of
 * Nghị định 30/2020. A partial date is said as what is known (`tháng 03/2023`, `năm 2023`).
 */
import { isFullDate, pad2, type PartialDate } from '../dates/calendar';

const WEEKDAYS_VI = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** Vietnamese weekday name of a full date (`Thứ Năm`). */
export function weekdayVi(date: Required<PartialDate>): string {
  const index = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return WEEKDAYS_VI[index] ?? '';
}

/** `02/03/2023`, `03/2023` or `2023`: the numeric form Vietnamese readers expect. */
export function formatDateShortVi(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${pad2(date.month)}/${date.year}`;
  return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

/** `Thứ Năm, 02/03/2023`; a partial date reads `tháng 03/2023` or `năm 2023`. */
export function formatDateLongVi(date: PartialDate): string {
  if (isFullDate(date)) return `${weekdayVi(date)}, ${formatDateShortVi(date)}`;
  if (date.month !== undefined) return `tháng ${formatDateShortVi(date)}`;
  return `năm ${date.year}`;
}

/**
 * The place-and-date line of Nghị định 30/2020 (`Đak Đoa, ngày 05 tháng 02 năm 2023`):
 * days below 10 and the months 1 and 2 take a leading zero. Unknown parts stay
 * blank dots, as on a form, rather than being guessed.
 */
export function formatOfficialDateLine(place: string, date: PartialDate): string {
  const blank = '…';
  const day = date.day === undefined ? blank : pad2(date.day);
  const month = date.month === undefined ? blank : date.month <= 2 ? pad2(date.month) : String(date.month);
  return `${place}, ngày ${day} tháng ${month} năm ${date.year}`;
}
