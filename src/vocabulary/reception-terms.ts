// The words of reception schedules, kept apart from the schema so the browser's small
// scripts can use them without bundling the schema library.

/** Kinds of reception under Luật Tiếp công dân 2013: regular, periodic, ad hoc. */
export const RECEPTION_KINDS = ['thuong-xuyen', 'dinh-ky', 'dot-xuat'] as const;
export type ReceptionKind = (typeof RECEPTION_KINDS)[number];

/** Weekdays as staff write them, Monday first (ISO 8601 numbering 1–7). */
export const WEEKDAYS = ['thu-hai', 'thu-ba', 'thu-tu', 'thu-nam', 'thu-sau', 'thu-bay', 'chu-nhat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** English names of WEEKDAYS, in the same order, for the English half of messages to staff. */
export const WEEKDAY_NAMES_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
