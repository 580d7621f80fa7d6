/**
 * `npm run bench [-- --items N]`: builds a synthetic corpus of N documents (default 10,000)
 * with monthly reception schedules, then prints and saves build time, pages per second,
 * peak memory, output and search-index sizes, the bytes one search downloads, and the
 * overhead against a bare Astro site over the same MDX. Targets are in the README.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { launchBrowser } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { writeCorpus } from './corpus';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = path.join(ROOT, 'tests/.tmp/bench');
const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const items = Number(argument('items') ?? 10_000);

function sizeOf(dir: string): number {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile())
    .reduce((sum, file) => sum + fs.statSync(file).size, 0);
}

/** Runs an Astro build under GNU time; returns wall seconds and the peak resident memory of any process. */
function timedBuild(label: string, root: string, outDir: string, content: string): { seconds: number; peakMiB: number } {
  fs.rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', 'BENCH %e %M', process.execPath, path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      env: {
        ...process.env,
        CONTENT_DIR: content,
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: path.join(WORK, `cache-${label}`),
        ASTRO_TELEMETRY_DISABLED: '1',
        SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 26, 5) / 1000),
      },
    },
  );
  fs.rmSync(path.join(WORK, `cache-${label}`), { recursive: true, force: true });
  const line = result.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (result.status !== 0 || !line) throw new Error(`${label} build failed:\n${result.stdout}\n${result.stderr}`);
  const [, seconds = '0', kib = '0'] = line.split(' ');
  return { seconds: Number(seconds), peakMiB: Math.round(Number(kib) / 1024) };
}

/** Seconds Pagefind takes to index a built folder. */
async function indexSeconds(dir: string): Promise<number> {
  const started = performance.now();
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
    await index?.addDirectory({ path: dir });
    await index?.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  } finally {
    await pagefind.close();
  }
  return Math.round((performance.now() - started) / 100) / 10;
}

/** Bytes the browser fetches from the search index to answer a common query. */
async function searchBytes(dist: string, query: string): Promise<number> {
  const server = await serveStatic(dist);
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/')) bytes += (await response.body()).length;
    });
    await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('.search-result', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await close();
    await server.close();
  }
}

const content = path.join(WORK, 'content');
const dist = path.join(WORK, 'dist');
console.log(`Tạo ${items} văn bản mẫu… / writing ${items} synthetic documents…`);
const { files } = writeCorpus(content, items, ROOT);

const ours = timedBuild('site', ROOT, dist, content);
const pages = (fs.readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
const pagefindBytes = sizeOf(path.join(dist, 'pagefind'));
const distBytes = sizeOf(dist);
const searchDownload = await searchBytes(dist, 'dân vận chính quyền');
const skipBare = process.argv.includes('--skip-bare');
const bareDist = path.join(WORK, 'bare-dist');
const bare = skipBare ? undefined : timedBuild('bare', path.join(ROOT, 'tests/bench/bare'), bareDist, content);
// The bare site is not searchable; indexing it too shows how much of our time is our own pages.
const bareIndexSeconds = bare ? await indexSeconds(bareDist) : undefined;

const results = {
  items,
  contentFiles: files,
  buildSeconds: ours.seconds,
  pages,
  pagesPerSecond: Math.round(pages / ours.seconds),
  peakMemoryMiB: ours.peakMiB,
  distMiB: Math.round((distBytes / 1024 / 1024) * 10) / 10,
  searchIndexMiB: Math.round((pagefindBytes / 1024 / 1024) * 10) / 10,
  searchDownloadKiB: Math.round(searchDownload / 1024),
  bareBuildSeconds: bare?.seconds,
  barePeakMemoryMiB: bare?.peakMiB,
  bareIndexSeconds,
  overheadRatio: bare ? Math.round((ours.seconds / bare.seconds) * 100) / 100 : undefined,
  overheadRatioBothIndexed:
    bare && bareIndexSeconds !== undefined
      ? Math.round((ours.seconds / (bare.seconds + bareIndexSeconds)) * 100) / 100
      : undefined,
  targets: { buildSeconds: 60, peakMemoryMiB: 2048, overheadRatio: 1.3 },
};
fs.mkdirSync(WORK, { recursive: true });
fs.writeFileSync(path.join(WORK, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
for (const [key, value] of Object.entries(results)) {
  if (value !== undefined) console.log(`${key.padEnd(26)} ${JSON.stringify(value)}`);
}
console.log(`Đã lưu / saved: ${path.relative(ROOT, path.join(WORK, 'results.json'))}`);
