import type { BroadcastDays } from '../schemas/broadcast';
import { addDays } from '../dates/calendar';

/** Consecutive days a notice is to be read on the loudspeakers (Luật Thực hiện dân chủ ở cơ sở 2022, Điều 12). */
export const BROADCAST_MINIMUM_DAYS = 3;

/** Every day of the runs recorded, in order, each once. */
export function broadcastDates(runs: readonly BroadcastDays[]): string[] {
  const days = new Set<string>();
  for (const run of runs) {
    for (let day = run.from; day <= (run.to ?? run.from); day = addDays(day, 1)) days.add(day);
  }
  return [...days].sort();
}

/** The most days in a row among `dates` (sorted, each once). */
export function longestRun(dates: readonly string[]): number {
  let longest = 0;
  let current = 0;
  dates.forEach((day, i) => {
    current = i > 0 && addDays(dates[i - 1] ?? '', 1) === day ? current + 1 : 1;
    longest = Math.max(longest, current);
  });
  return longest;
}

/** Sentences of a bulletin, each short enough to read in one breath: a long one is cut at its semicolons. */
export function shortSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|;\s+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
    .map((sentence) => (/[.!?:]$/u.test(sentence) ? sentence : `${sentence}.`))
    .map((sentence) => sentence.charAt(0).toUpperCase() + sentence.slice(1));
}
