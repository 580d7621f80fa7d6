import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { documentSchema } from './schemas/document';
import { pageSchema } from './schemas/page';
import { receptionScheduleSchema } from './schemas/reception';
import { contentDir } from './lib/paths';

const documents = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: path.join(contentDir(), 'documents') }),
  schema: documentSchema,
});

const receptions = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: path.join(contentDir(), 'receptions') }),
  schema: receptionScheduleSchema,
});

/** Standing pages written as prose: the nội quy tiếp công dân, and later about and contact. */
const pages = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: path.join(contentDir(), 'pages') }),
  schema: pageSchema,
});

export const collections = { documents, receptions, pages };
