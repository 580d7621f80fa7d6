import type { DutyStanding } from '../lib/follow-up';
import { tLive } from './live';

/** Where a reporting duty stands, in words; the browser's re-check says it with the same function. */
export function dutyStandingText(standing: DutyStanding): string {
  const days = standing.days ?? 0;
  switch (standing.state) {
    case 'late':
      return standing.days === undefined ? tLive('followUp.state.lateVague') : tLive('followUp.state.late', { days });
    case 'not-yet-due':
      return days === 0 ? tLive('followUp.state.lastDay') : tLive('followUp.state.not-yet-due', { days });
    case 'overdue':
      return tLive('followUp.state.overdue', { days });
    default:
      return tLive(`followUp.state.${standing.state}`);
  }
}
