import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { proseLoader, type ProseFolder } from '../../../../src/loaders/prose-loader';

// The same MDX through the same loader as the site, or through Astro's own MDX pipeline
// (one module per file) when the benchmark is asked to compare the two.
const loaderFor = (folder: ProseFolder) =>
  process.env.BENCH_BARE_LOADER === 'stock'
    ? glob({ pattern: '*.mdx', base: path.join(process.env.CONTENT_DIR ?? '', folder) })
    : proseLoader(folder);

const schema = z.looseObject({ title: z.string() });
export const collections = {
  documents: defineCollection({ loader: loaderFor('documents'), schema }),
  consultations: defineCollection({ loader: loaderFor('consultations'), schema }),
  dialogues: defineCollection({ loader: loaderFor('dialogues'), schema }),
};
