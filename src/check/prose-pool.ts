import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { createProseRenderer, type ProseFault, type ProseHeading, type ProseLabels, type ProseResult } from '../lib/prose.ts';
import { readSourceText } from './source-text.ts';

export interface ProseJob {
  /** The content file: read, split from its frontmatter and rendered where the job runs. */
  file: string;
  /** Where the HTML is written; only the frontmatter and headings, or the faults, come back. */
  outFile: string;
  /** Levels to move the headings down by (see ProseOptions). */
  headingShift?: number;
}

/** Where Astro's YAML reader (js-yaml) refused a file's frontmatter: its words, and its line in the file. */
export interface FrontmatterError {
  reason: string;
  line?: number;
}

/**
 * What comes back of a rendered file: its HTML stays in `outFile`, out of the content store.
 * `digest` is that of the text rendered, to tell whether the file has changed since.
 */
export type WrittenProse = { digest: string } & (
  | { ok: true; frontmatter: Record<string, unknown>; headings: ProseHeading[] }
  | { ok: false; faults: ProseFault[]; frontmatterError?: FrontmatterError }
);

/** A file's fingerprint: the same text gives the same digest in every thread and every build. */
export function digestOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

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

/** Reads, renders and writes one file. Shared by the worker threads and the in-process path. */
export function renderToFile(renderer: (headingShift: number) => Render, job: ProseJob): WrittenProse {
  const text = readSourceText(job.file);
  const digest = digestOf(text);
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    // Frontmatter blanked line for line, so errors in the prose name the file's own line numbers.
    parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    // One file's YAML, not the render: it is reported with the others, and the rest render on.
    // js-yaml counts lines from the `---` line, the file's first.
    const { reason, mark } = error as { reason?: string; mark?: { line?: number } };
    const frontmatterError = { reason: reason ?? String(error), ...(mark?.line === undefined ? {} : { line: mark.line + 1 }) };
    return { digest, ok: false, faults: [], frontmatterError };
  }
  const result = renderer(job.headingShift ?? 0)(parsed.content, job.file);
  if (!result.ok) return { digest, ...result };
  fs.mkdirSync(path.dirname(job.outFile), { recursive: true });
  fs.writeFileSync(job.outFile, result.html);
  return { digest, ok: true, frontmatter: parsed.frontmatter, headings: result.headings };
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
    // Few files: rendered here and now, so there is nothing left to cancel.
    const run = async (): Promise<WrittenProse[]> => {
      const renderer = renderersFor(labels);
      return jobs.map((job) => renderToFile(renderer, job));
    };
    return { results: run(), cancel: () => undefined };
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
      thread.on('error', (error) => (failure ??= error));
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
