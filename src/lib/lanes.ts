/**
 * Runs `tasks` at most `lanes` at a time, each lane taking the next task as soon as its last one
 * ends; the results come back in the tasks' order. For work whose memory grows with how much runs
 * at once, such as indexing the site's search bundles.
 */
export async function inLanes<T>(tasks: readonly (() => Promise<T>)[], lanes: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && next < tasks.length) {
      const index = next++;
      try {
        results[index] = await (tasks[index] as () => Promise<T>)();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // After a failure no task starts, and the first failure is thrown only once the tasks running
  // have ended, so that nothing is still at work (writing files, say) when it is reported.
  const outcomes = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(lanes, tasks.length)) }, lane));
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
}
