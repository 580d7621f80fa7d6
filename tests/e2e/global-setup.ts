import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, PROJECT_ROOT, removeTempDirs, tempDir, validFixtureBuild } from '../support/build-site';
import { serveStatic } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * The real content/, built and served, its search index split into bundles of
     * SITE_PAGES_PER_SEARCH_BUNDLE pages, so that every search test goes through the
     * merging a large site needs. The fixture keeps the single bundle of a small site.
     */
    siteOrigin: string;
    siteDir: string;
    /** tests/fixtures/valid, built at the fixed "now" of 2026-11-26 12:00 in Vietnam. */
    fixtureOrigin: string;
  }
}

export const SITE_PAGES_PER_SEARCH_BUNDLE = 6;

/** Builds the real content and the valid fixture once, and serves both on 127.0.0.1 for every browser test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [site, fixture] = await Promise.all([
    buildSite(path.join(PROJECT_ROOT, 'content'), {
      outDir: tempDir('e2e-site'),
      env: { SEARCH_PAGES_PER_BUNDLE: String(SITE_PAGES_PER_SEARCH_BUNDLE) },
    }),
    validFixtureBuild(),
  ]);
  for (const build of [site, fixture]) {
    if (build.code !== 0) throw new Error(`building ${build.outDir} failed:\n${build.output}`);
  }
  const siteServer = await serveStatic(site.outDir);
  const fixtureServer = await serveStatic(fixture.outDir);
  project.provide('siteOrigin', siteServer.origin);
  project.provide('siteDir', site.outDir);
  project.provide('fixtureOrigin', fixtureServer.origin);
  return async () => {
    await siteServer.close();
    await fixtureServer.close();
    // The output folders, and the Astro caches the builds made beside them.
    removeTempDirs();
  };
}
