import fs from 'node:fs';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { isPublicFile, parseDocument } from '../support/html';
import { gz, pageWeight, PAGE_BUDGET, withImports } from '../support/weight';

const siteDir = inject('siteDir');

it('keeps every page of the real site, with all the CSS and JS it loads, under 30 KB gzipped', () => {
  const pages = (fs.readdirSync(siteDir, { recursive: true }) as string[]).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind') && isPublicFile(file),
  );
  expect(pages.length).toBeGreaterThan(5);
  const over: string[] = [];
  for (const file of pages) {
    const weight = pageWeight(siteDir, file);
    if (weight > PAGE_BUDGET) over.push(`${file}: ${weight} bytes`);
  }
  expect(over).toEqual([]);
});

it('gives a document page no script but its small status and print helpers', () => {
  const html = path.join(siteDir, 'van-ban/2023-ke-hoach-dan-van-chinh-quyen/index.html');
  const doc = parseDocument(fs.readFileSync(html, 'utf8'));
  const modules = new Set<string>();
  for (const script of doc.querySelectorAll('script[src]')) {
    for (const module of withImports(siteDir, path.join(siteDir, script.getAttribute('src') ?? ''))) modules.add(module);
  }
  const scriptBytes = [...modules].reduce((sum, file) => sum + gz(file), 0);
  expect(doc.querySelectorAll('script[src]').length).toBeLessThanOrEqual(2);
  expect(scriptBytes).toBeLessThan(12 * 1024);
});
