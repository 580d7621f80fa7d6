/**
 * A consultation's state and deadlines in words. Also bundled for the browser's re-check, so its
 * words come from the live strings only.
 */
import { splitDateTime, toPartialDate } from '../dates/calendar';
import { lastMinute, type ConsultationStanding } from '../lib/consultations';
import type { ConsultationState } from '../vocabulary/consultation-terms';
import { formatDateLongVi, formatDateShortVi } from './dates';
import { tLive as t, type LiveKey } from './live';

const STATE_KEYS: Record<ConsultationState, LiveKey> = {
  upcoming: 'consultation.state.upcoming',
  open: 'consultation.state.open',
  closed: 'consultation.state.closed',
  overdue: 'consultation.state.overdue',
  outcome: 'consultation.state.outcome',
};

/** `Đang lấy ý kiến`. */
export function stateLabel(state: ConsultationState): string {
  return t(STATE_KEYS[state]);
}

/** The counted part of a state, if it has one: `còn 19 ngày`, `hôm nay là ngày cuối`. */
export function standingDetail(standing: ConsultationStanding): string | undefined {
  switch (standing.state) {
    case 'upcoming':
      return standing.daysToOpen === 0 ? t('consultation.opensToday') : t('consultation.daysToOpen', { n: standing.daysToOpen });
    case 'open':
      return standing.daysLeft === 0 ? t('consultation.lastDay') : t('consultation.daysLeft', { n: standing.daysLeft });
    case 'overdue':
      return t('consultation.daysLate', { n: standing.daysLate });
    default:
      return undefined;
  }
}

/** The state as one phrase: `Đang lấy ý kiến – còn 19 ngày`. */
export function standingText(standing: ConsultationStanding): string {
  const detail = standingDetail(standing);
  return detail === undefined ? stateLabel(standing.state) : `${stateLabel(standing.state)} – ${detail}`;
}

/** `hạn cuối 23:59 ngày 15/03/2023`: the deadline as it must be written everywhere. */
export function deadlineText(closes: string): string {
  const { date, time } = lastMinute(closes);
  return t('consultation.deadline', { time, date: formatDateShortVi(toPartialDate(date)) });
}

/** `23:59, Thứ Tư, 15/03/2023`: the last minute with its weekday, for the facts box. */
export function deadlineLong(closes: string): string {
  const { date, time } = lastMinute(closes);
  return `${time}, ${formatDateLongVi(toPartialDate(date))}`;
}

/** `07:00, Thứ Hai, 16/10/2023`. */
export function openingLong(opens: string): string {
  const { date, time } = splitDateTime(opens);
  return `${time}, ${formatDateLongVi(toPartialDate(date))}`;
}

/** `từ 07:00 ngày 16/10/2023 đến hạn cuối 23:59 ngày 15/11/2023`, for lists and feeds. */
export function periodText(opens: string, closes: string): string {
  const { date, time } = splitDateTime(opens);
  return t('consultation.period', {
    opens: t('consultation.from', { time, date: formatDateShortVi(toPartialDate(date)) }),
    deadline: deadlineText(closes),
  });
}
