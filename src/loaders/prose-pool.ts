import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createProseRenderer, type ProseOptions, type ProseResult } from '../lib/prose.ts';

export interface ProseJob {
  source: string;
  filePath: string;
}

/** Below this many files a worker's start-up costs more than it saves. */
const FILES_PER_WORKER = 200;

// Built from this file's own path rather than `new URL(…, import.meta.url)`, which Vite
// would take for an asset to copy into the site.
const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'prose-worker.ts');

function renderInWorker(jobs: ProseJob[], options: ProseOptions): Promise<ProseResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: options });
    worker.once('message', (results: ProseResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(jobs);
  });
}

/**
 * Renders every file's prose, spread over the machine's cores: at ten thousand documents
 * Markdown parsing is most of the build, and one thread would leave the other cores idle.
 */
export async function renderProse(jobs: ProseJob[], options: ProseOptions): Promise<ProseResult[]> {
  const workers = Math.min(os.availableParallelism(), Math.floor(jobs.length / FILES_PER_WORKER));
  if (workers < 2) {
    const render = createProseRenderer(options);
    return jobs.map((job) => render(job.source, job.filePath));
  }
  const size = Math.ceil(jobs.length / workers);
  const slices = Array.from({ length: workers }, (_, i) => jobs.slice(i * size, (i + 1) * size));
  return (await Promise.all(slices.map((slice) => renderInWorker(slice, options)))).flat();
}
