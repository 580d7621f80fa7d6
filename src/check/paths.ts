import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Folder holding the site's content. Tests build from fixture folders, so the
 * location comes from CONTENT_DIR when set, relative to the working directory.
 */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

/** Folder for attachment files referenced by content (`content/files/`). */
export function filesDir(): string {
  return path.join(contentDir(), 'files');
}

/** The files of a prose content folder (documents, pages, consultations, dialogues). */
export const PROSE_FILE = /\.mdx?$/;

/**
 * The site's own routes (src/pages), found from this file's place rather than the working directory,
 * as a test may run from anywhere. Built from the file's path, not `new URL(…, import.meta.url)`,
 * which Vite would take for an asset to copy into the site.
 */
function pagesDir(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'pages');
}

/** A file Astro makes a route of, and the ending the address leaves off (`robots.txt.ts` is `/robots.txt`). */
const ROUTE_FILE = /\.(?:astro|mdx?|html|[cm]?[jt]s)$/;

/**
 * The first segment of every address the site's own routes take (`gioi-thieu`, `tim-kiem`, `404`,
 * `van-ban`): a standing page of content/pages/ by one of these names would lose to the route and
 * never be published. Read from src/pages each time, so a section added later is covered without a
 * list to keep. Dynamic routes (`[page]`) and the home page (`index`) claim no name of their own, and
 * Astro leaves out names starting with `_`.
 */
export function siteRouteNames(dir: string = pagesDir()): Set<string> {
  const names = new Set<string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const { name } = entry;
    if (name.startsWith('_') || name.startsWith('.') || name.includes('[')) continue;
    if (entry.isDirectory()) names.add(name);
    else if (ROUTE_FILE.test(name) && name.replace(ROUTE_FILE, '') !== 'index') names.add(name.replace(ROUTE_FILE, ''));
  }
  return names;
}

/** The pages a section of the site has of its own beside its items (`theo-doi-thuc-hien` under `/van-ban/`). */
export function sectionRouteNames(section: string): Set<string> {
  const dir = path.join(pagesDir(), section);
  return fs.existsSync(dir) ? siteRouteNames(dir) : new Set();
}
