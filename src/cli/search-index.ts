/**
 * `node src/cli/search-index.ts`: indexes the built site for search with Pagefind; `npm run
 * build` runs it once `astro build` has ended. It is a step of its own, not an Astro hook, so
 * that Astro's memory is given back before Pagefind takes its share: at 10,000 items the two
 * together held 5 GB, each alone under 2.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inLanes } from '../lib/lanes.ts';
import { BUNDLE_LIST, INDEX_FOLDER, languageIndexFolder, pagesToIndex, searchBundles } from '../lib/search-bundles.ts';
import { cacheDirOf } from '../build/cache-dir.ts';
import { searchListFile, translatedSearchListFile, writeSearchList } from '../build/site-pages.ts';

// Pagefind's own command line: the same index as its Node API, in three quarters of the time
// (24 s against 32 s for 10,000 pages), since it reads and indexes the pages in one pass. The
// package exports only its Node API, so its command is found where npm installs it.
const PAGEFIND_CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/pagefind/lib/runner/bin.cjs');

const PAGEFIND_VERSION = (
  JSON.parse(fs.readFileSync(path.join(path.dirname(PAGEFIND_CLI), '../../package.json'), 'utf8')) as { version: string }
).version;

// Words every page of a kind repeats: they would match every search and crowd the excerpts.
const OPTIONS = ['.sample-banner', '.breadcrumb', '[data-print]'].flatMap((selector) => ['--exclude-selectors', selector]);

/**
 * Pagefind processes at work at once. One reads pages on about one core, and holds about
 * 0.45 MB per page of its bundle until it has written the index; two bundles of up to 1,800
 * pages side by side keep both cores busy within 1.6 GB.
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
 * The indexes of an earlier run, each in a folder named by the digest of what it was made from,
 * kept in the build's cache folder. A run takes what it can from there and leaves there only
 * what it made or took: the cache holds one site's index, never more.
 */
interface IndexCache {
  dir: string;
  /** The digests this run made or took. */
  used: Set<string>;
}

/**
 * What a bundle's index is made from: Pagefind's version and options, the language, and each
 * page's name and bytes. Pagefind writes the same index for the same pages, whatever the folder
 * it writes to, so an equal digest gives the index an indexing would give.
 */
function bundleDigest(siteDir: string, files: readonly string[], language: string): string {
  const hash = createHash('sha256').update(JSON.stringify([PAGEFIND_VERSION, OPTIONS, language]));
  for (const file of files) hash.update(`\0${file}\0`).update(fs.readFileSync(path.join(siteDir, file)));
  return hash.digest('hex');
}

/**
 * `indexBundle`, or the index an earlier run made of the same pages, copied from `cache`. A
 * new index is copied there under a scratch name first, then renamed, so that a run stopped
 * halfway leaves nothing that looks whole.
 */
async function indexBundleOnce(
  siteDir: string,
  files: string[],
  scratch: string,
  output: string,
  cache: IndexCache,
): Promise<{ pages: number; reused: boolean }> {
  const digest = bundleDigest(siteDir, files, 'vi');
  const kept = path.join(cache.dir, digest);
  cache.used.add(digest);
  if (fs.existsSync(kept)) {
    fs.cpSync(path.join(kept, 'index'), output, { recursive: true });
    return { pages: Number(fs.readFileSync(path.join(kept, 'pages'), 'utf8')), reused: true };
  }
  const pages = await indexBundle(siteDir, files, scratch, output);
  const making = `${kept}.partial`;
  fs.rmSync(making, { recursive: true, force: true });
  fs.cpSync(output, path.join(making, 'index'), { recursive: true });
  fs.writeFileSync(path.join(making, 'pages'), String(pages));
  fs.renameSync(making, kept);
  return { pages, reused: false };
}

/** Empties the cache of everything this run neither made nor took. */
function pruneIndexCache(cache: IndexCache): void {
  for (const name of fs.readdirSync(cache.dir)) {
    if (!cache.used.has(name)) fs.rmSync(path.join(cache.dir, name), { recursive: true, force: true });
  }
}

export interface IndexOptions {
  /** The pages marked for search (files such as `van-ban/x/index.html`); every page when none is. */
  marked?: ReadonlySet<string>;
  pagesPerBundle?: number | undefined;
  /** Each translated language's pages, by its code. */
  translated?: Readonly<Record<string, readonly string[]>>;
  /** Where the bundles' indexes are kept for the next run; none kept without it. */
  cacheDir?: string;
}

/**
 * Indexes the built site in `siteDir`. A large site is indexed as several bundles (`pagefind/`,
 * `pagefind-2/`, …), INDEXING_LANES at a time, and the search page merges them; a bundle whose
 * pages are the same, byte for byte, as at the last run is copied from `cacheDir` instead. The
 * split depends on the pages only, so every machine builds the same bytes. The pages of each
 * translated language are indexed apart, in that language, into `ban-dich/<code>/pagefind/`,
 * which that language's search page reads.
 */
export async function runPagefind(
  siteDir: string,
  { marked, pagesPerBundle, translated = {}, cacheDir }: IndexOptions = {},
): Promise<{ pages: number; bundles: number; reused: number }> {
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
  const cache = cacheDir === undefined ? undefined : { dir: cacheDir, used: new Set<string>() };
  if (cache) fs.mkdirSync(cache.dir, { recursive: true });
  // With translations beside them, the Vietnamese pages are indexed from a folder of their own:
  // Pagefind would otherwise read every marked page of the site, the translations among them.
  // A site of one bundle is indexed whole each time: it takes a few seconds.
  if (bundles.length === 1 && translatedFiles.size === 0) {
    const pages = await pagefind(['--site', siteDir]);
    fs.writeFileSync(path.join(siteDir, 'pagefind', BUNDLE_LIST), '[]\n');
    if (cache) pruneIndexCache(cache);
    return { pages: pages + translatedPages, bundles: 1, reused: 0 };
  }
  const bundleDir = (i: number): string => (i === 0 ? 'pagefind' : `pagefind-${i + 1}`);
  const scratchOf = (i: number): string => path.join(siteDir, `.search-bundle-${i + 1}`);
  const made = await inLanes(
    bundles.map((files, i) => async () => {
      const output = path.join(siteDir, bundleDir(i));
      return cache
        ? indexBundleOnce(siteDir, files, scratchOf(i), output, cache)
        : { pages: await indexBundle(siteDir, files, scratchOf(i), output), reused: false };
    }),
    INDEXING_LANES,
  );
  if (cache) pruneIndexCache(cache);
  const others = bundles.slice(1).map((_, i) => `/${bundleDir(i + 1)}/`);
  fs.writeFileSync(path.join(siteDir, 'pagefind', BUNDLE_LIST), `${JSON.stringify(others)}\n`);
  return {
    pages: made.reduce((sum, bundle) => sum + bundle.pages, translatedPages),
    bundles: bundles.length,
    reused: made.filter((bundle) => bundle.reused).length,
  };
}

if (import.meta.main) {
  // The folders astro.config.mjs builds into and keeps its cache in, from the project's root as
  // Astro reads them; tests set a small bundle size to see several bundles.
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
    const { pages, bundles, reused } = await runPagefind(siteDir, {
      marked: new Set(listed.map(fileOfPage)),
      pagesPerBundle: Number(process.env.SEARCH_PAGES_PER_BUNDLE) || undefined,
      translated: Object.fromEntries(Object.entries(translated).map(([code, pathnames]) => [code, pathnames.map(fileOfPage)])),
      cacheDir: path.join(cacheDirOf(root), 'search-index'),
    });
    // Kept beside the index it made, for the next run over this site.
    writeSearchList(siteDir, listed, translated);
    const parts =
      bundles > 1 ? `; ${bundles} phần, ${reused} phần giữ từ lần trước (${bundles} bundles, ${reused} kept from the last run)` : '';
    console.log(`Đã lập chỉ mục tìm kiếm / search index built: ${pages} trang (pages)${parts}.`);
  } catch (cause) {
    const output = cause as { stdout?: string; stderr?: string; message?: string };
    console.error(`${output.stdout ?? ''}\n${output.stderr ?? output.message ?? ''}`);
    console.error('Không lập được chỉ mục tìm kiếm / could not build the search index');
    process.exit(1);
  }
}
