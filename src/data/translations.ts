import { getCollection, getEntry } from 'astro:content';
import type { Language } from '../schemas/site';
import type { TranslationData } from '../schemas/translation';
import type { Withdrawal } from '../schemas/withdrawal';
import { changedSince, itemAddress, languageAddress, latestChangeOf, translationAddress } from '../lib/translations';
import { frameOf, type Frame } from '../messages/translations';
import { TRANSLATED_SECTIONS, type TranslatedSection } from '../vocabulary/translations';
import { contentHistory } from './history';
import { getSite } from './site';

/** A translation as its pages show it, with the Vietnamese item it translates. */
export interface PublishedTranslation {
  /** The file's name: the translation's own id, for its prose. */
  id: string;
  data: TranslationData;
  language: Language;
  href: string;
  original: { href: string; title: string; sample: boolean; section: TranslatedSection; withdrawn?: Withdrawal };
  /** The day the Vietnamese text changed after the version translated, if its records show one. */
  changedSince?: string;
}

let cached: Promise<PublishedTranslation[]> | undefined;

async function originalOf(
  section: TranslatedSection,
  slug: string,
): Promise<{
  title: string;
  sample: boolean;
  withdrawn?: Withdrawal | undefined;
  filePath?: string | undefined;
  changes: readonly { date: string }[];
}> {
  const entry = await getEntry(TRANSLATED_SECTIONS[section], slug);
  // The content check has refused a translation of an item that is not there.
  if (!entry) throw new Error(`/${section}/${slug}/: translated, but not loaded`);
  const { title, sample, withdrawn, changes } = entry.data;
  return { title, sample, withdrawn, filePath: entry.filePath, changes };
}

/** Every translation, by language in content/site.yaml's order, then by the original's address. */
export function publishedTranslations(): Promise<PublishedTranslation[]> {
  cached ??= (async () => {
    const site = await getSite();
    const entries = await getCollection('translations');
    const translations = await Promise.all(
      entries.map(async (entry): Promise<PublishedTranslation> => {
        const { translates, language: code, vietnameseVersion } = entry.data;
        const language = site.languages.find((candidate) => candidate.code === code);
        if (!language) throw new Error(`${entry.id}: language ${code} is not in content/site.yaml`);
        const original = await originalOf(translates.section, translates.slug);
        const changed = changedSince(vietnameseVersion, latestChangeOf(await contentHistory(original.filePath), original.changes));
        return {
          id: entry.id,
          data: entry.data,
          language,
          href: translationAddress(code, translates),
          original: {
            href: itemAddress(translates),
            title: original.title,
            sample: original.sample,
            section: translates.section,
            ...(original.withdrawn === undefined ? {} : { withdrawn: original.withdrawn }),
          },
          ...(changed === undefined ? {} : { changedSince: changed }),
        };
      }),
    );
    const order = (code: string): number => site.languages.findIndex((language) => language.code === code);
    return translations.sort((a, b) => order(a.language.code) - order(b.language.code) || a.original.href.localeCompare(b.original.href));
  })();
  return cached;
}

/** Whether a translation is offered to readers: neither it nor the item it translates was taken down. */
const isOffered = (translation: PublishedTranslation): boolean => !translation.data.withdrawn && !translation.original.withdrawn;

/** The translations of one Vietnamese item that are offered, in content/site.yaml's order of languages. */
export async function translationsOf(section: TranslatedSection, slug: string): Promise<PublishedTranslation[]> {
  const href = `/${section}/${slug}/`;
  return (await publishedTranslations()).filter((translation) => translation.original.href === href && !translation.data.withdrawn);
}

/** The words of a language's pages: the office's own, Vietnamese where it gave none. */
export async function languageFrame(code: string): Promise<Frame> {
  const words = await getEntry('languageWords', code);
  return frameOf(code, words?.data.words ?? {});
}

/** Each language of content/site.yaml with its translations, and where they are listed. */
export async function languagesWithTranslations(): Promise<{ language: Language; href: string; translations: PublishedTranslation[] }[]> {
  const site = await getSite();
  const translations = await publishedTranslations();
  return site.languages.map((language) => ({
    language,
    href: languageAddress(language.code),
    // A translation taken down, or of an item taken down, keeps its page, as the item does, but leaves the list.
    translations: translations.filter((translation) => translation.language.code === language.code && isOffered(translation)),
  }));
}

/**
 * The `<link rel="alternate">` set of an item with translations: the Vietnamese page and each
 * translation, the same on every page of the set, as hreflang asks. Empty without translations.
 */
export function alternatesOf(translations: readonly PublishedTranslation[]): { lang: string; href: string }[] {
  const [first] = translations;
  if (first === undefined) return [];
  return [
    { lang: 'vi', href: first.original.href },
    ...translations.map((translation) => ({ lang: translation.language.code, href: translation.href })),
  ];
}
