// A bare Astro site over the same MDX: the baseline the benchmark compares the real site's build
// with. The Markdown settings serve the `--stock-mdx` comparison, where Astro's MDX integration
// renders the files instead of the site's prose loader.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  markdown: { processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }) },
  integrations: [mdx()],
});
