import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, inject, it } from 'vitest';
import { parseDocument } from '../support/html';

const siteDir = inject('siteDir');
const BUDGET = 30 * 1024;

it('keeps every page of the real site, with the CSS and JS it loads, under 30 KB gzipped', () => {
  const pages = (fs.readdirSync(siteDir, { recursive: true }) as string[]).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
  );
  expect(pages.length).toBeGreaterThan(5);
  const over: string[] = [];
  for (const file of pages) {
    const html = fs.readFileSync(path.join(siteDir, file));
    const doc = parseDocument(html.toString());
    const assets = [
      ...[...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')),
      ...[...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')),
    ].map((url) => fs.readFileSync(path.join(siteDir, String(url))));
    const weight = [html, ...assets].reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
    if (weight > BUDGET) over.push(`${file}: ${weight} bytes`);
  }
  expect(over).toEqual([]);
});
