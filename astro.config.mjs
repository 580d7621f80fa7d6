// @ts-check
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { FOOTNOTE_LABELS } from './src/i18n/markdown.ts';

// Tests build fixture content into their own folders; the site builds content/ into dist/.
const outDir = process.env.OUT_DIR ?? './dist';
// Astro keeps parsed content between builds but does not notice when a schema imported by
// the content config changes; keying the cache on the schemas makes a changed schema re-read everything.
const schemaFiles = ['src/content.config.ts', ...fs.readdirSync('src/schemas').map((f) => `src/schemas/${f}`)];
const schemaHash = createHash('sha256');
for (const file of schemaFiles.sort()) schemaHash.update(fs.readFileSync(file));
const cacheDir = process.env.ASTRO_CACHE_DIR ?? `./node_modules/.astro/${schemaHash.digest('hex').slice(0, 12)}`;

export default defineConfig({
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
      remarkRehype: FOOTNOTE_LABELS,
    }),
  },
  integrations: [contentCheck(), mdx(), sitemap(), pagefindIndex()],
  vite: {
    build: {
      // Scripts as files, never inline, so the Content-Security-Policy can forbid inline script.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own MDX head-injection marker trips a harmless bundler warning once per
        // document (withastro/astro#18087); at thousands of documents it would bury real ones.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
