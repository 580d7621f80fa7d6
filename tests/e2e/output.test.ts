import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { parseDocument } from '../support/html';
import { FIXTURES, validFixtureBuild } from '../support/build-site';
import { nuErrors } from '../support/nu-checker';

const siteDir = inject('siteDir');

const htmlFiles = (): string[] =>
  (fs.readdirSync(siteDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();

// Rules turned off, each with its reason.
const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // An official document's title is its kind and full trích yếu: long by law, and shortening it would misquote it.
    'long-title': 'off',
    // Heading anchors are made from Vietnamese headings ("1-chuẩn-bị"); HTML5 allows any id without spaces.
    'valid-id': ['error', { relaxed: true }],
  },
};

describe('the built site', () => {
  it('is valid HTML on every page', async () => {
    const validator = new HtmlValidate(config);
    const failures: string[] = [];
    for (const file of htmlFiles()) {
      const report = await validator.validateString(fs.readFileSync(path.join(siteDir, file), 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) failures.push(`${file}:${message.line} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('passes the W3C Nu HTML Checker, errors only and every rule on, on every page of the real site and the fixture site', async () => {
    const fixture = await validFixtureBuild();
    const pagesOf = (dir: string): string[] =>
      (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).map((file) => path.join(dir, file));
    const pages = [...pagesOf(siteDir), ...pagesOf(fixture.outDir)];
    expect(pages.length).toBeGreaterThan(100);
    expect(await nuErrors(pages)).toEqual([]);
  });

  it('is what catches a script written after </html>, which browsers forgive', async () => {
    const errors = await nuErrors([path.join(FIXTURES, 'html/stray-script.html')]);
    // The checker stops at it: the page cannot be read on from there.
    expect(errors[0]).toBe('tests/fixtures/html/stray-script.html:2 Stray start tag “script”.');
  });

  it('has no broken internal link or asset reference', () => {
    const broken: string[] = [];
    for (const file of htmlFiles()) {
      const doc = parseDocument(fs.readFileSync(path.join(siteDir, file), 'utf8'));
      const references = [
        ...[...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
        ...[...doc.querySelectorAll('link[href]:not([rel="canonical"]):not([rel="alternate"][hreflang])')].map(
          (l) => l.getAttribute('href') ?? '',
        ),
        ...[...doc.querySelectorAll('[src]')].map((e) => e.getAttribute('src') ?? ''),
      ];
      for (const reference of references) {
        if (!reference.startsWith('/') || reference.startsWith('//')) continue;
        const pathname = decodeURIComponent(reference.split('#')[0]?.split('?')[0] ?? '');
        const target = path.join(siteDir, pathname, pathname.endsWith('/') ? 'index.html' : '');
        if (!fs.existsSync(target)) broken.push(`${file} → ${reference}`);
        const anchor = reference.split('#')[1];
        if (anchor && fs.existsSync(target) && fs.statSync(target).isFile() && target.endsWith('.html')) {
          const html = fs.readFileSync(target, 'utf8');
          if (!html.includes(`id="${anchor}"`)) broken.push(`${file} → ${reference} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('asks nothing of another host from any page', () => {
    const outside: string[] = [];
    for (const file of htmlFiles()) {
      const doc = parseDocument(fs.readFileSync(path.join(siteDir, file), 'utf8'));
      for (const element of doc.querySelectorAll(
        'script[src], img[src], iframe, source[src], link[rel="stylesheet"], link[rel="preload"], link[rel="icon"]',
      )) {
        const url = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
        if (!url.startsWith('/') || url.startsWith('//')) outside.push(`${file}: ${url}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
