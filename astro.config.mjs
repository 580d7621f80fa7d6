// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { cacheDirOf } from './src/build/cache-dir.ts';
import { isListed } from './src/build/site-pages.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { editorAssets } from './src/integrations/editor-assets.ts';
import { searchList } from './src/integrations/search-list.ts';

// Tests build fixture content into their own folders; the site builds content/ into dist/.
const outDir = process.env.OUT_DIR ?? './dist';
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  outDir,
  cacheDir: cacheDirOf(root),
  trailingSlash: 'always',
  // Eight pages in flight: writing a page waits on the disk, and meanwhile the next ones render.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  devToolbar: { enabled: false },
  // Two routes or two entries on one address (a standing page named like a section) stop the build:
  // by default Astro keeps one, drops the other and only logs a warning.
  prerenderConflictBehavior: 'error',
  // MDX serves pages written in src/pages; the content's MDX is prose rendered by src/check/,
  // without one JavaScript module per file. The site's address (`site`) comes from content/site.yaml.
  // The search index is built after Astro has ended, by src/cli/search-index.ts (npm run build),
  // from the list of pages searchList() writes.
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filenameBase: 'sitemap', filter: (url) => isListed(new URL(url).pathname) }),
    searchList(),
    editorAssets(),
  ],
  vite: {
    // `astro dev` would otherwise watch every file the tests and the benchmark write under tests/.tmp
    // (hundreds of thousands after a benchmark): its first content sync waited on that walk.
    server: { watch: { ignored: ['**/tests/.tmp/**', '**/dist/**'] } },
    build: {
      // Scripts as files, never inline, so the Content-Security-Policy can forbid inline script.
      assetsInlineLimit: 0,
    },
  },
});
