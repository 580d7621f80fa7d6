import type { Broadcast } from '../schemas/broadcast';
import type { ContentProblem } from '../vocabulary/problems';
import { BROADCAST_MINIMUM_DAYS, broadcastDates, longestRun } from '../lib/broadcast';
import { problemAt, type CheckedEntry } from './cross-checks';

/**
 * A warning, not an error: a notice the office broadcast on fewer consecutive days than the law
 * asks is still published, and its bulletin page says what the records show. Reception schedules
 * are read on the loudspeakers by custom, not by that rule, and are not held to it.
 */
export function checkBroadcastDays(entries: readonly CheckedEntry<{ broadcast?: Broadcast | undefined }>[]): ContentProblem[] {
  return entries.flatMap((entry) => {
    const days = entry.data.broadcast?.days ?? [];
    if (days.length === 0) return [];
    const longest = longestRun(broadcastDates(days));
    if (longest >= BROADCAST_MINIMUM_DAYS) return [];
    return [
      problemAt(entry, ['broadcast', 'days'], longest, {
        code: 'broadcast.shortRun',
        params: { longest, minimum: BROADCAST_MINIMUM_DAYS },
      }),
    ];
  });
}
