import { describe, expect, it } from 'vitest';
import { inLanes } from '../../src/lib/lanes';

interface Log {
  running: number;
  most: number;
  events: string[];
}
const newLog = (): Log => ({ running: 0, most: 0, events: [] });

/** A task that records when it starts and ends and how many run with it, and ends after `ms`. */
function tracked(log: Log, value: number, ms: number, fails = false): () => Promise<number> {
  return async () => {
    log.events.push(`start ${value}`);
    log.running += 1;
    log.most = Math.max(log.most, log.running);
    await new Promise((resolve) => setTimeout(resolve, ms));
    log.running -= 1;
    log.events.push(`end ${value}`);
    if (fails) throw new Error(`task ${value} failed`);
    return value;
  };
}

describe('inLanes', () => {
  it('never runs more tasks at once than there are lanes, and a free lane takes the next task at once', async () => {
    const log = newLog();
    const tasks = [60, 5, 5, 5].map((ms, i) => tracked(log, i, ms));
    expect(await inLanes(tasks, 2)).toEqual([0, 1, 2, 3]);
    expect(log.most).toBe(2);
    // Tasks 2 and 3 run in the lane that task 1 left, while task 0 still runs in the other.
    expect(log.events.indexOf('start 3')).toBeLessThan(log.events.indexOf('end 0'));
  });

  it('gives the results in the order of the tasks, not the order they end', async () => {
    const log = newLog();
    expect(await inLanes([tracked(log, 1, 25), tracked(log, 2, 1), tracked(log, 3, 10)], 3)).toEqual([1, 2, 3]);
    expect(log.most).toBe(3);
  });

  it('runs one at a time with one lane, and copes with no tasks', async () => {
    const log = newLog();
    expect(await inLanes([tracked(log, 1, 1), tracked(log, 2, 1)], 1)).toEqual([1, 2]);
    expect(log.most).toBe(1);
    expect(await inLanes([], 2)).toEqual([]);
  });

  it('after a failure starts no more tasks, and reports it once the running ones have ended', async () => {
    const log = newLog();
    const tasks = [tracked(log, 0, 40), tracked(log, 1, 5, true), tracked(log, 2, 5), tracked(log, 3, 5)];
    await expect(inLanes(tasks, 2)).rejects.toThrow('task 1 failed');
    expect(log.events).toEqual(['start 0', 'start 1', 'end 1', 'end 0']);
  });
});
