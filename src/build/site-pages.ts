/**
 * What the build knows of its pages, passed on to the steps after it instead of being read back
 * from the HTML: which addresses are former ones (left out of the sitemap), and which pages are
 * marked for search (the only ones the search index reads).
 *
 * The layout records each page it renders here. Astro renders the pages in the process that
 * runs the integrations, but from another module graph: the record is kept on the global object.
 */
import fs from 'node:fs';
import path from 'node:path';

/** What a page's renderer says of it. */
export interface PageFacts {
  /** The search index reads it: lists and filtered views only repeat other pages. */
  searchable: boolean;
  /** The sitemap lists it: a former address only sends the reader on. */
  listed: boolean;
  /** A translation's page: indexed in its language's own search, not in the Vietnamese one. */
  language?: string;
}

const PAGES: unique symbol = Symbol.for('minh-bach-xa.site-pages');
const slot = globalThis as { [PAGES]?: Map<string, PageFacts> };

/** The record of this build's pages, made on first use. */
function pages(): Map<string, PageFacts> {
  const made = slot[PAGES];
  if (made !== undefined) return made;
  const record = new Map<string, PageFacts>();
  slot[PAGES] = record;
  return record;
}

/** An empty record for a build that starts now. */
export function startPageRecord(): void {
  slot[PAGES] = new Map();
}

/** Notes a page as it is rendered: its address (`/van-ban/x/`) and what the steps after the build need to know. */
export function recordPage(pathname: string, facts: PageFacts): void {
  pages().set(pathname, facts);
}

/** Whether the sitemap lists the page at `pathname`: a page recorded as listed, not a feed, calendar or file. */
export function isListed(pathname: string): boolean {
  return pages().get(pathname)?.listed === true;
}

/** The addresses of the Vietnamese pages recorded as searchable, sorted. */
export function searchablePages(): string[] {
  return [...pages()].flatMap(([pathname, facts]) => (facts.searchable && facts.language === undefined ? [pathname] : [])).sort();
}

/** The searchable pages of each language of the translations, sorted, by the language's code. */
export function translatedSearchPages(): Record<string, string[]> {
  const byLanguage: Record<string, string[]> = {};
  for (const [pathname, facts] of [...pages()].sort(([a], [b]) => a.localeCompare(b))) {
    if (facts.searchable && facts.language !== undefined) (byLanguage[facts.language] ??= []).push(pathname);
  }
  return byLanguage;
}

/**
 * Where the list of pages to index is handed from `astro build` to the search step, which runs as a
 * process of its own (src/cli/search-index.ts): in the search index's own folder, where the step
 * keeps it beside the index it builds, so that indexing a built site again (or a copy of it) needs
 * no build. It says only which public pages search covers.
 */
export function searchListFile(outDir: string): string {
  return path.join(outDir, 'pagefind', 'pages.json');
}

/** Beside it, the pages of each language of the translations, indexed each in its own language. */
export function translatedSearchListFile(outDir: string): string {
  return path.join(outDir, 'pagefind', 'languages.json');
}

/** Writes the list of pages to index for the search step, and those of each translated language. */
export function writeSearchList(
  outDir: string,
  pages: readonly string[],
  translated: Readonly<Record<string, readonly string[]>> = {},
): void {
  const file = searchListFile(outDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(pages)}\n`);
  fs.writeFileSync(translatedSearchListFile(outDir), `${JSON.stringify(translated)}\n`);
}
