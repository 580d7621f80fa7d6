import type { DocumentKindId } from './document-kinds';

/** The kinds that assign work and may list their tasks and reporting duties: a plan, a programme, a decision. */
export const WORK_ASSIGNING_KINDS = ['ke-hoach', 'chuong-trinh', 'quyet-dinh'] as const satisfies readonly DocumentKindId[];

/** What a report says of one task. */
export const TASK_RESULTS = ['hoan-thanh', 'dang-thuc-hien', 'chua-thuc-hien'] as const;
export type TaskResult = (typeof TASK_RESULTS)[number];

/**
 * Where a reporting duty stands on a day: answered by a report dated on or before its deadline,
 * answered after it, past its deadline with no report published, before its deadline with none
 * yet, answered by a report whose date is too vague to compare, or without a deadline.
 */
export const DUTY_STATES = ['on-time', 'late', 'overdue', 'not-yet-due', 'reported', 'no-deadline'] as const;
export type DutyState = (typeof DUTY_STATES)[number];
