import { defineCollection } from 'astro:content';
import { attachedFileSchema, buildInfoSchema, fileHistorySchema } from './schemas/build';
import { consultationSchema } from './schemas/consultation';
import { dialogueSchema } from './schemas/dialogue';
import { documentSchema } from './schemas/document';
import { pageSchema } from './schemas/page';
import { receptionScheduleSchema } from './schemas/reception';
import { siteSchema } from './schemas/site';
import { languageWordsSchema, translationSchema } from './schemas/translation';
import { contentLoader } from './loaders/content-loader';

// Every collection is filled from the one content check of the build (src/check/), which has
// validated each entry against these same schemas: they give the entries their types here.

/** Official documents (văn bản). */
const documents = defineCollection({ loader: contentLoader('documents'), schema: documentSchema });

/** Citizen reception schedules (lịch tiếp công dân). */
const receptions = defineCollection({ loader: contentLoader('receptions'), schema: receptionScheduleSchema });

/** Standing pages written as prose: the nội quy tiếp công dân, the staff guide. */
const pages = defineCollection({ loader: contentLoader('pages'), schema: pageSchema });

/** Drafts put to the people for their opinions, and what came of them. */
const consultations = defineCollection({ loader: contentLoader('consultations'), schema: consultationSchema });

/** Dialogues with citizens and every issue raised at them. */
const dialogues = defineCollection({ loader: contentLoader('dialogues'), schema: dialogueSchema });

/** Translations written by people of documents, consultations and dialogues, in the site's languages. */
const translations = defineCollection({ loader: contentLoader('translations'), schema: translationSchema });

/** Each language's interface words, given by the office (content/languages/<code>.yaml); id: the code. */
const languageWords = defineCollection({ loader: contentLoader('languageWords'), schema: languageWordsSchema });

/** content/site.yaml: the commune, its contacts, officers, thôn and fields; one entry, `site`. */
const site = defineCollection({ loader: contentLoader('site'), schema: siteSchema });

/** The build's instant and whether git history could be read; one entry, `build`. */
const build = defineCollection({ loader: contentLoader('build'), schema: buildInfoSchema });

/** The git history of each content file, keyed by its path in the project. */
const history = defineCollection({ loader: contentLoader('history'), schema: fileHistorySchema });

/** The files of content/files/ that the content names, keyed by file name. */
const files = defineCollection({ loader: contentLoader('files'), schema: attachedFileSchema });

export const collections = {
  documents,
  receptions,
  pages,
  consultations,
  dialogues,
  translations,
  languageWords,
  site,
  build,
  history,
  files,
};
