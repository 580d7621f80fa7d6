import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isMarkedForSearch } from '../../src/cli/search-index';
import { pagesToIndex, searchBundles } from '../../src/lib/search-bundles';

const pages = (n: number): string[] => Array.from({ length: n }, (_, i) => `van-ban/${String(i).padStart(5, '0')}/index.html`);

describe('searchBundles', () => {
  it("keeps a site of up to one bundle's pages in a single bundle", () => {
    expect(searchBundles(pages(5000), 5000)).toEqual([pages(5000)]);
    expect(searchBundles([], 5000)).toEqual([[]]);
  });

  it('splits a larger site into the fewest bundles, as even as can be, every page in exactly one', () => {
    const site = pages(10_617);
    const bundles = searchBundles(site, 5000);
    expect(bundles.map((b) => b.length)).toEqual([3539, 3539, 3539]);
    expect(bundles.flat()).toEqual(site);
  });

  it('splits by the pages alone: the same files give the same bundles', () => {
    expect(searchBundles(pages(12), 5)).toEqual(searchBundles(pages(12), 5));
    expect(searchBundles(pages(12), 5).map((b) => b.length)).toEqual([4, 4, 4]);
  });
});

describe('pagesToIndex', () => {
  const site = ['index.html', 'van-ban/a/index.html', 'van-ban/index.html', 'van-ban/nam/2023/index.html', 'van-ban/z/index.html'];
  const marked = new Set(['van-ban/a/index.html', 'van-ban/z/index.html']);

  it('keeps only the pages marked for search, so that no bundle is a run of lists', () => {
    expect(pagesToIndex(site, (file) => marked.has(file))).toEqual(['van-ban/a/index.html', 'van-ban/z/index.html']);
  });

  it('keeps every page of a site where none is marked, as Pagefind would', () => {
    expect(pagesToIndex(site, () => false)).toEqual(site);
  });
});

describe('isMarkedForSearch', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marked-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const page = (name: string, html: string): string => {
    fs.writeFileSync(path.join(dir, name), html);
    return path.join(dir, name);
  };
  // Longer than the part read first, so the whole page has to be read.
  const longHead = `<style>${'p{margin:0}'.repeat(4000)}</style>`;

  it.each([
    ['a marked page', '<main id="main" tabindex="-1" data-pagefind-body>', true],
    ['a list page', '<main id="main" tabindex="-1">', false],
    ['a marked page whose <main> comes late', `${longHead}<main id="main" data-pagefind-body>`, true],
    ['a list page whose <main> comes late', `${longHead}<main id="main">x</main><p data-pagefind-body>`, false],
    ['a page without <main>', '<body><p>data-pagefind-body</p></body>', false],
  ])('tells %s', (name, body, marked) => {
    expect(isMarkedForSearch(page(`${name.replace(/\W+/g, '-')}.html`, `<!doctype html><html><head>${body}</html>`))).toBe(marked);
  });
});
