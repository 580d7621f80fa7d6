import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_LIST } from '../../src/lib/search-bundles';
import { indexSite, removeTempDirs, tempDir, validFixtureBuild, type BuildResult } from '../support/build-site';

afterAll(removeTempDirs);

/** The site's top-level folders that hold a search bundle or indexing scratch. */
const indexFolders = (dir: string): string[] =>
  fs
    .readdirSync(dir)
    .filter((name) => /^(pagefind|\.search-bundle)/.test(name))
    .sort();
const bundleList = (dir: string): string[] => JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', BUNDLE_LIST), 'utf8')) as string[];

describe('the search index step of the build', () => {
  let built: BuildResult;
  beforeAll(async () => {
    // The valid fixture as every test file shares it, indexed anew in a copy, in bundles of ten.
    const shared = await validFixtureBuild();
    expect(shared.code, shared.output).toBe(0);
    const outDir = tempDir('dist');
    fs.cpSync(shared.outDir, outDir, { recursive: true });
    const indexed = await indexSite(outDir, { ...process.env, SEARCH_PAGES_PER_BUNDLE: '10' });
    built = { ...indexed, outDir };
  });

  it('indexes a site larger than one bundle as bundles listed for the search page, and leaves no scratch behind', () => {
    expect(built.code, built.output).toBe(0);
    // The pages marked for search, and only those, whichever bundle they fell in (lists are not).
    const indexable = (fs.readdirSync(built.outDir, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.html'))
      .filter((file) => /<main\b[^>]*\sdata-pagefind-body/.test(fs.readFileSync(path.join(built.outDir, file), 'utf8')));
    expect(built.output).toContain(`search index built: ${indexable.length} trang`);
    const others = bundleList(built.outDir);
    expect(others.length).toBeGreaterThan(1);
    expect(indexFolders(built.outDir)).toEqual(['pagefind', ...others.map((b) => b.replaceAll('/', ''))].sort());
    for (const bundle of others) expect(fs.existsSync(path.join(built.outDir, bundle, 'pagefind-entry.json'))).toBe(true);
  });

  it('replaces the whole index when run again: no bundle of the earlier run is left beside the new one', async () => {
    fs.mkdirSync(path.join(built.outDir, '.search-bundle-3/van-ban'), { recursive: true });
    const again = await indexSite(built.outDir, { ...process.env, SEARCH_PAGES_PER_BUNDLE: '' });
    expect(again.code, again.output).toBe(0);
    expect(indexFolders(built.outDir)).toEqual(['pagefind']);
    expect(bundleList(built.outDir)).toEqual([]);
  });
});

describe('the search index of a site of several bundles, indexed again', () => {
  /** Every file of the search index, with a digest of its bytes. */
  const indexOf = (dir: string): Record<string, string> =>
    Object.fromEntries(
      indexFolders(dir).flatMap((folder) =>
        (fs.readdirSync(path.join(dir, folder), { recursive: true }) as string[])
          .map((file) => path.join(folder, file))
          .filter((file) => fs.statSync(path.join(dir, file)).isFile())
          .sort()
          .map((file) => [
            file,
            createHash('sha256')
              .update(fs.readFileSync(path.join(dir, file)))
              .digest('hex'),
          ]),
      ),
    );
  /** What the step printed of its bundles: how many, and how many it kept from the last run. */
  const bundlesOf = (output: string): { bundles: number; kept: number } => {
    const [, bundles, kept] = /\((\d+) bundles, (\d+) kept from the last run\)/.exec(output) ?? [];
    return { bundles: Number(bundles), kept: Number(kept) };
  };
  const site = (): string => {
    const dir = tempDir('dist');
    fs.cpSync(shared.outDir, dir, { recursive: true });
    return dir;
  };
  /** The step's environment as `npm run build` gives it: bundles of ten, and a cache folder kept between runs. */
  const withCache = (cacheDir: string): NodeJS.ProcessEnv => ({ ...process.env, SEARCH_PAGES_PER_BUNDLE: '10', ASTRO_CACHE_DIR: cacheDir });
  let shared: BuildResult;
  let siteDir: string;
  let env: NodeJS.ProcessEnv;
  let first: Record<string, string>;
  beforeAll(async () => {
    shared = await validFixtureBuild();
    expect(shared.code, shared.output).toBe(0);
    siteDir = site();
    env = withCache(tempDir('cache'));
    const indexed = await indexSite(siteDir, env);
    expect(indexed.code, indexed.output).toBe(0);
    expect(bundlesOf(indexed.output).kept).toBe(0);
    first = indexOf(siteDir);
  });

  it('keeps every bundle from the last run when no page has changed, and writes the same index', async () => {
    const again = await indexSite(siteDir, env);
    expect(again.code, again.output).toBe(0);
    const { bundles, kept } = bundlesOf(again.output);
    expect(bundles).toBeGreaterThan(2);
    expect(kept).toBe(bundles);
    expect(indexOf(siteDir)).toEqual(first);
  });

  it('indexes anew the bundle of a page that changed, and writes the index a run without the cache writes', async () => {
    const page = path.join(siteDir, 'van-ban/2023-ke-hoach-khung/index.html');
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('</main>', '<p>Tuyenbothunghiem.</p></main>'));
    const again = await indexSite(siteDir, env);
    expect(again.code, again.output).toBe(0);
    const { bundles, kept } = bundlesOf(again.output);
    expect(kept).toBe(bundles - 1);
    expect(indexOf(siteDir)).not.toEqual(first);

    const fresh = site();
    fs.copyFileSync(page, path.join(fresh, 'van-ban/2023-ke-hoach-khung/index.html'));
    const uncached = await indexSite(fresh, withCache(tempDir('cache')));
    expect(uncached.code, uncached.output).toBe(0);
    expect(bundlesOf(uncached.output).kept).toBe(0);
    expect(indexOf(siteDir)).toEqual(indexOf(fresh));
  });
});

it('says in both languages that there is nothing to index when the site has not been built', async () => {
  const empty = tempDir('unbuilt');
  const result = await indexSite(empty);
  expect(result.code).toBe(1);
  expect(result.output).toContain('hãy chạy astro build trước');
  expect(result.output).toContain('run astro build first');
  expect(fs.readdirSync(empty)).toEqual([]);
});
