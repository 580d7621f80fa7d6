/**
 * The words of translations written by people (content/translations/, content/languages/): which
 * sections' items may be translated, and which interface words an office may give in a language
 * of its own. A leaf, so that the content check, the messages and the pages agree on them.
 */

/** The sections whose items may carry translations, by the first part of their address. */
export const TRANSLATED_SECTIONS = {
  'van-ban': 'documents',
  'lay-y-kien': 'consultations',
  'doi-thoai': 'dialogues',
} as const;

export type TranslatedSection = keyof typeof TRANSLATED_SECTIONS;
export type TranslatedKind = (typeof TRANSLATED_SECTIONS)[TranslatedSection];

/** The folder of content/ holding translations, and the one holding each language's interface words. */
export const TRANSLATIONS_FOLDER = 'translations';
export const LANGUAGES_FOLDER = 'languages';

/** The address under which every translation is published: `/ban-dich/<code>/van-ban/<item>/`. */
export const TRANSLATIONS_ROUTE = 'ban-dich';

/**
 * Every interface word an office may give in one of its languages (content/languages/<code>.yaml,
 * under `words:`), with the placeholders its text must keep. A word not given is shown in
 * Vietnamese, marked as such: nothing is shipped as a guess.
 */
export const OFFICE_WORDS = {
  // The frame every page shows: header, navigation, footer, printed address.
  'skip.toMain': [],
  'nav.label': [],
  'nav.documents': [],
  'nav.receptions': [],
  'nav.consultations': [],
  'nav.dialogues': [],
  'nav.search': [],
  'nav.menu': [],
  'site.kind': [],
  'site.formerName': [],
  'search.label': [],
  'search.placeholder': [],
  'search.submit': [],
  'footer.contact': [],
  'footer.address': [],
  'footer.phone': [],
  'footer.phoneMissing': [],
  'footer.email': [],
  'footer.hours': [],
  'footer.source': [],
  'about.title': [],
  'contact.title': [],
  'feeds.title': [],
  'opendata.title': [],
  'print.scan': [],
  'print.address': [],
  // A translated page, the list of a language's translations and its search page.
  'translation.of': ['language'],
  'translation.original': [],
  'translation.translator': [],
  'translation.version': ['date'],
  'translation.prevails': [],
  'translation.changedSince': ['date'],
  'translation.list': ['language'],
  'translation.empty': [],
  'translation.searchTitle': [],
  'search.results': ['count', 'query'],
  'search.none': ['query'],
  'search.loading': [],
  'search.more': ['count'],
  'search.failed': [],
} as const satisfies Record<string, readonly string[]>;

export type OfficeWordKey = keyof typeof OFFICE_WORDS;

/** The placeholders (`{date}`) a text holds, in order of first appearance. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))];
}
