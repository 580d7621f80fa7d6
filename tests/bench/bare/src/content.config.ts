import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: path.join(process.env.CONTENT_DIR ?? '', 'documents') }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { documents };
