import type { Language } from '../schemas/site';
import type { LanguageWords, TranslationData } from '../schemas/translation';
import type { ContentProblem } from '../vocabulary/problems';
import { OFFICE_WORDS, placeholdersOf, type OfficeWordKey } from '../vocabulary/translations';
import { changedSince, itemAddress } from '../lib/translations';
import { problemAt, type CheckedEntry } from './cross-checks';

/**
 * Each translation in a language the site lists, of an item that is there, once per item and
 * language, of a Vietnamese version not dated after today. `present` holds every item's address
 * (`/van-ban/x/`) whose file is there, valid or not.
 */
export function checkTranslations(
  translations: readonly CheckedEntry<TranslationData>[],
  languages: readonly Language[],
  present: ReadonlySet<string>,
  today: string,
): ContentProblem[] {
  const codes = languages.map((language) => language.code);
  const first = new Map<string, string>();
  return translations.flatMap((entry) => {
    const { language, translates, vietnameseVersion } = entry.data;
    const address = itemAddress(translates);
    const problems: ContentProblem[] = [];
    if (!codes.includes(language)) {
      problems.push(problemAt(entry, ['language'], language, { code: 'translation.language', params: { code: language, codes } }));
    }
    if (!present.has(address)) {
      problems.push(problemAt(entry, ['translates'], address, { code: 'translation.itemMissing', params: { address } }));
    }
    const key = `${language} ${address}`;
    const other = first.get(key);
    if (other === undefined) first.set(key, entry.file);
    else problems.push(problemAt(entry, ['translates'], address, { code: 'translation.duplicate', params: { other, address, language } }));
    if (vietnameseVersion > today) {
      problems.push(
        problemAt(entry, ['vietnameseVersion'], vietnameseVersion, {
          code: 'translation.versionFuture',
          params: { date: vietnameseVersion, today },
        }),
      );
    }
    return problems;
  });
}

/** The office word nearest to a mistyped key (`nav.documets`), by shared letters, if one is near. */
function nearestWord(key: string): OfficeWordKey | undefined {
  const keys = Object.keys(OFFICE_WORDS) as OfficeWordKey[];
  const sameStart = keys.filter((candidate) => candidate.split('.')[0] === key.split('.')[0]);
  const letters = (text: string): Set<string> => new Set(text.toLowerCase());
  const score = (candidate: string): number => {
    const own = letters(key);
    const theirs = letters(candidate);
    const shared = [...own].filter((letter) => theirs.has(letter)).length;
    return shared / Math.max(own.size, theirs.size);
  };
  const [best] = [...sameStart].sort((a, b) => score(b) - score(a));
  return best !== undefined && score(best) >= 0.8 ? best : undefined;
}

/**
 * A language's interface words (content/languages/<code>.yaml): the file named by a language the
 * site lists, each word one of OFFICE_WORDS, keeping its placeholders.
 */
export function checkLanguageWords(entries: readonly CheckedEntry<LanguageWords>[], languages: readonly Language[]): ContentProblem[] {
  const codes = languages.map((language) => language.code);
  return entries.flatMap((entry) => {
    const problems: ContentProblem[] = [];
    if (!codes.includes(entry.slug)) {
      problems.push({
        file: entry.file,
        field: '(tên tệp)',
        found: entry.slug,
        code: 'languageWords.unknownLanguage',
        params: { code: entry.slug, codes },
      });
    }
    for (const [key, text] of Object.entries(entry.data.words)) {
      if (!(key in OFFICE_WORDS)) {
        const suggestion = nearestWord(key);
        problems.push(
          problemAt(entry, ['words', key], key, {
            code: 'languageWords.unknownKey',
            params: { key, ...(suggestion === undefined ? {} : { suggestion }) },
          }),
        );
        continue;
      }
      const expected = OFFICE_WORDS[key as OfficeWordKey];
      const found = placeholdersOf(text);
      if (found.length !== expected.length || !expected.every((name) => found.includes(name))) {
        problems.push(problemAt(entry, ['words', key], text, { code: 'languageWords.placeholders', params: { key, expected } }));
      }
    }
    return problems;
  });
}

/**
 * Warnings for translations whose Vietnamese text changed after the version they translate:
 * `latestChangeOf` gives an item's latest known change by its address.
 */
export function staleTranslations(
  translations: readonly CheckedEntry<TranslationData>[],
  latestChangeOf: (address: string) => string | undefined,
): ContentProblem[] {
  return translations.flatMap((entry) => {
    const { language, translates, vietnameseVersion } = entry.data;
    const address = itemAddress(translates);
    const changed = changedSince(vietnameseVersion, latestChangeOf(address));
    if (changed === undefined) return [];
    return [
      problemAt(entry, ['vietnameseVersion'], vietnameseVersion, {
        code: 'translation.stale',
        params: { address, language, version: vietnameseVersion, changed },
      }),
    ];
  });
}
