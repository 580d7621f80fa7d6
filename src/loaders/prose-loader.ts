import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { PROSE_LABELS } from '../i18n/markdown';
import { contentDir } from '../lib/paths';
import { buildStoppedMessage, formatReport, type ContentProblem } from '../lib/validation/problems';
import { renderProse, type ProseJob, type WrittenProse } from './prose-pool.ts';

const PROSE_FILE = /\.mdx?$/;

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

/**
 * Renders each file's prose into `outDir` (one HTML file per item) and returns each file's
 * frontmatter and headings, and every problem found in the prose. Files are read as they are
 * rendered: ten thousand documents' text held at once would cost hundreds of megabytes.
 */
export async function renderProseFiles(
  folder: ProseFolder,
  files: ProseFile[],
  outDir: string,
): Promise<{ frontmatter: Record<string, unknown>[]; results: WrittenProse[]; problems: ContentProblem[] }> {
  const frontmatter: Record<string, unknown>[] = [];
  const jobAt = (i: number): ProseJob => {
    const file = files[i] as ProseFile;
    // Frontmatter blanked line for line, so errors in the prose name the file's own line numbers.
    const parsed = parseFrontmatter(fs.readFileSync(file.file, 'utf8'), { frontmatter: 'empty-with-lines' });
    frontmatter[i] = parsed.frontmatter;
    return { source: parsed.content, filePath: file.file, outFile: proseFileOf(outDir, file) };
  };
  const results = await renderProse(files.length, jobAt, { labels: PROSE_LABELS, ...PROSE_FOLDERS[folder] });
  const problems = results.flatMap((result, i) =>
    result.ok
      ? []
      : result.faults.map((fault) => ({ file: path.relative(process.cwd(), files[i]?.file ?? ''), field: '(nội dung)', ...fault })),
  );
  return { frontmatter, results, problems };
}

function proseFileOf(outDir: string, file: ProseFile | undefined): string {
  return path.join(outDir, `${file?.id ?? ''}.html`);
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
  const sync = async ({ store, parseData, generateDigest, config }: LoaderContext): Promise<ContentProblem[]> => {
    const root = fileURLToPath(config.root);
    const outDir = path.join(fileURLToPath(config.cacheDir), 'prose', folder);
    const files = proseFiles(folder).map((f) => ({ ...f, digest: generateDigest(fs.readFileSync(f.file, 'utf8')) }));
    const changed = files.filter((f) => store.get(f.id)?.digest !== f.digest || !fs.existsSync(proseFileOf(outDir, f)));
    const { frontmatter, results, problems } = await renderProseFiles(folder, changed, outDir);
    for (const [i, entry] of changed.entries()) {
      const result = results[i];
      const data = frontmatter[i] ?? {};
      if (!result?.ok) continue;
      store.set({
        id: entry.id,
        data: await parseData({ id: entry.id, data, filePath: entry.file }),
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
