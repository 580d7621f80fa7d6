// With its ending: the search step (src/cli/search-index.ts) runs this file in Node itself.
import { TRANSLATIONS_ROUTE } from '../vocabulary/translations.ts';

/**
 * Pages per search bundle. Pagefind holds about 0.35 MB per page of a bundle while indexing it;
 * past this many pages a site is indexed as several bundles, which the search page merges.
 */
export const PAGES_PER_BUNDLE = 2000;

/** The folders of the search index in the built site: `pagefind/`, then `pagefind-2/`, … on a large site. */
export const INDEX_FOLDER = /^pagefind(?:-\d+)?$/;

/** In the main bundle (`/pagefind/`): the addresses of the other bundles, for the search page to merge. */
export const BUNDLE_LIST = 'bundles.json';

/**
 * Splits the site's HTML files (sorted) into the fewest bundles of at most `pagesPerBundle`,
 * as even as can be. It depends on the files alone, never on the machine, so that every
 * build of the same content gives the same index.
 */
export function searchBundles(files: readonly string[], pagesPerBundle = PAGES_PER_BUNDLE): string[][] {
  const count = Math.max(1, Math.ceil(files.length / pagesPerBundle));
  const size = Math.ceil(files.length / count);
  return Array.from({ length: count }, (_, i) => files.slice(i * size, (i + 1) * size));
}

/**
 * The pages that go into bundles (`files` sorted): the pages marked for search, or every page where
 * none is, as Pagefind itself chooses for a whole site. Pagefind leaves unmarked pages out only
 * where another page of the same bundle is marked, so a bundle that fell on a run of lists would
 * have them indexed whole if they went into bundles.
 */
export function pagesToIndex(files: readonly string[], isMarked: (file: string) => boolean): string[] {
  const marked = files.filter(isMarked);
  return marked.length > 0 ? marked : [...files];
}

/** The folder of a translated language's search index in the built site, and its address: `ban-dich/bdq/pagefind`. */
export function languageIndexFolder(code: string): string {
  return `${TRANSLATIONS_ROUTE}/${code}/pagefind`;
}
