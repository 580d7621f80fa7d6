import { buildInstant } from './build';
import { listedDocuments, type PublishedDocument } from './documents';
import { toPartialDate, vietnamDate } from '../dates/calendar';
import { DUTY_STATE_ORDER, dutyStanding, lastOnTimeDay, latestTaskResults, type DutyStanding, type TaskProgress } from '../lib/follow-up';
import type { ReportingDuty, Task } from '../schemas/follow-up';

/** A reporting duty of a plan with the report that answers it, if one is published, and where it stands at the build. */
export interface DutyRow {
  duty: ReportingDuty;
  /** The last day a report is on time, when the plan sets one. */
  deadline: string | undefined;
  report: PublishedDocument | undefined;
  standing: DutyStanding;
}

export interface PlanFollowUp {
  plan: PublishedDocument;
  duties: DutyRow[];
  /** Each task with the latest result reported for it, and the report that gives it. */
  tasks: { task: Task; progress: TaskProgress | undefined; source: PublishedDocument | undefined }[];
}

let cached: Promise<PlanFollowUp[]> | undefined;

async function load(): Promise<PlanFollowUp[]> {
  const docs = await listedDocuments();
  const today = vietnamDate(await buildInstant());
  // A draft report is not yet a report, and a withdrawn one is no longer published.
  const reports = docs.filter((doc) => doc.data.answers !== undefined && !doc.data.draft);
  return docs.flatMap((plan) => {
    const followUp = plan.data.followUp;
    if (!followUp) return [];
    const answering = reports.filter((report) => report.data.answers?.plan === plan.id);
    const duties = followUp.reports.map((duty) => {
      const report = answering.find((r) => r.data.answers?.duty === duty.id);
      return { duty, deadline: lastOnTimeDay(duty), report, standing: dutyStanding(duty, report?.data.issued, today) };
    });
    const progress = latestTaskResults(
      answering.map((r) => ({ slug: r.id, issued: r.data.issued, results: r.data.answers?.results ?? [] })),
    );
    const tasks = followUp.tasks.map((task) => {
      const latest = progress.get(task.id);
      return { task, progress: latest, source: answering.find((r) => r.id === latest?.report) };
    });
    return [{ plan, duties, tasks }];
  });
}

/** Every listed plan that declares tasks or reporting duties, newest first, with where each duty stands. */
export function planFollowUps(): Promise<PlanFollowUp[]> {
  cached ??= load();
  return cached;
}

/** The follow-through of one plan, if it declares any. */
export async function followUpOf(slug: string): Promise<PlanFollowUp | undefined> {
  return (await planFollowUps()).find((f) => f.plan.id === slug);
}

/** A duty as the overview lists it: with its plan, and the plan's year, which the overview filters by. */
export interface OverviewRow extends DutyRow {
  plan: PublishedDocument;
  year: number;
}

/** Every duty of every plan, overdue first, then coming, then answered; by deadline within each. */
export async function allDuties(): Promise<OverviewRow[]> {
  const rows = (await planFollowUps()).flatMap(({ plan, duties }) =>
    duties.map((row) => ({ ...row, plan, year: toPartialDate(plan.data.issued).year })),
  );
  return rows.sort(
    (a, b) =>
      DUTY_STATE_ORDER.indexOf(a.standing.state) - DUTY_STATE_ORDER.indexOf(b.standing.state) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'),
  );
}

/** The years of the plans that set duties, newest first. */
export async function dutyYears(): Promise<number[]> {
  return [...new Set((await allDuties()).map((row) => row.year))].sort((a, b) => b - a);
}
