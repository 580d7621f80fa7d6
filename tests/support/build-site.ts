import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures');
const TMP_ROOT = path.join(PROJECT_ROOT, 'tests/.tmp');

/** 2026-11-26 12:00 in Vietnam: a fixed "now" so builds are repeatable. */
export const FIXED_EPOCH = String(Date.UTC(2026, 10, 26, 5, 0, 0) / 1000);

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

const created: string[] = [];

/** A fresh folder under tests/.tmp; `removeTempDirs` deletes it. */
export function tempDir(name: string): string {
  fs.mkdirSync(TMP_ROOT, { recursive: true });
  const dir = fs.mkdtempSync(path.join(TMP_ROOT, `${name}-`));
  created.push(dir);
  return dir;
}

/** Deletes every folder `tempDir` made in this test file. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Copies the valid fixture and lays `overlays` (folders with the same layout) over it. */
export function composeContent(name: string, ...overlays: string[]): string {
  const dir = tempDir(`content-${name}`);
  for (const source of [path.join(FIXTURES, 'valid'), ...overlays]) {
    fs.cpSync(source, dir, { recursive: true });
  }
  return dir;
}

/**
 * Builds that may run at once. Each build has its own output and cache folders; what they share is
 * <project>/.astro/, where every build writes the same type declarations whatever its content (the
 * content maps stay empty: the prose is rendered by the content check, not imported). One at a time,
 * the builds ran back to back from the first minute of the suite to its last.
 */
export const BUILD_SLOTS = 2;

/**
 * Where the test run's build processes listen, one per slot, separated by spaces
 * (tests/support/build-server.ts sets it for the test files).
 */
export const BUILD_SERVERS_VARIABLE = 'TEST_BUILD_SERVERS';

/** Test files run in parallel processes: their builds take turns through lock folders (mkdir is atomic). */
async function withBuildLock<T>(run: (slot: number) => Promise<T>): Promise<T> {
  const slots = Array.from({ length: BUILD_SLOTS }, (_, i) => path.join(TMP_ROOT, `build-${String(i)}.lock`));
  return withLock(slots, run);
}

/** Runs `run` while holding one of the lock folders `locks` (its index given), waiting while other processes hold them all. */
async function withLock<T>(locks: readonly string[], run: (held: number) => Promise<T>): Promise<T> {
  for (const lock of locks) fs.mkdirSync(path.dirname(lock), { recursive: true });
  let held: string | undefined;
  while (held === undefined) {
    for (const lock of locks) {
      try {
        fs.mkdirSync(lock);
        held = lock;
        break;
      } catch {
        // A lock left by a killed run is stale after ten minutes, longer than any test build.
        const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
        if (age > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      }
    }
    if (held === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    return await run(locks.indexOf(held));
  } finally {
    fs.rmSync(held, { recursive: true, force: true });
  }
}

/** Where this test run keeps the builds its test files share (tests/vitest.config.ts names the run). */
export function sharedBuildsDir(run = process.env.TEST_RUN_ID ?? String(process.pid)): string {
  return path.join(TMP_ROOT, `shared-builds-${run}`);
}

/**
 * A build that every test file of the run can read: the first file to ask builds it, the others
 * wait for it and read the same folder. Only for tests that read the output and write nothing
 * into it; a test that changes the site copies it first.
 */
export async function sharedBuild(contentDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const key = createHash('sha256')
    .update(JSON.stringify([path.resolve(contentDir), env]))
    .digest('hex')
    .slice(0, 16);
  const outDir = path.join(sharedBuildsDir(), key);
  const record = `${outDir}.json`;
  return withLock([`${outDir}.lock`], async () => {
    if (!fs.existsSync(record)) {
      const { code, output } = await buildSite(contentDir, { outDir, env });
      fs.writeFileSync(record, JSON.stringify({ code, output }));
    }
    return { ...(JSON.parse(fs.readFileSync(record, 'utf8')) as Omit<BuildResult, 'outDir'>), outDir };
  });
}

/** The valid fixture built at the fixed "now", in UTC, shared by every test file that only reads it. */
export function validFixtureBuild(): Promise<BuildResult> {
  return sharedBuild(path.join(FIXTURES, 'valid'), { TZ: 'UTC' });
}

/**
 * Builds as `npm run build` does, `astro build` then the search index, in child processes on the
 * project's Node, with content from `contentDir` and output into a new folder, so tests see
 * exactly what a build writes.
 */
export async function buildSite(contentDir: string, options: { outDir?: string; env?: Record<string, string> } = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? tempDir('dist');
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: path.join(tempDir('cache'), 'astro'),
    ASTRO_TELEMETRY_DISABLED: '1',
    SOURCE_DATE_EPOCH: FIXED_EPOCH,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...options.env,
  };
  const astro = await withBuildLock((slot) => astroBuild(slot, env));
  if (astro.code !== 0) return { ...astro, outDir };
  // Outside the lock: indexing reads and writes the output folder only.
  const search = await indexSite(outDir, env);
  return { code: search.code, output: astro.output + search.output, outDir };
}

/**
 * `astro build` in the test run's build process for `slot`, or, outside Vitest, as a process of its
 * own. Each build takes `env` whole, as a process started for it would: its content, output and
 * cache folders, its instant, its time zone.
 */
async function astroBuild(slot: number, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const server = process.env[BUILD_SERVERS_VARIABLE]?.split(' ')[slot];
  if (server === undefined) return run([path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
  const response = await fetch(`${server}/build`, { method: 'POST', body: JSON.stringify({ env }) });
  if (!response.ok) throw new Error(`the build process failed: ${await response.text()}`);
  return (await response.json()) as { code: number; output: string };
}

/**
 * Runs the search-index step of `npm run build` on the built site in `outDir`. It keeps its
 * bundles in `env`'s cache folder, or in a new one: never in the project's, which test files
 * running side by side would share.
 */
export function indexSite(outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; output: string }> {
  const cacheDir = env.ASTRO_CACHE_DIR ?? path.join(tempDir('cache'), 'astro');
  return run([path.join(PROJECT_ROOT, 'src/cli/search-index.ts')], { ...env, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir });
}

/**
 * Runs an Astro command (`check`, `dev`, `build`) on the content in `contentDir`, taking its turn
 * with the builds. A command that keeps running, `astro dev`, is stopped once its output matches
 * `until`, or after `timeoutMs`; `code` is then null.
 */
export function runAstro(
  contentDir: string,
  args: string[],
  options: { until?: RegExp; timeoutMs?: number } = {},
): Promise<{ code: number | null; output: string }> {
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    OUT_DIR: tempDir('dist'),
    ASTRO_CACHE_DIR: path.join(tempDir('cache'), 'astro'),
    ASTRO_TELEMETRY_DISABLED: '1',
    SOURCE_DATE_EPOCH: FIXED_EPOCH,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  return withBuildLock(() => run([path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), ...args], env, options));
}

function run(
  args: string[],
  env: NodeJS.ProcessEnv,
  { until, timeoutMs }: { until?: RegExp; timeoutMs?: number } = {},
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stopIfDone = (): void => {
    if (until?.test(output)) child.kill();
  };
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stopIfDone();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stopIfDone();
  });
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => child.kill(), timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Reads a built page by its address (`/van-ban/x/` → `van-ban/x/index.html`). */
export function readPage(outDir: string, address: string): string {
  const file = address.endsWith('/') ? path.join(outDir, address, 'index.html') : path.join(outDir, address);
  return fs.readFileSync(file, 'utf8');
}
