import { describe, expect, it } from 'vitest';
import { inLanes } from '../../src/lib/lanes';

/** A task that records how many tasks run while it does, and ends after `ms`. */
function tracked(log: { running: number; most: number }, value: number, ms: number): () => Promise<number> {
  return async () => {
    log.running += 1;
    log.most = Math.max(log.most, log.running);
    await new Promise((resolve) => setTimeout(resolve, ms));
    log.running -= 1;
    return value;
  };
}

describe('inLanes', () => {
  it('never runs more tasks at once than there are lanes, and keeps every lane busy', async () => {
    const log = { running: 0, most: 0 };
    const tasks = [30, 5, 5, 5, 5, 20].map((ms, i) => tracked(log, i, ms));
    expect(await inLanes(tasks, 2)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(log.most).toBe(2);
  });

  it('gives the results in the order of the tasks, not the order they end', async () => {
    const log = { running: 0, most: 0 };
    expect(await inLanes([tracked(log, 1, 25), tracked(log, 2, 1), tracked(log, 3, 10)], 3)).toEqual([1, 2, 3]);
    expect(log.most).toBe(3);
  });

  it('runs one at a time with one lane, and copes with no tasks', async () => {
    const log = { running: 0, most: 0 };
    expect(await inLanes([tracked(log, 1, 1), tracked(log, 2, 1)], 1)).toEqual([1, 2]);
    expect(log.most).toBe(1);
    expect(await inLanes([], 2)).toEqual([]);
  });

  it('fails when a task fails', async () => {
    await expect(inLanes([() => Promise.reject(new Error('bundle 2 failed'))], 2)).rejects.toThrow('bundle 2 failed');
  });
});
