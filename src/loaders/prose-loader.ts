import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { PROSE_LABELS } from '../i18n/markdown';
import { contentDir } from '../lib/paths';
import type { ProseResult } from '../lib/prose';
import { buildStoppedMessage, formatReport, type ContentProblem } from '../lib/validation/problems';
import { renderProse } from './prose-pool.ts';

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
  contents: string;
}

/** The Markdown/MDX files of one content folder, in file-name order. */
export function proseFiles(folder: ProseFolder): ProseFile[] {
  const dir = path.join(contentDir(), folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => PROSE_FILE.test(name))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { id: name.replace(PROSE_FILE, ''), file, contents: fs.readFileSync(file, 'utf8') };
    });
}

/** Each file's frontmatter, prose and rendering, and every problem found in the prose. */
export async function renderProseFiles(
  folder: ProseFolder,
  files: ProseFile[],
): Promise<{ frontmatter: Record<string, unknown>[]; bodies: string[]; results: ProseResult[]; problems: ContentProblem[] }> {
  // Frontmatter blanked line for line, so errors in the prose name the file's own line numbers.
  const parsed = files.map((f) => parseFrontmatter(f.contents, { frontmatter: 'empty-with-lines' }));
  const results = await renderProse(
    parsed.map(({ content }, i) => ({ source: content, filePath: files[i]?.file ?? '' })),
    { labels: PROSE_LABELS, ...PROSE_FOLDERS[folder] },
  );
  const problems = results.flatMap((result, i) =>
    result.ok
      ? []
      : result.faults.map((fault) => ({ file: path.relative(process.cwd(), files[i]?.file ?? ''), field: '(nội dung)', ...fault })),
  );
  return {
    frontmatter: parsed.map((p) => p.frontmatter),
    bodies: parsed.map((p) => p.content.trimStart()),
    results,
    problems,
  };
}

/**
 * Loads one folder of Markdown/MDX content with its prose rendered to HTML in the content
 * store. Astro's MDX path compiles every file into a JavaScript module for the bundler, which
 * at ten thousand documents takes minutes and gigabytes; content here is prose, not code,
 * so it is rendered once, in parallel, and kept between builds until the file changes.
 */
export function proseLoader(folder: ProseFolder): Loader {
  return {
    name: 'prose-loader',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const root = path.resolve(config.root.pathname);
      const files = proseFiles(folder).map((f) => ({ ...f, digest: generateDigest(f.contents) }));
      const changed = files.filter((f) => store.get(f.id)?.digest !== f.digest);
      const { frontmatter, bodies, results, problems } = await renderProseFiles(folder, changed);
      if (problems.length > 0) {
        logger.error(`\n${formatReport(problems)}\n`);
        throw new Error(buildStoppedMessage(problems.length));
      }

      for (const [i, entry] of changed.entries()) {
        const result = results[i];
        const data = frontmatter[i] ?? {};
        if (!result?.ok) continue;
        store.set({
          id: entry.id,
          data: await parseData({ id: entry.id, data, filePath: entry.file }),
          body: bodies[i],
          filePath: path.relative(root, entry.file).split(path.sep).join('/'),
          digest: entry.digest,
          rendered: { html: result.html, metadata: { headings: result.headings, frontmatter: data } },
        });
      }
      const present = new Set(files.map((f) => f.id));
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
    },
  };
}
