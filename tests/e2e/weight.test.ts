import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, inject, it } from 'vitest';
import { isPublicFile, parseDocument } from '../support/html';

const siteDir = inject('siteDir');
const BUDGET = 30 * 1024;

/** A script and every module it imports, as files under the site, each once. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    const target = match[1] ?? '';
    // Pagefind is loaded by the search page alone, on demand; the search index is excluded from the budget.
    if (target.includes('/pagefind/')) continue;
    withImports(target.startsWith('/') ? path.join(siteDir, target) : path.join(path.dirname(file), target), seen);
  }
  return seen;
}

const gz = (file: string): number => gzipSync(fs.readFileSync(file), { level: 9 }).length;

it('keeps every page of the real site, with all the CSS and JS it loads, under 30 KB gzipped', () => {
  const pages = (fs.readdirSync(siteDir, { recursive: true }) as string[]).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind') && isPublicFile(file),
  );
  expect(pages.length).toBeGreaterThan(5);
  const over: string[] = [];
  for (const file of pages) {
    const html = path.join(siteDir, file);
    const doc = parseDocument(fs.readFileSync(html, 'utf8'));
    const assets = new Set<string>();
    for (const script of doc.querySelectorAll('script[src]')) {
      for (const module of withImports(path.join(siteDir, script.getAttribute('src') ?? ''))) assets.add(module);
    }
    for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) assets.add(path.join(siteDir, link.getAttribute('href') ?? ''));
    const weight = [html, ...assets].reduce((sum, asset) => sum + gz(asset), 0);
    if (weight > BUDGET) over.push(`${file}: ${weight} bytes`);
  }
  expect(over).toEqual([]);
});

it('gives a document page no script but its small status and print helpers', () => {
  const html = path.join(siteDir, 'van-ban/2023-ke-hoach-dan-van-chinh-quyen/index.html');
  const doc = parseDocument(fs.readFileSync(html, 'utf8'));
  const modules = new Set<string>();
  for (const script of doc.querySelectorAll('script[src]')) {
    for (const module of withImports(path.join(siteDir, script.getAttribute('src') ?? ''))) modules.add(module);
  }
  const scriptBytes = [...modules].reduce((sum, file) => sum + gz(file), 0);
  expect(doc.querySelectorAll('script[src]').length).toBeLessThanOrEqual(2);
  expect(scriptBytes).toBeLessThan(12 * 1024);
});
