import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createProseRenderer, type ProseHeading, type ProseOptions, type ProseResult } from '../lib/prose.ts';

export interface ProseJob {
  source: string;
  filePath: string;
  /** Where the HTML is written; only the headings, or the faults, come back. */
  outFile: string;
}

/** What comes back of a rendered file: its HTML stays in `outFile`, out of the content store. */
export type WrittenProse = { ok: true; headings: ProseHeading[] } | Extract<ProseResult, { ok: false }>;

/** Renders one file and writes its HTML. Shared by the worker threads and the in-process path. */
export function renderToFile(render: (source: string, filePath: string) => ProseResult, job: ProseJob): WrittenProse {
  const result = render(job.source, job.filePath);
  if (!result.ok) return result;
  fs.mkdirSync(path.dirname(job.outFile), { recursive: true });
  fs.writeFileSync(job.outFile, result.html);
  return { ok: true, headings: result.headings };
}

/** Below this many files a worker's start-up costs more than it saves. */
const FILES_PER_WORKER = 200;

// Built from this file's own path rather than `new URL(…, import.meta.url)`, which Vite
// would take for an asset to copy into the site.
const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'prose-worker.ts');

function renderInWorker(jobs: ProseJob[], options: ProseOptions): Promise<WrittenProse[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: options });
    worker.once('message', (results: WrittenProse[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    // A worker that dies without answering (out of memory, say) must fail the build, not hang it.
    worker.once('exit', (code) => reject(new Error(`prose worker stopped (exit code ${code}) before rendering its files`)));
    worker.postMessage(jobs);
  });
}

/**
 * Renders every file's prose, spread over the machine's cores: at ten thousand documents
 * Markdown parsing is most of the build, and one thread would leave the other cores idle.
 */
export async function renderProse(jobs: ProseJob[], options: ProseOptions): Promise<WrittenProse[]> {
  const workers = Math.min(os.availableParallelism(), Math.floor(jobs.length / FILES_PER_WORKER));
  if (workers < 2) {
    const render = createProseRenderer(options);
    return jobs.map((job) => renderToFile(render, job));
  }
  const size = Math.ceil(jobs.length / workers);
  const slices = Array.from({ length: workers }, (_, i) => jobs.slice(i * size, (i + 1) * size));
  return (await Promise.all(slices.map((slice) => renderInWorker(slice, options)))).flat();
}
