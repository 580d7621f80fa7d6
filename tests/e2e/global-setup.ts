import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, PROJECT_ROOT, tempDir } from '../support/build-site';
import { serveStatic } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
    siteDir: string;
  }
}

/** Builds the real content once and serves it on 127.0.0.1 for every browser test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const build = await buildSite(path.join(PROJECT_ROOT, 'content'), { outDir: tempDir('e2e-site') });
  if (build.code !== 0) throw new Error(`building the site failed:\n${build.output}`);
  const server = await serveStatic(build.outDir);
  project.provide('siteOrigin', server.origin);
  project.provide('siteDir', build.outDir);
  return async () => {
    await server.close();
    fs.rmSync(build.outDir, { recursive: true, force: true });
  };
}
