import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument } from './html';

/** What a page may weigh on a phone: its HTML with all the CSS and JS it loads, gzipped. */
export const PAGE_BUDGET = 30 * 1024;

/** A script of the site in `siteDir` and every module it imports, as files, each once. */
export function withImports(siteDir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    const target = match[1] ?? '';
    // Pagefind is loaded by the search page alone, on demand; the search index is excluded from the budget.
    if (target.includes('/pagefind/')) continue;
    withImports(siteDir, target.startsWith('/') ? path.join(siteDir, target) : path.join(path.dirname(file), target), seen);
  }
  return seen;
}

export const gz = (file: string): number => gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** The gzipped bytes of a page (`van-ban/x/index.html` under `siteDir`) with every script and style sheet it loads. */
export function pageWeight(siteDir: string, file: string): number {
  const html = path.join(siteDir, file);
  const doc = parseDocument(fs.readFileSync(html, 'utf8'));
  const assets = new Set<string>();
  for (const script of doc.querySelectorAll('script[src]')) {
    for (const module of withImports(siteDir, path.join(siteDir, script.getAttribute('src') ?? ''))) assets.add(module);
  }
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) assets.add(path.join(siteDir, link.getAttribute('href') ?? ''));
  return [html, ...assets].reduce((sum, asset) => sum + gz(asset), 0);
}
