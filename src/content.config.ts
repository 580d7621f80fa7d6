import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { documentSchema } from './schemas/document';
import { contentDir } from './lib/paths';

const documents = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: path.join(contentDir(), 'documents') }),
  schema: documentSchema,
});

export const collections = { documents };
