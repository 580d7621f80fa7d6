import type { ContentProblem } from '../vocabulary/problems';
import { periodStart, toPartialDate } from '../dates/calendar';
import { dutyStanding, lastOnTimeDay } from '../lib/follow-up';
import { missingDocument, problemAt, type CheckedDocument } from './cross-checks';

/**
 * A report's answer must name a plan on this site, one of that plan's reporting duties and its
 * tasks, and be the only report for that duty (a withdrawn or draft one aside). A report issued
 * after its duty's deadline is published, shown as late, and said as a warning in case its date
 * is a typo.
 */
export function checkFollowUp(
  docs: readonly CheckedDocument[],
  presentDocuments: ReadonlySet<string>,
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const bySlug = new Map(docs.map((d) => [d.slug, d]));
  const answered = new Map<string, CheckedDocument>();
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  // The earlier report answers a duty; a later one for the same duty is the one reported.
  const byIssue = [...docs].sort(
    (a, b) =>
      periodStart(toPartialDate(a.data.issued)).localeCompare(periodStart(toPartialDate(b.data.issued))) || a.file.localeCompare(b.file),
  );
  for (const report of byIssue) {
    const answer = report.data.answers;
    if (answer === undefined) continue;
    const plan = bySlug.get(answer.plan);
    if (!plan) {
      // A plan whose file is there but failed its own check has been reported once already.
      if (!presentDocuments.has(answer.plan)) problems.push(missingDocument(report, ['answers', 'plan'], answer.plan));
      continue;
    }
    const duties = plan.data.followUp?.reports ?? [];
    const tasks = plan.data.followUp?.tasks ?? [];
    if (duties.length === 0) {
      problems.push(
        problemAt(report, ['answers', 'plan'], answer.plan, { code: 'followUp.planWithoutDuties', params: { plan: answer.plan } }),
      );
      continue;
    }
    const duty = duties.find((d) => d.id === answer.duty);
    if (!duty) {
      problems.push(
        problemAt(report, ['answers', 'duty'], answer.duty, {
          code: 'followUp.unknownDuty',
          params: { duty: answer.duty, plan: answer.plan, duties: duties.map((d) => d.id) },
        }),
      );
    }
    answer.results.forEach(({ task }, index) => {
      if (tasks.some((t) => t.id === task)) return;
      problems.push(
        problemAt(report, ['answers', 'results', index, 'task'], task, {
          code: 'followUp.unknownTask',
          params: { task, plan: answer.plan, tasks: tasks.map((t) => t.id) },
        }),
      );
    });
    if (!duty || report.data.draft || report.data.withdrawn) continue;
    const key = `${answer.plan}\u0000${duty.id}`;
    const first = answered.get(key);
    if (first) {
      problems.push(
        problemAt(report, ['answers', 'duty'], answer.duty, {
          code: 'followUp.duplicateReport',
          params: { duty: duty.id, otherFile: first.file },
        }),
      );
      continue;
    }
    answered.set(key, report);
    const standing = dutyStanding(duty, report.data.issued, report.data.issued);
    const deadline = lastOnTimeDay(duty);
    if (standing.state === 'late' && deadline !== undefined) {
      warnings.push(
        problemAt(report, ['issued'], report.data.issued, {
          code: 'followUp.late',
          params: { issued: report.data.issued, deadline, days: standing.days ?? 0 },
        }),
      );
    }
  }
  return { problems, warnings };
}
