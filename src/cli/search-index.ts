/**
 * `node src/cli/search-index.ts`: indexes the built site for search with Pagefind; `npm run
 * build` runs it once `astro build` has ended. It is a step of its own, not an Astro hook, so
 * that Astro's memory is given back before Pagefind takes its share: at 10,000 items the two
 * together held 5 GB, each alone under 2.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inLanes } from '../lib/lanes.ts';
import { BUNDLE_LIST, INDEX_FOLDER, languageIndexFolder, pagesToIndex, searchBundles } from '../lib/search-bundles.ts';
import { searchListFile, translatedSearchListFile, writeSearchList } from '../build/site-pages.ts';

// Pagefind's own command line: the same index as its Node API, in three quarters of the time
// (24 s against 32 s for 10,000 pages), since it reads and indexes the pages in one pass. The
// package exports only its Node API, so its command is found where npm installs it.
const PAGEFIND_CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/pagefind/lib/runner/bin.cjs');

// Words every page of a kind repeats: they would match every search and crowd the excerpts.
const OPTIONS = ['.sample-banner', '.breadcrumb', '[data-print]'].flatMap((selector) => ['--exclude-selectors', selector]);

/**
 * Pagefind processes at work at once. One reads pages on about one core, and holds about
 * 0.35 MB per page of its bundle until it has written the index; two bundles of 2,000 pages
 * side by side keep both cores busy within 1.5 GB.
 */
const INDEXING_LANES = Math.min(2, os.availableParallelism());

/**
 * Runs Pagefind over `args`' site with every page read as `language`: the Vietnamese pages as
 * Vietnamese, each translated language's pages in an index of their own.
 */
async function pagefind(args: string[], language = 'vi'): Promise<number> {
  const { stdout } = await promisify(execFile)(process.execPath, [PAGEFIND_CLI, ...args, '--force-language', language, ...OPTIONS], {
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

/** Output of an earlier run: bundles of a larger site, or the scratch folders of one that was stopped. */
const isIndexOutput = (name: string): boolean => INDEX_FOLDER.test(name) || /^\.search-bundle-[\w-]+$/.test(name);

/** `/van-ban/x/` → `van-ban/x/index.html`: a page's address as the file the build wrote it to. */
const fileOfPage = (pathname: string): string => `${pathname.replace(/^\//, '')}index.html`;

/** The addresses of the pages the build marked for search, as it listed them for this step (src/build/site-pages.ts). */
function listedForSearch(siteDir: string): string[] {
  const list = searchListFile(siteDir);
  if (!fs.existsSync(list)) {
    throw new Error(
      `Không thấy danh sách trang cần lập chỉ mục (${list}): hãy chạy npm run build. / No list of pages to index (${list}): run npm run build.`,
    );
  }
  return JSON.parse(fs.readFileSync(list, 'utf8')) as string[];
}

/** The translated pages of each language, as the build listed them; none from a build of before they were listed. */
function listedTranslations(siteDir: string): Record<string, string[]> {
  const list = translatedSearchListFile(siteDir);
  return fs.existsSync(list) ? (JSON.parse(fs.readFileSync(list, 'utf8')) as Record<string, string[]>) : {};
}

function htmlFiles(siteDir: string): string[] {
  return (fs.readdirSync(siteDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** Indexes one bundle's pages, from a folder of hard links to them, into `output`. */
async function indexBundle(siteDir: string, files: string[], scratch: string, output: string, language = 'vi'): Promise<number> {
  try {
    for (const file of files) {
      fs.mkdirSync(path.join(scratch, path.dirname(file)), { recursive: true });
      linkOrCopy(path.join(siteDir, file), path.join(scratch, file));
    }
    return await pagefind(['--site', scratch, '--output-path', output], language);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Indexes the built site in `siteDir`, the pages in `marked` (files such as `van-ban/x/index.html`),
 * or every page when none is marked; returns the number of pages indexed. A large site is
 * indexed as several bundles (`pagefind/`, `pagefind-2/`, …), INDEXING_LANES at a time, and the
 * search page merges them. The split depends on the pages only, so every machine builds the
 * same bytes. The pages of each translated language in `translated` (by code) are indexed apart,
 * in that language, into `ban-dich/<code>/pagefind/`, which that language's search page reads.
 */
export async function runPagefind(
  siteDir: string,
  marked?: ReadonlySet<string>,
  pagesPerBundle?: number,
  translated: Readonly<Record<string, readonly string[]>> = {},
): Promise<number> {
  for (const name of fs.readdirSync(siteDir)) {
    if (isIndexOutput(name)) fs.rmSync(path.join(siteDir, name), { recursive: true, force: true });
  }
  const translatedFiles = new Set(Object.values(translated).flat());
  const bundles = searchBundles(
    pagesToIndex(
      htmlFiles(siteDir).filter((file) => !translatedFiles.has(file)),
      (file) => marked?.has(file) ?? false,
    ),
    pagesPerBundle,
  );
  const languages = await inLanes(
    Object.entries(translated).map(([code, files]) => async () => {
      const output = path.join(siteDir, languageIndexFolder(code));
      fs.rmSync(output, { recursive: true, force: true });
      const pages = await indexBundle(siteDir, [...files], path.join(siteDir, `.search-bundle-${code}`), output, code);
      fs.writeFileSync(path.join(output, BUNDLE_LIST), '[]\n');
      return pages;
    }),
    INDEXING_LANES,
  );
  const translatedPages = languages.reduce((sum, count) => sum + count, 0);
  // With translations beside them, the Vietnamese pages are indexed from a folder of their own:
  // Pagefind would otherwise read every marked page of the site, the translations among them.
  if (bundles.length === 1 && translatedFiles.size === 0) {
    const pages = await pagefind(['--site', siteDir]);
    fs.writeFileSync(path.join(siteDir, 'pagefind', BUNDLE_LIST), '[]\n');
    return pages + translatedPages;
  }
  const bundleDir = (i: number): string => (i === 0 ? 'pagefind' : `pagefind-${i + 1}`);
  const counts = await inLanes(
    bundles.map(
      (files, i) => () => indexBundle(siteDir, files, path.join(siteDir, `.search-bundle-${i + 1}`), path.join(siteDir, bundleDir(i))),
    ),
    INDEXING_LANES,
  );
  const others = bundles.slice(1).map((_, i) => `/${bundleDir(i + 1)}/`);
  fs.writeFileSync(path.join(siteDir, 'pagefind', BUNDLE_LIST), `${JSON.stringify(others)}\n`);
  return counts.reduce((sum, count) => sum + count, translatedPages);
}

if (import.meta.main) {
  // The folder astro.config.mjs builds into, from the project's root as Astro reads it; tests set
  // a small bundle size to see several bundles.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const siteDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
  if (!fs.existsSync(path.join(siteDir, 'index.html'))) {
    console.error(
      `Chưa có trang nào để lập chỉ mục ở ${siteDir}: hãy chạy astro build trước. / No built site in ${siteDir}: run astro build first.`,
    );
    process.exit(1);
  }
  try {
    const listed = listedForSearch(siteDir);
    const translated = listedTranslations(siteDir);
    const pages = await runPagefind(
      siteDir,
      new Set(listed.map(fileOfPage)),
      Number(process.env.SEARCH_PAGES_PER_BUNDLE) || undefined,
      Object.fromEntries(Object.entries(translated).map(([code, pathnames]) => [code, pathnames.map(fileOfPage)])),
    );
    // Kept beside the index it made, for the next run over this site.
    writeSearchList(siteDir, listed, translated);
    console.log(`Đã lập chỉ mục tìm kiếm / search index built: ${pages} trang (pages).`);
  } catch (cause) {
    const output = cause as { stdout?: string; stderr?: string; message?: string };
    console.error(`${output.stdout ?? ''}\n${output.stderr ?? output.message ?? ''}`);
    console.error('Không lập được chỉ mục tìm kiếm / could not build the search index');
    process.exit(1);
  }
}
