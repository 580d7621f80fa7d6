import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';
import { BUNDLE_LIST, searchBundles } from '../lib/search-bundles';

// Pagefind's own command line: the same index as its Node API, in three quarters of the time
// (24 s against 32 s for 10,000 pages), since it reads and indexes the pages in one pass. The
// package exports only its Node API, so its command is found where npm installs it.
const PAGEFIND_CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/pagefind/lib/runner/bin.cjs');

const OPTIONS = [
  '--force-language',
  'vi',
  // Words every page of a kind repeats: they would match every search and crowd the excerpts.
  ...['.sample-banner', '.breadcrumb', '[data-print]'].flatMap((selector) => ['--exclude-selectors', selector]),
];

async function pagefind(args: string[]): Promise<number> {
  const { stdout } = await promisify(execFile)(process.execPath, [PAGEFIND_CLI, ...args, ...OPTIONS], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return Number(/Indexed (\d+) pages?/.exec(stdout)?.[1] ?? Number.NaN);
}

/** A hard link costs nothing; a file system without them gets a copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

function htmlFiles(siteDir: string): string[] {
  return (fs.readdirSync(siteDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/**
 * Indexes the built site in `siteDir`; returns the number of pages indexed. Pagefind indexes
 * on about one core, so a large site is indexed as several bundles side by side (`pagefind/`,
 * `pagefind-2/`, …), each from a folder of hard links to its share of the pages, and the search
 * page merges them: at 10,000 items that takes 19 s instead of 25 within the build, and a search
 * fetches 7 % more. The split depends on the pages only, so every machine builds the same bytes.
 */
export async function runPagefind(siteDir: string, pagesPerBundle?: number): Promise<number> {
  const bundles = searchBundles(htmlFiles(siteDir), pagesPerBundle);
  const extra = bundles.slice(1).map((_, i) => `/pagefind-${i + 2}/`);
  if (bundles.length === 1) {
    const pages = await pagefind(['--site', siteDir]);
    fs.writeFileSync(path.join(siteDir, 'pagefind', BUNDLE_LIST), '[]\n');
    return pages;
  }
  const scratch = bundles.map((_, i) => path.join(siteDir, `.search-bundle-${i + 1}`));
  try {
    const counts = await Promise.all(
      bundles.map(async (files, i) => {
        const dir = scratch[i] as string;
        for (const file of files) {
          fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
          linkOrCopy(path.join(siteDir, file), path.join(dir, file));
        }
        const output = path.join(siteDir, i === 0 ? 'pagefind' : `pagefind-${i + 1}`);
        return pagefind(['--site', dir, '--output-path', output]);
      }),
    );
    fs.writeFileSync(path.join(siteDir, 'pagefind', BUNDLE_LIST), `${JSON.stringify(extra)}\n`);
    return counts.reduce((sum, count) => sum + count, 0);
  } finally {
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds the search index over the finished pages; only `<main data-pagefind-body>` is indexed. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          // Tests set a small bundle size to build a small site in several bundles.
          const pages = await runPagefind(fileURLToPath(dir), Number(process.env.SEARCH_PAGES_PER_BUNDLE) || undefined);
          logger.info(`Đã lập chỉ mục tìm kiếm / search index built: ${pages} trang (pages).`);
        } catch (cause) {
          const output = cause as { stdout?: string; stderr?: string };
          logger.error(`${output.stdout ?? ''}\n${output.stderr ?? ''}`);
          throw new Error('Không lập được chỉ mục tìm kiếm / could not build the search index', { cause });
        }
      },
    },
  };
}
