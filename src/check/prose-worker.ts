/**
 * Worker thread of the prose pool: takes batch after batch of files, renders them and reports
 * each batch, until no file is left or the pool says stop. Run by Node as is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FILES_PER_BATCH, NEXT_FILE, renderersFor, renderToFile, STOP, type WorkerReport, type WorkerTask } from './prose-pool.ts';

const { jobs, labels, shared, current, worker } = workerData as WorkerTask;
const flags = new Int32Array(shared);
const renderer = renderersFor(labels);
const report = (message: WorkerReport): void => parentPort?.postMessage(message);

for (;;) {
  if (Atomics.load(flags, STOP) === 1) break;
  const start = Atomics.add(flags, NEXT_FILE, FILES_PER_BATCH);
  if (start >= jobs.length) break;
  Atomics.store(new Int32Array(current), worker, start);
  try {
    report({ start, written: jobs.slice(start, start + FILES_PER_BATCH).map((job) => renderToFile(renderer, job)) });
  } catch (error) {
    // A file that cannot be read (removed meanwhile, say) fails the build with its own error.
    report({ start, error: error instanceof Error ? error.message : String(error) });
    Atomics.store(flags, STOP, 1);
    break;
  }
}
