import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { PROSE_LABELS } from '../messages/prose-labels';
import { contentDir, PROSE_FILE } from '../check/paths';
import { readSourceText } from '../check/source-text';
import { parseFrontmatter as readFrontmatter } from '../check/frontmatter';
import { mdxSyntaxProblem, type MdxSyntaxProblem } from '../check/mdx-syntax';
import type { ProseFault } from '../lib/prose';
import { buildStoppedMessage, formatReport } from '../messages/problems';
import type { ContentProblem } from '../vocabulary/problems';
import { digestOf, renderProse, type FrontmatterError, type ProseJob, type WrittenProse } from '../check/prose-pool.ts';

/** The folders of prose content, with how each is rendered. */
export const PROSE_FOLDERS = {
  documents: {},
  pages: {},
  // Shown under a heading of the page's own, so the draft's `##` is an <h3>.
  consultations: { headingShift: 1 },
  dialogues: {},
} as const satisfies Record<string, { headingShift?: number }>;

export type ProseFolder = keyof typeof PROSE_FOLDERS;

interface ProseFile {
  /** The file name without extension: the item's address. */
  id: string;
  file: string;
}

/** The Markdown/MDX files of one content folder, in file-name order. */
export function proseFiles(folder: ProseFolder): ProseFile[] {
  const dir = path.join(contentDir(), folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => PROSE_FILE.test(name))
    .sort()
    .map((name) => ({ id: name.replace(PROSE_FILE, ''), file: path.join(dir, name) }));
}

/** Where the rendered HTML of a folder's files is kept between builds. */
function proseDirOf(cacheDir: string, folder: ProseFolder): string {
  return path.join(cacheDir, 'prose', folder);
}

function proseFileOf(outDir: string, file: ProseFile): string {
  return path.join(outDir, `${file.id}.html`);
}

function jobsOf(folder: ProseFolder, files: readonly ProseFile[], outDir: string): ProseJob[] {
  return files.map((file) => ({ file: file.file, outFile: proseFileOf(outDir, file), ...PROSE_FOLDERS[folder] }));
}

/**
 * The problem of a file whose frontmatter Astro's reader (js-yaml) refused, as the content check
 * states it: the check reads the same frontmatter and says what to change on which line.
 */
function frontmatterProblem(file: string, text: string, error: FrontmatterError): ContentProblem {
  const checked = readFrontmatter(file, text);
  if (!checked.ok) return checked.problem;
  // The check's parser reads what js-yaml refuses (no such text is known): js-yaml's own words.
  return {
    file,
    ...(error.line !== undefined ? { line: error.line } : {}),
    field: '(YAML)',
    found: error.line === undefined ? undefined : text.split(/\r?\n/)[error.line - 1],
    code: 'yaml.astroRefused',
    params: { reason: error.reason },
  };
}

/** The MDX parser's fault read as the mistake it is, where mdxSyntaxProblem knows its message. */
function withHint(fault: ProseFault, lines: readonly string[]): ProseFault | (MdxSyntaxProblem & { line?: number }) {
  if (fault.code !== 'mdx.syntax') return fault;
  // A tag left open at the end of a block comes without a line; its message still names it: "(3:1-3:5)".
  const named = /\((\d+):\d+-\d+:\d+\)/.exec(fault.found)?.[1];
  const line = fault.line ?? (named === undefined ? undefined : Number(named));
  const hint = mdxSyntaxProblem(fault.found, line === undefined ? '' : (lines[line - 1] ?? ''));
  return hint ? { ...(line !== undefined ? { line } : {}), ...hint } : fault;
}

/**
 * The problems of the files that did not render, worded here, on the main thread: the YAML and
 * MDX explanations load parsers and tables the render's worker threads need not carry, and which
 * made them collect garbage four times as long.
 */
function problemsOf(files: readonly ProseFile[], results: readonly WrittenProse[]): ContentProblem[] {
  return results.flatMap((result, i) => {
    if (result.ok) return [];
    const source = files[i]?.file ?? '';
    // Named as the content check names files, so that `npm run check` can tell a problem both found.
    const file = path.relative(process.cwd(), source).split(path.sep).join('/');
    const text = readSourceText(source);
    if (result.frontmatterError) return [frontmatterProblem(file, text, result.frontmatterError)];
    const lines = text.split(/\r?\n/);
    return result.faults.map((fault) => ({ file, field: '(nội dung)', ...withHint(fault, lines) }));
  });
}

/**
 * Renders each file's prose into `outDir` (one HTML file per item) and returns each file's
 * frontmatter and headings, and every problem found in the prose.
 */
export async function renderProseFiles(
  folder: ProseFolder,
  files: ProseFile[],
  outDir: string,
): Promise<{ results: WrittenProse[]; problems: ContentProblem[] }> {
  const results = await renderProse(jobsOf(folder, files, outDir), PROSE_LABELS).results;
  return { results, problems: problemsOf(files, results) };
}

/**
 * The render started by renderProseAhead. Kept on the global object: Astro loads the config's
 * integrations and the content loaders as separate module graphs, each with its own copy of this file.
 */
const AHEAD = Symbol.for('minh-bach-xa.prose-ahead');
type RenderedAhead = Promise<Map<string, WrittenProse>>;
const ahead = globalThis as { [AHEAD]?: RenderedAhead };

/**
 * Starts rendering, in worker threads, every prose file that has no HTML in the cache yet, so
 * that it goes on while the content is checked and Astro sets up: on a first build of ten
 * thousand documents, seconds in which one core would wait. The loaders take the results of the
 * files still as they were read; a file edited meanwhile is rendered again.
 */
export function renderProseAhead(cacheDir: string): { cancel(): void } {
  const jobs = (Object.keys(PROSE_FOLDERS) as ProseFolder[]).flatMap((folder) => {
    const outDir = proseDirOf(cacheDir, folder);
    return jobsOf(
      folder,
      proseFiles(folder).filter((file) => !fs.existsSync(proseFileOf(outDir, file))),
      outDir,
    );
  });
  const render = renderProse(jobs, PROSE_LABELS);
  const results = render.results.then((written) => new Map(jobs.map((job, i) => [job.file, written[i] as WrittenProse])));
  // A loader that awaits it reports its failure; after a cancel nothing does.
  results.catch(() => undefined);
  ahead[AHEAD] = results;
  return render;
}

/** Renders the files that changed, taking what renderProseAhead has rendered of them. */
async function renderChanged(
  folder: ProseFolder,
  changed: readonly (ProseFile & { digest: string })[],
  outDir: string,
): Promise<{ results: WrittenProse[]; problems: ContentProblem[] }> {
  const early = (await ahead[AHEAD]) ?? new Map<string, WrittenProse>();
  const isCurrent = (file: ProseFile & { digest: string }): boolean => early.get(file.file)?.digest === file.digest;
  const missing = changed.filter((file) => !isCurrent(file));
  const fresh = await renderProse(jobsOf(folder, missing, outDir), PROSE_LABELS).results;
  const freshByFile = new Map(missing.map((file, i) => [file.file, fresh[i]]));
  const results = changed.map((file) => (freshByFile.get(file.file) ?? early.get(file.file)) as WrittenProse);
  for (const file of changed) early.delete(file.file);
  return { results, problems: problemsOf(changed, results) };
}

/**
 * Loads one folder of Markdown/MDX content, its prose rendered to HTML. Astro's MDX path
 * compiles every file into a JavaScript module for the bundler, which at ten thousand
 * documents takes minutes and gigabytes; content here is prose, not code, so it is rendered
 * once, in parallel, and kept between builds until the file changes.
 *
 * The HTML is written to files beside Astro's content cache, not into the content store:
 * the store is bundled into the build as one module, and ten thousand documents' HTML in
 * it cost seconds and a gigabyte. Entries carry the file's place in `rendered.metadata`,
 * and pages read it with `proseHtml()`; Astro's `render()` would give an empty body.
 */
export function proseLoader(folder: ProseFolder): Loader {
  /** Brings the store up to date with the folder; returns the problems of files left out. */
  const sync = async ({ store, parseData, config }: LoaderContext): Promise<ContentProblem[]> => {
    const root = fileURLToPath(config.root);
    const outDir = proseDirOf(fileURLToPath(config.cacheDir), folder);
    const files = proseFiles(folder).map((f) => ({ ...f, digest: digestOf(readSourceText(f.file)) }));
    const changed = files.filter((f) => store.get(f.id)?.digest !== f.digest || !fs.existsSync(proseFileOf(outDir, f)));
    const { results, problems } = await renderChanged(folder, changed, outDir);
    for (const [i, entry] of changed.entries()) {
      const result = results[i];
      if (!result?.ok) continue;
      store.set({
        id: entry.id,
        data: await parseData({ id: entry.id, data: result.frontmatter, filePath: entry.file }),
        filePath: path.relative(root, entry.file).split(path.sep).join('/'),
        digest: entry.digest,
        rendered: { html: '', metadata: { headings: result.headings, proseFile: proseFileOf(outDir, entry) } },
      });
    }
    const present = new Set(files.map((f) => f.id));
    for (const id of store.keys()) if (!present.has(id)) store.delete(id);
    for (const name of fs.existsSync(outDir) ? fs.readdirSync(outDir) : []) {
      if (!present.has(name.replace(/\.html$/, ''))) fs.rmSync(path.join(outDir, name));
    }
    return problems;
  };

  return {
    name: 'prose-loader',
    load: async (context) => {
      const { logger, watcher } = context;
      const problems = await sync(context);
      if (!watcher) {
        if (problems.length > 0) {
          logger.error(`\n${formatReport(problems)}\n`);
          throw new Error(buildStoppedMessage(problems.length));
        }
        return;
      }
      // `astro dev`: say what is wrong but keep the preview running, and follow edits.
      if (problems.length > 0) logger.warn(`\n${formatReport(problems)}\n`);
      const dir = path.join(contentDir(), folder);
      watcher.add(dir);
      const onEdit = (file: string): void => {
        if (path.dirname(file) !== dir || !PROSE_FILE.test(file)) return;
        sync(context)
          .then((found) => found.length > 0 && logger.warn(`\n${formatReport(found)}\n`))
          .catch((error: unknown) => logger.error(String(error)));
      };
      watcher.on('add', onEdit).on('change', onEdit).on('unlink', onEdit);
    },
  };
}
