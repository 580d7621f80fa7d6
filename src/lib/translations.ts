/**
 * Translations written by people: where each is published, and whether the Vietnamese text it
 * translates has changed since. Pure: the days come from the item's history as its page gives it.
 */
import type { TranslatedItem } from '../schemas/translation';
// With its ending: the search step (src/cli/search-index.ts) runs this file in Node itself.
import { TRANSLATIONS_ROUTE } from '../vocabulary/translations.ts';

/** The Vietnamese item's own address: `/van-ban/x/`. */
export function itemAddress(item: TranslatedItem): string {
  return `/${item.section}/${item.slug}/`;
}

/** Where a language's translations are listed: `/ban-dich/bdq/`. */
export function languageAddress(code: string): string {
  return `/${TRANSLATIONS_ROUTE}/${code}/`;
}

/** Where a translation is published: `/ban-dich/bdq/van-ban/x/`. */
export function translationAddress(code: string, item: TranslatedItem): string {
  return `${languageAddress(code)}${item.section}/${item.slug}/`;
}

/** Where a language's search page is: `/ban-dich/bdq/tim-kiem/`. */
export function languageSearchAddress(code: string): string {
  return `${languageAddress(code)}tim-kiem/`;
}

/** The folder of a language's search index in the built site, and its address: `ban-dich/bdq/pagefind`. */
export function languageIndexFolder(code: string): string {
  return `${TRANSLATIONS_ROUTE}/${code}/pagefind`;
}

/**
 * The latest day the Vietnamese text is known to have changed: its last commit's day (Vietnam
 * time), or the latest change note the office wrote for the public, whichever is later.
 */
export function latestChange(lastCommitDay: string | undefined, notes: readonly { date: string }[]): string | undefined {
  return [lastCommitDay, ...notes.map((note) => note.date)].reduce<string | undefined>(
    (latest, day) => (day !== undefined && (latest === undefined || day > latest) ? day : latest),
    undefined,
  );
}

/** The day the Vietnamese text changed after the version translated, if the records show one. */
export function changedSince(version: string, latest: string | undefined): string | undefined {
  return latest !== undefined && latest > version ? latest : undefined;
}
