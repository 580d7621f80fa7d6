// @ts-check
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { sitemap } from './src/integrations/sitemap.ts';

// Tests build fixture content into their own folders; the site builds content/ into dist/.
const outDir = process.env.OUT_DIR ?? './dist';
// Astro keeps parsed and rendered content between builds but does not notice when a schema, the
// prose renderer or its labels change; keying the cache on them makes such a change re-read everything.
const schemaFiles = [
  'src/content.config.ts',
  'src/lib/prose.ts',
  'package-lock.json',
  ...['src/check', 'src/schemas', 'src/loaders', 'src/vocabulary', 'src/dates', 'src/messages'].flatMap((dir) =>
    fs.readdirSync(dir).map((f) => `${dir}/${f}`),
  ),
];
const schemaHash = createHash('sha256');
for (const file of schemaFiles.sort()) schemaHash.update(fs.readFileSync(file));
const cacheDir = process.env.ASTRO_CACHE_DIR ?? `./node_modules/.astro/${schemaHash.digest('hex').slice(0, 12)}`;

export default defineConfig({
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Eight pages in flight: writing a page waits on the disk, and meanwhile the next ones render.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  devToolbar: { enabled: false },
  // Two routes or two entries on one address (a standing page named like a section) stop the build:
  // by default Astro keeps one, drops the other and only logs a warning.
  prerenderConflictBehavior: 'error',
  // MDX serves pages written in src/pages; the content's MDX is prose rendered by src/loaders/,
  // without one JavaScript module per file (see README, Quality gates).
  // The search index is built after Astro has ended, by src/cli/search-index.ts (npm run build).
  integrations: [contentCheck(), mdx(), sitemap()],
  vite: {
    build: {
      // Scripts as files, never inline, so the Content-Security-Policy can forbid inline script.
      assetsInlineLimit: 0,
    },
  },
});
