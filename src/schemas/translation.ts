import { z } from 'astro/zod';
import { nonEmptyText } from './common';
import { fullDateSchema } from './dates';
import { addProblem } from './problems';
import { withdrawalSchema } from './withdrawal';
import { TRANSLATED_SECTIONS, type TranslatedSection } from '../vocabulary/translations';

/** The Vietnamese item a translation is of, by its address on the site. */
export interface TranslatedItem {
  section: TranslatedSection;
  slug: string;
}

const ITEM_ADDRESS = /^(?:[a-z]+:\/\/[^/]+)?\/?([a-z-]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

/**
 * The Vietnamese item's address, as a clerk copies it from the browser (`https://…/van-ban/x/`) or
 * writes it (`/van-ban/x/`, `van-ban/x`).
 */
export const translatedItemSchema = z.string().transform((text, ctx): TranslatedItem => {
  const match = ITEM_ADDRESS.exec(text.trim().replace(/[?#].*$/, ''));
  const section = match?.[1];
  const slug = match?.[2];
  if (section === undefined || slug === undefined || !(section in TRANSLATED_SECTIONS)) {
    addProblem(ctx, 'translation.address', { sections: Object.keys(TRANSLATED_SECTIONS) });
    return z.NEVER;
  }
  return { section: section as TranslatedSection, slug };
});

/**
 * A translation written by a person (content/translations/<name>.mdx) of a document, consultation
 * or dialogue, in one of the languages of content/site.yaml; the file's prose is the translated text.
 */
export const translationSchema = z.strictObject({
  sample: z.boolean().default(false),
  /** The language's code, as content/site.yaml lists it (`bdq`). */
  language: nonEmptyText,
  /** The Vietnamese item translated: its address on the site. */
  translates: translatedItemSchema,
  /** The day of the Vietnamese text translated, as its page gives it ("Đăng lần đầu" or "Cập nhật lần cuối"). */
  vietnameseVersion: fullDateSchema,
  /** The title in the translation's language. */
  title: nonEmptyText,
  /** Who translated it, as they wish to be credited; left out, no credit is shown. */
  translator: nonEmptyText.optional(),
  /** Taken down by the office: the page stays at its address with a notice, out of lists, links and search. */
  withdrawn: withdrawalSchema.optional(),
});

export type TranslationData = z.output<typeof translationSchema>;

/**
 * A language's interface words (content/languages/<code>.yaml), written by the office: each is one
 * of OFFICE_WORDS, which the content check holds them to.
 */
export const languageWordsSchema = z.strictObject({
  words: z.record(z.string(), nonEmptyText).default({}),
});

export type LanguageWords = z.output<typeof languageWordsSchema>;
