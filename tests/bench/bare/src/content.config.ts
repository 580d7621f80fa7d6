import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { renderProse } from '../../../../src/check/prose-pool';
import { PROSE_LABELS } from '../../../../src/messages/prose-labels';

/**
 * The same MDX rendered by the same worker pool as the site, without the site's checks: what a
 * plain Astro site that renders its prose this way would do.
 */
function bareProseLoader(folder: string): Loader {
  return {
    name: 'bare-prose',
    load: async (context) => {
      const { store, config } = context;
      const dir = path.join(process.env.CONTENT_DIR ?? '', folder);
      const names = fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.mdx'))
        .sort();
      const jobs = names.map((name) => ({
        file: path.join(dir, name),
        htmlFile: path.join(fileURLToPath(config.cacheDir), 'bare-prose', folder, name.replace(/\.mdx$/, '.html')),
      }));
      const results = await renderProse(jobs, PROSE_LABELS).results;
      for (const [i, job] of jobs.entries()) {
        const id = path.basename(job.file, '.mdx');
        const { frontmatter } = parseFrontmatter(fs.readFileSync(job.file, 'utf8'));
        const result = results[i];
        store.set({
          id,
          data: await context.parseData({ id, data: frontmatter }),
          rendered: { html: '', metadata: { headings: result?.ok ? result.headings : [], proseFile: job.htmlFile } },
        });
      }
    },
  };
}

// The same MDX through the same renderer as the site, or through Astro's own MDX pipeline
// (one module per file) when the benchmark is asked to compare the two.
const loaderFor = (folder: string) =>
  process.env.BENCH_BARE_LOADER === 'stock'
    ? glob({ pattern: '*.mdx', base: path.join(process.env.CONTENT_DIR ?? '', folder) })
    : bareProseLoader(folder);

const schema = z.looseObject({ title: z.string() });
export const collections = {
  documents: defineCollection({ loader: loaderFor('documents'), schema }),
  consultations: defineCollection({ loader: loaderFor('consultations'), schema }),
  dialogues: defineCollection({ loader: loaderFor('dialogues'), schema }),
};
