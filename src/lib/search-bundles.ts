// With its ending: the search step (src/cli/search-index.ts) runs this file in Node itself.
import { TRANSLATIONS_ROUTE } from '../vocabulary/translations.ts';

/**
 * Pages per search bundle, at most. Pagefind holds about 0.45 MB per page of a bundle while
 * indexing it, and two bundles are indexed at once; past this many pages a site is indexed as
 * several bundles, which the search page merges.
 */
export const PAGES_PER_BUNDLE = 1800;

/** The folders of the search index in the built site: `pagefind/`, then `pagefind-2/`, … on a large site. */
export const INDEX_FOLDER = /^pagefind(?:-\d+)?$/;

/** In the main bundle (`/pagefind/`): the addresses of the other bundles, for the search page to merge. */
export const BUNDLE_LIST = 'bundles.json';

/**
 * A number for a page's file name, the same on every machine (32-bit FNV-1a). Written here
 * rather than taken from node:crypto: the search page's script imports this module too.
 */
function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * Splits the site's HTML files (sorted) into bundles of at most `pagesPerBundle`, in their order;
 * a site of up to that many pages is one bundle. A bundle ends where a page's name says so (its
 * hash falls on a mark, once the bundle has seven eighths of its pages) or when it is full; what
 * is left at the end joins the last bundle if it fits. So a page added or taken away changes the
 * bundle it falls in, seldom the next, and the others keep their pages, and with them their index
 * (src/cli/search-index.ts reuses it). It depends on the names alone, never on the machine, so
 * that every build of the same content gives the same index.
 */
export function searchBundles(files: readonly string[], pagesPerBundle = PAGES_PER_BUNDLE): string[][] {
  if (files.length <= pagesPerBundle) return [[...files]];
  const least = Math.max(1, Math.floor((pagesPerBundle * 7) / 8));
  // About one page in this many ends a bundle past `least`: seven bundles in eight end before
  // they are full, and the bundles of a large site hold about as many pages as an even split.
  const spacing = Math.max(1, Math.floor(pagesPerBundle / 16));
  const bundles: string[][] = [];
  let current: string[] = [];
  for (const file of files) {
    current.push(file);
    if (current.length === pagesPerBundle || (current.length >= least && nameHash(file) % spacing === 0)) {
      bundles.push(current);
      current = [];
    }
  }
  const last = bundles.at(-1);
  if (last && last.length + current.length <= pagesPerBundle) last.push(...current);
  else if (current.length > 0) bundles.push(current);
  return bundles;
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
