/**
 * Runs `tasks` at most `lanes` at a time, each lane taking the next task as soon as its last one
 * ends; the results come back in the tasks' order. For work whose memory grows with how much runs
 * at once, such as indexing the site's search bundles.
 */
export async function inLanes<T>(tasks: readonly (() => Promise<T>)[], lanes: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, tasks.length)) }, lane));
  return results;
}
