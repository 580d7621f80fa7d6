/**
 * Plan follow-through: where each reporting duty of a plan stands on a day, and the latest result
 * reported for each task. Pure: the build passes its day in, the browser its own (live-status).
 */
import { addDays, daysBetween, periodEnd, periodStart, toPartialDate } from '../dates/calendar';
import type { DutyState, TaskResult } from '../vocabulary/follow-up-terms';

/** A duty's deadline as the plan words it: `due` by a day (a month or a year: its last day), or `before` a day. */
export interface DutyDeadline {
  due?: string | undefined;
  before?: string | undefined;
}

/** The last day on which a report is on time, or undefined when the plan sets no deadline. */
export function lastOnTimeDay({ due, before }: DutyDeadline): string | undefined {
  if (before !== undefined) return addDays(before, -1);
  if (due !== undefined) return periodEnd(toPartialDate(due));
  return undefined;
}

export interface DutyStanding {
  state: DutyState;
  /** Days late (`late`), past the deadline (`overdue`) or left until it (`not-yet-due`). */
  days?: number;
}

/**
 * Where a duty stands on `today` (a Vietnam date), given the issue date of the report that answers
 * it, if one is published. A report dated only by month or year is on time when all of that
 * period is, late when none of it is, and otherwise only "reported".
 */
export function dutyStanding(deadline: DutyDeadline, reportIssued: string | undefined, today: string): DutyStanding {
  const last = lastOnTimeDay(deadline);
  if (reportIssued !== undefined) {
    if (last === undefined) return { state: 'reported' };
    const issued = toPartialDate(reportIssued);
    if (periodEnd(issued) <= last) return { state: 'on-time' };
    if (periodStart(issued) > last) {
      return issued.day === undefined ? { state: 'late' } : { state: 'late', days: daysBetween(last, periodStart(issued)) };
    }
    return { state: 'reported' };
  }
  if (last === undefined) return { state: 'no-deadline' };
  if (today > last) return { state: 'overdue', days: daysBetween(last, today) };
  return { state: 'not-yet-due', days: daysBetween(today, last) };
}

/** What one report says of one task. */
export interface TaskProgress {
  result: TaskResult;
  note?: string | undefined;
  /** The report's slug and issue date. */
  report: string;
  issued: string;
}

/** One report's results, as the follow-through reads them. */
export interface ReportResults {
  slug: string;
  issued: string;
  results: readonly { task: string; result: TaskResult; note?: string | undefined }[];
}

/** For each task id, what the most recent report that speaks of it says (by issue date, then file name). */
export function latestTaskResults(reports: readonly ReportResults[]): Map<string, TaskProgress> {
  const latest = new Map<string, TaskProgress>();
  const byDate = [...reports].sort(
    (a, b) => periodStart(toPartialDate(a.issued)).localeCompare(periodStart(toPartialDate(b.issued))) || a.slug.localeCompare(b.slug),
  );
  for (const report of byDate) {
    for (const { task, result, note } of report.results) {
      latest.set(task, { result, note, report: report.slug, issued: report.issued });
    }
  }
  return latest;
}

/** The order an overview lists duties in: what is overdue first, then what is coming, then what was answered. */
export const DUTY_STATE_ORDER: readonly DutyState[] = ['overdue', 'not-yet-due', 'late', 'reported', 'on-time', 'no-deadline'];

/** The groups the overview can be filtered to, by the address segment that names each. */
export const DUTY_GROUPS = {
  'qua-han': ['overdue'],
  'chua-den-han': ['not-yet-due', 'no-deadline'],
  'da-bao-cao': ['on-time', 'late', 'reported'],
} as const satisfies Record<string, readonly DutyState[]>;
export type DutyGroup = keyof typeof DUTY_GROUPS;

/** The group a state falls in. */
export function dutyGroup(state: DutyState): DutyGroup {
  return (
    (Object.keys(DUTY_GROUPS) as DutyGroup[]).find((group) => (DUTY_GROUPS[group] as readonly DutyState[]).includes(state)) ??
    'chua-den-han'
  );
}
