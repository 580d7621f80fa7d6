import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createProseRenderer, type ProseFault, type ProseHeading, type ProseLabels, type ProseResult } from '../lib/prose.ts';
import { digestOf, proseOf, readSourceText } from './source-text.ts';

export interface ProseJob {
  /** The content file: read and rendered where the job runs. */
  file: string;
  /** Where the HTML is written; beside it, `.json` keeps the digest it was rendered from and its headings. */
  htmlFile: string;
  /** Levels to move the headings down by (see ProseOptions). */
  headingShift?: number;
}

/**
 * What comes back of a rendered file: its HTML stays in `htmlFile`, out of memory and out of the
 * content store. `digest` is that of the text rendered, to tell whether the file has changed since.
 */
export type WrittenProse = { digest: string } & ({ ok: true; headings: ProseHeading[] } | { ok: false; faults: ProseFault[] });

type Render = (source: string, filePath: string) => ProseResult;

/** One renderer for each heading shift, built when first needed. */
export function renderersFor(labels: ProseLabels): (headingShift: number) => Render {
  const renderers = new Map<number, Render>();
  return (headingShift) => {
    const known = renderers.get(headingShift);
    if (known) return known;
    const made = createProseRenderer({ labels, headingShift });
    renderers.set(headingShift, made);
    return made;
  };
}

interface RenderedMeta {
  digest: string;
  headings: ProseHeading[];
}

const metaFileOf = (htmlFile: string): string => htmlFile.replace(/\.html$/, '.json');

/** The headings of the HTML already rendered from this very text, if it is still there. */
function renderedBefore(job: ProseJob, digest: string): ProseHeading[] | undefined {
  try {
    const meta = JSON.parse(fs.readFileSync(metaFileOf(job.htmlFile), 'utf8')) as RenderedMeta;
    return meta.digest === digest && fs.existsSync(job.htmlFile) ? meta.headings : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads one file and renders its prose, unless the HTML of this very text is already there from an
 * earlier build. Shared by the worker threads and the in-process path.
 */
export function renderToFile(renderer: (headingShift: number) => Render, job: ProseJob): WrittenProse {
  const text = readSourceText(job.file);
  const digest = digestOf(text);
  const headings = renderedBefore(job, digest);
  if (headings) return { digest, ok: true, headings };
  const result = renderer(job.headingShift ?? 0)(proseOf(text), job.file);
  if (!result.ok) return { digest, ...result };
  fs.mkdirSync(path.dirname(job.htmlFile), { recursive: true });
  fs.writeFileSync(job.htmlFile, result.html);
  fs.writeFileSync(metaFileOf(job.htmlFile), JSON.stringify({ digest, headings: result.headings } satisfies RenderedMeta));
  return { digest, ok: true, headings: result.headings };
}

/** Below this many files a worker's start-up costs more than it saves. */
const FILES_PER_WORKER = 200;
/** Files a worker takes at a time: enough to be worth the message, few enough that its memory stays small. */
export const FILES_PER_BATCH = 50;
// Built from this file's own path rather than `new URL(…, import.meta.url)`, which Vite
// would take for an asset to copy into the site.
const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'prose-worker.ts');

/** Slots of the array the workers share: the next file to take, and whether to stop taking. */
export const NEXT_FILE = 0;
export const STOP = 1;

/** What a worker thread is given. */
export interface WorkerTask {
  jobs: ProseJob[];
  labels: ProseLabels;
  /** Int32Array over NEXT_FILE and STOP, shared by all workers. */
  shared: SharedArrayBuffer;
  /** Int32Array: the first file of the batch each worker is rendering, by worker number. */
  current: SharedArrayBuffer;
  worker: number;
}

/** A worker's message: a batch rendered, or the error that stopped it. */
export type WorkerReport = { start: number; written: WrittenProse[] } | { start: number; error: string };

export interface ProseRender {
  /** The files' results, in the jobs' order; rejected once every worker has stopped, if one failed. */
  results: Promise<WrittenProse[]>;
  /** Workers take no more files; the promise then rejects. For a build stopped by other errors. */
  cancel(): void;
}

function describeBatch(jobs: readonly ProseJob[], start: number): string {
  const batch = jobs.slice(start, start + FILES_PER_BATCH);
  if (batch.length === 0) return 'no file';
  return `${batch.length} files, ${batch[0]?.file ?? ''} … ${batch.at(-1)?.file ?? ''}`;
}

/**
 * Renders the prose of `jobs` over the machine's cores: at ten thousand documents Markdown parsing
 * is most of the build, and one thread would leave the other cores idle. The workers read the
 * files and take the next batch by themselves, so the render goes on while the main thread is busy
 * (checking the content, say) and only the small results cross back.
 */
export function renderProse(jobs: readonly ProseJob[], labels: ProseLabels): ProseRender {
  const workers = Math.min(os.availableParallelism(), Math.floor(jobs.length / FILES_PER_WORKER));
  const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const flags = new Int32Array(shared);
  if (workers < 2) {
    // Few files: rendered here and now, so there is nothing left to cancel; a file that cannot be
    // read rejects the results, as it does in a worker.
    const results = new Promise<WrittenProse[]>((resolve) => {
      const renderer = renderersFor(labels);
      resolve(jobs.map((job) => renderToFile(renderer, job)));
    });
    return { results, cancel: () => undefined };
  }
  const current = new SharedArrayBuffer(workers * Int32Array.BYTES_PER_ELEMENT);
  const results = new Array<WrittenProse>(jobs.length);
  let cancelled = false;
  const runWorker = (worker: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const task: WorkerTask = { jobs: jobs as ProseJob[], labels, shared, current, worker };
      // V8's own heap limits: a worker's heap capped at 256 MB collected so often that the render
      // took a fifth more CPU, and the peak memory was the same (0.7 GB for 9,400 documents).
      const thread = new Worker(WORKER_FILE, { workerData: task });
      let failure: Error | undefined;
      thread.on('message', (report: WorkerReport) => {
        if ('error' in report) failure ??= new Error(report.error);
        else results.splice(report.start, report.written.length, ...report.written);
      });
      thread.on('error', (error: Error) => {
        failure ??= error;
      });
      // Settled only once the worker has stopped, so nothing is written after the render has ended.
      thread.on('exit', (code) => {
        if (code !== 0) {
          const start = new Int32Array(current)[worker] ?? 0;
          failure ??= new Error(`prose worker stopped (exit code ${code}) while rendering ${describeBatch(jobs, start)}`);
        }
        if (failure) {
          // After a failure no worker takes more files; the others finish the batch they have.
          Atomics.store(flags, STOP, 1);
          reject(failure);
        } else resolve();
      });
    });
  const all = async (): Promise<WrittenProse[]> => {
    const outcomes = await Promise.allSettled(Array.from({ length: workers }, (_, i) => runWorker(i)));
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
    if (cancelled) throw new Error('prose render cancelled');
    return results;
  };
  return {
    results: all(),
    cancel: () => {
      cancelled = true;
      Atomics.store(flags, STOP, 1);
    },
  };
}
