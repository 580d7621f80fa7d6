import { toPartialDate } from '../dates/calendar';
import type { ReportingDuty } from '../schemas/follow-up';
import { t } from '.';
import { formatDateShortVi } from './dates';

/** A duty's deadline as the plan words it: "trước ngày 05/05/2023", "chậm nhất ngày 31/12/2023", "trong tháng 12/2023". */
export function deadlineText(duty: Pick<ReportingDuty, 'due' | 'before'>): string {
  if (duty.before !== undefined) return t('followUp.deadline.before', { date: formatDateShortVi(toPartialDate(duty.before)) });
  if (duty.due !== undefined) {
    const due = toPartialDate(duty.due);
    const key =
      due.day !== undefined
        ? 'followUp.deadline.due'
        : due.month !== undefined
          ? 'followUp.deadline.dueMonth'
          : 'followUp.deadline.dueYear';
    return t(key, { date: formatDateShortVi(due) });
  }
  return t('followUp.deadline.none');
}
