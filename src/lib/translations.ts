/**
 * Translations written by people: where each is published, and whether the Vietnamese text it
 * translates has changed since. Pure: the days come from the item's history as its page gives it.
 */
import type { TranslatedItem } from '../schemas/translation';
import { postedAndUpdated, type History } from './history';
import { TRANSLATIONS_ROUTE } from '../vocabulary/translations';

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

/** The latest day an item's history (its commits) and its change notes show it changed. */
export function latestChangeOf(history: History, notes: readonly { date: string }[]): string | undefined {
  const days = postedAndUpdated(history);
  return latestChange(days?.updated ?? days?.posted, notes);
}

/** The day the Vietnamese text changed after the version translated, if the records show one. */
export function changedSince(version: string, latest: string | undefined): string | undefined {
  return latest !== undefined && latest > version ? latest : undefined;
}
