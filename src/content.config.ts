import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { documentSchema } from './schemas/document';
import { dialogueSchema } from './schemas/dialogue';
import { consultationSchema } from './schemas/consultation';
import { pageSchema } from './schemas/page';
import { receptionScheduleSchema } from './schemas/reception';
import { contentDir } from './check/paths';
import { proseLoader } from './loaders/prose-loader';

const documents = defineCollection({
  loader: proseLoader('documents'),
  schema: documentSchema,
});

const receptions = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: path.join(contentDir(), 'receptions') }),
  schema: receptionScheduleSchema,
});

/** Standing pages written as prose: the nội quy tiếp công dân, and later about and contact. */
const pages = defineCollection({
  loader: proseLoader('pages'),
  schema: pageSchema,
});

/** Drafts put to the people for their opinions, and what came of them. */
const consultations = defineCollection({
  loader: proseLoader('consultations'),
  schema: consultationSchema,
});

/** Dialogues with citizens and every issue raised at them. */
const dialogues = defineCollection({
  loader: proseLoader('dialogues'),
  schema: dialogueSchema,
});

export const collections = { documents, receptions, pages, consultations, dialogues };
