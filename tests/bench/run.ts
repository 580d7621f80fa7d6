/**
 * `npm run bench [-- --items N] [--lengths real|short] [--skip-bare] [--stock-mdx]`: builds a
 * synthetic corpus of N items across every kind (default 10,000; documents as long as real ones,
 * 600 to 2,500 words, unless `--lengths short`), with `npm run build` as a user runs it, then prints and saves build time, pages per second, peak
 * memory of the whole build (every process together), output and search-index sizes, the bytes
 * one search downloads, the time to rebuild after one document changes, and the overhead against
 * a bare Astro site over the same MDX. Method, targets and the latest figures: tests/bench/README.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runPagefind } from '../../src/cli/search-index';
import { launchBrowser } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { corpusShares, writeCorpus, type DocumentLengths } from './corpus';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = path.join(ROOT, 'tests/.tmp/bench');
const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const items = Number(argument('items') ?? 10_000);
const LENGTHS: readonly DocumentLengths[] = ['real', 'short'];
const lengthsArgument = argument('lengths') ?? 'real';
const lengths = LENGTHS.find((choice) => choice === lengthsArgument);
if (lengths === undefined) throw new Error(`--lengths is real or short, not ${lengthsArgument}`);
/** The targets for 10,000 real-sized documents on 2 cores; a search's bytes, for 1,000 documents or fewer, 150 KB. */
const TARGETS = { buildSeconds: 60, peakMemoryMiB: 2048, overheadRatio: 1.2, rebuildSeconds: 15, searchKB: items <= 1000 ? 150 : 300 };
const PAGE_BYTES = 4096;

function sizeOf(dir: string): number {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile())
    .reduce((sum, file) => sum + fs.statSync(file).size, 0);
}

/** Resident bytes of `pid` and all its descendants together, and of each program among them, read from /proc. */
function residentBytes(pid: number): { tree: number; byProgram: Map<string, number> } {
  const children = new Map<number, number[]>();
  const programs = new Map<number, string>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent pid is the 2nd field after the parenthesised command name.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      programs.set(Number(name), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    } catch {
      // The process ended while we looked.
    }
  }
  let tree = 0;
  const byProgram = new Map<string, number>();
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    try {
      const bytes = Number(fs.readFileSync(`/proc/${current}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
      const program = programs.get(current) ?? '?';
      tree += bytes;
      byProgram.set(program, (byProgram.get(program) ?? 0) + bytes);
    } catch {
      // Ended meanwhile.
    }
    queue.push(...(children.get(current) ?? []));
  }
  return { tree, byProgram };
}

/**
 * What the machine itself did meanwhile, read from /proc: CPU time the hypervisor gave to others
 * (steal), CPU time idle while waiting on the disk (iowait), and how long every task was stalled on
 * the disk at once (pressure "full"). A slow run with large figures here was slowed by the machine.
 */
interface MachineCounters {
  stealSeconds: number;
  ioWaitSeconds: number;
  ioStalledSeconds: number;
}

/** USER_HZ, the unit of /proc/stat: 100 on every Linux this runs on. */
const TICKS_PER_SECOND = 100;

function machineCounters(): MachineCounters {
  // cpu  user nice system idle iowait irq softirq steal …
  const cpu = (fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).map(Number);
  const pressure = fs.existsSync('/proc/pressure/io') ? fs.readFileSync('/proc/pressure/io', 'utf8') : '';
  const fullMicroseconds = Number(/^full .*total=(\d+)/m.exec(pressure)?.[1] ?? Number.NaN);
  return {
    stealSeconds: (cpu[8] ?? 0) / TICKS_PER_SECOND,
    ioWaitSeconds: (cpu[5] ?? 0) / TICKS_PER_SECOND,
    ioStalledSeconds: fullMicroseconds / 1e6,
  };
}

/** The counters' growth since `before`, to a tenth of a second. */
function machineSince(before: MachineCounters): MachineCounters {
  const after = machineCounters();
  const delta = (key: keyof MachineCounters): number => Math.round((after[key] - before[key]) * 10) / 10;
  return { stealSeconds: delta('stealSeconds'), ioWaitSeconds: delta('ioWaitSeconds'), ioStalledSeconds: delta('ioStalledSeconds') };
}

/** Seconds since `since` (a performance.now() reading), to a tenth. */
const tenths = (since: number): number => Math.round((performance.now() - since) / 100) / 10;

interface BuildMeasure {
  seconds: number;
  /** The most memory the build's processes held at one time, together (each step's whole process tree). */
  peakMiB: number;
  /** Seconds of each step of `npm run build`: `astro build` (until it says it is complete), then the search index. */
  stepSeconds: number[];
  /** The most memory each program held (MainThread: Astro, then the index step's Node processes; pagefind_extend: Pagefind). */
  peakByProgramMiB: Record<string, number>;
  machine: MachineCounters;
}

const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** `npm run build` as a user runs it (Astro, then the search index), through npm's own script runner. */
const NPM_RUN_BUILD = [
  [process.env.npm_execpath ?? path.join(path.dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js'), 'run', 'build'],
];

/**
 * Runs the build's steps one after the other, each a Node program, sampling the memory of the
 * running step's whole process tree ten times a second; the output goes to `<label>.log`
 * beside the results.
 */
async function timedBuild(label: string, steps: string[][], outDir: string, content: string, cacheDir: string): Promise<BuildMeasure> {
  fs.rmSync(outDir, { recursive: true, force: true });
  // The corpus just written and the output just removed are flushed to disk first, so that the
  // disk's work for them, which goes on after the files are closed, is not counted as the build's.
  spawnSync('sync');
  const machineBefore = machineCounters();
  const started = performance.now();
  let output = '';
  let peak = 0;
  const byProgram = new Map<string, number>();
  const stepSeconds: number[] = [];
  for (const args of steps) {
    const stepStarted = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        CONTENT_DIR: content,
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 26, 5) / 1000),
      },
    });
    let astroDone: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // Astro's last line: from here on `npm run build` is indexing.
      if (astroDone === undefined && output.includes('[build] Complete!')) astroDone = tenths(stepStarted);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const sampler = setInterval(() => {
      const sample = residentBytes(child.pid ?? 0);
      peak = Math.max(peak, sample.tree);
      for (const [program, bytes] of sample.byProgram) byProgram.set(program, Math.max(bytes, byProgram.get(program) ?? 0));
    }, 100);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const stepTotal = tenths(stepStarted);
    stepSeconds.push(...(astroDone === undefined ? [stepTotal] : [astroDone, Math.round((stepTotal - astroDone) * 10) / 10]));
    clearInterval(sampler);
    fs.writeFileSync(path.join(WORK, `${label}.log`), output);
    if (code !== 0) throw new Error(`${label} failed:\n${output.slice(-20_000)}`);
  }
  const mib = (bytes: number): number => Math.round(bytes / 1024 / 1024);
  return {
    seconds: tenths(started),
    machine: machineSince(machineBefore),
    stepSeconds,
    peakMiB: mib(peak),
    // Only the programs that matter: the many short helpers (git, esbuild) hold little.
    peakByProgramMiB: Object.fromEntries(
      [...byProgram].filter(([, bytes]) => bytes > 64 * 1024 * 1024).map(([name, bytes]) => [name, mib(bytes)]),
    ),
  };
}

/** Seconds Pagefind takes to index a built folder, run as the site's build runs it. */
async function indexSeconds(dir: string): Promise<number> {
  const started = performance.now();
  await runPagefind(dir);
  return tenths(started);
}

/** What one search downloads from the index, by part: Pagefind's runtime and WebAssembly, metadata, index chunks, filters, page fragments. */
interface SearchDownload {
  bytes: number;
  /** The same bodies gzipped, as static hosts send text (Pagefind's index files are compressed already and barely shrink). */
  gzipBytes: number;
  requests: number;
  kiBByPart: Record<string, number>;
}

const SEARCH_PARTS: [string, RegExp][] = [
  ['runtime', /\.js$/],
  ['wasm', /wasm\.[^/]*\.pagefind$/],
  ['metadata', /\.pf_meta$|\.json$/],
  ['index', /\.pf_index$/],
  ['filters', /\.pf_filter$/],
  ['fragments', /\.pf_fragment$/],
];

/** Bytes the browser fetches from the search index to answer a common query, as a plain static server sends them, and gzipped. */
async function searchBytes(dist: string, query: string): Promise<SearchDownload> {
  const server = await serveStatic(dist);
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    // Every body is awaited before counting: a count taken at network idle misses bodies still being read.
    const bodies: Promise<[string, number, number]>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url()).pathname;
      if (/\/pagefind(-\d+)?\//.test(url)) bodies.push(response.body().then((body) => [url, body.length, gzipSync(body).length]));
    });
    await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('.search-result', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const received = await Promise.all(bodies);
    const byPart = new Map<string, number>();
    for (const [url, length] of received) {
      const part = SEARCH_PARTS.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other';
      byPart.set(part, (byPart.get(part) ?? 0) + length);
    }
    return {
      bytes: received.reduce((sum, [, length]) => sum + length, 0),
      gzipBytes: received.reduce((sum, [, , gzipped]) => sum + gzipped, 0),
      requests: received.length,
      kiBByPart: Object.fromEntries([...byPart].map(([part, bytes]) => [part, Math.round(bytes / 1024)])),
    };
  } finally {
    await close();
    await server.close();
  }
}

/** Changes one sentence of one document, as a clerk's correction would. */
function editOneDocument(content: string): void {
  const file = path.join(content, 'documents', fs.readdirSync(path.join(content, 'documents')).sort()[0] ?? '');
  fs.appendFileSync(file, '\nĐã sửa lỗi chính tả ở đoạn cuối.\n');
}

const content = path.join(WORK, 'content');
const dist = path.join(WORK, 'dist');
const cache = path.join(WORK, 'cache-site');
const shares = corpusShares(items);
console.log(`Tạo ${items} mục mẫu / writing ${items} synthetic items: ${JSON.stringify(shares)}`);
const { files, documentWords } = writeCorpus(content, items, ROOT, lengths);

fs.rmSync(cache, { recursive: true, force: true });
const ours = await timedBuild('build', NPM_RUN_BUILD, dist, content, cache);
const pages = (fs.readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
// A large site's index is in several bundles: pagefind/, pagefind-2/, …
const pagefindBytes = fs
  .readdirSync(dist)
  .filter((name) => /^pagefind(-\d+)?$/.test(name))
  .reduce((sum, name) => sum + sizeOf(path.join(dist, name)), 0);
const distBytes = sizeOf(dist);
const searchDownload = await searchBytes(dist, 'dân vận chính quyền');
editOneDocument(content);
const rebuild = await timedBuild('rebuild', NPM_RUN_BUILD, dist, content, cache);
fs.rmSync(cache, { recursive: true, force: true });

const bareBuild = async (loader: 'prose' | 'stock'): Promise<BuildMeasure> => {
  process.env.BENCH_BARE_LOADER = loader;
  const bareCache = path.join(WORK, `cache-bare-${loader}`);
  fs.rmSync(bareCache, { recursive: true, force: true });
  try {
    return await timedBuild(
      `bare-${loader}`,
      [[ASTRO, 'build', '--root', path.join(ROOT, 'tests/bench/bare')]],
      path.join(WORK, `bare-${loader}`),
      content,
      bareCache,
    );
  } finally {
    fs.rmSync(bareCache, { recursive: true, force: true });
  }
};
const bare = process.argv.includes('--skip-bare') ? undefined : await bareBuild('prose');
// The bare site is not searchable; indexing it too shows how much of our time is our own pages.
const bareIndexSeconds = bare ? await indexSeconds(path.join(WORK, 'bare-prose')) : undefined;
const stock = process.argv.includes('--stock-mdx') ? await bareBuild('stock') : undefined;

const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${String(os.cpus().length)} × ${os.cpus()[0]?.model ?? '?'}, ${String(Math.round(os.totalmem() / 2 ** 30))} GiB, Node ${process.version}`,
  items,
  kinds: shares,
  documentLengths: lengths,
  documentWords,
  contentFiles: files,
  npmRunBuildSeconds: ours.seconds,
  astroAndIndexSeconds: ours.stepSeconds,
  pages,
  pagesPerSecond: Math.round(pages / ours.seconds),
  peakMemoryMiB: ours.peakMiB,
  peakByProgramMiB: ours.peakByProgramMiB,
  machineDuringBuild: ours.machine,
  rebuildAfterOneEditSeconds: rebuild.seconds,
  rebuildAstroAndIndexSeconds: rebuild.stepSeconds,
  rebuildPeakMemoryMiB: rebuild.peakMiB,
  distMiB: Math.round((distBytes / 1024 / 1024) * 10) / 10,
  searchIndexMiB: Math.round((pagefindBytes / 1024 / 1024) * 10) / 10,
  searchDownloadKiB: Math.round(searchDownload.bytes / 1024),
  searchDownloadGzipKiB: Math.round(searchDownload.gzipBytes / 1024),
  searchRequests: searchDownload.requests,
  searchDownloadKiBByPart: searchDownload.kiBByPart,
  bareBuildSeconds: bare?.seconds,
  barePeakMemoryMiB: bare?.peakMiB,
  barePeakByProgramMiB: bare?.peakByProgramMiB,
  machineDuringBareBuild: bare?.machine,
  bareIndexSeconds,
  overheadRatio: bare ? Math.round((ours.seconds / bare.seconds) * 100) / 100 : undefined,
  overheadRatioBothIndexed:
    bare && bareIndexSeconds !== undefined ? Math.round((ours.seconds / (bare.seconds + bareIndexSeconds)) * 100) / 100 : undefined,
  stockMdxBareSeconds: stock?.seconds,
  stockMdxBarePeakMemoryMiB: stock?.peakMiB,
  targets: TARGETS,
  met: {
    buildSeconds: ours.seconds <= TARGETS.buildSeconds,
    peakMemoryMiB: ours.peakMiB <= TARGETS.peakMemoryMiB,
    rebuildSeconds: rebuild.seconds <= TARGETS.rebuildSeconds,
    // The target allows gzip, which every static host applies to text.
    searchKB: searchDownload.gzipBytes / 1000 <= TARGETS.searchKB,
    // Both sites searchable: the bare one indexed by Pagefind too, as ours is.
    overheadRatio:
      bare && bareIndexSeconds !== undefined ? ours.seconds / (bare.seconds + bareIndexSeconds) <= TARGETS.overheadRatio : undefined,
  },
};
fs.mkdirSync(WORK, { recursive: true });
fs.writeFileSync(path.join(WORK, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
for (const [key, value] of Object.entries(results)) {
  if (value !== undefined) console.log(`${key.padEnd(28)} ${JSON.stringify(value)}`);
}
console.log(`Đã lưu / saved: ${path.relative(ROOT, path.join(WORK, 'results.json'))}`);
