import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isListed, recordPage, searchablePages, searchListFile, startPageRecord, writeSearchList } from '../../src/build/site-pages';
import { pagesToIndex, searchBundles } from '../../src/lib/search-bundles';

const pages = (n: number): string[] => Array.from({ length: n }, (_, i) => `van-ban/${String(i).padStart(5, '0')}/index.html`);

describe('searchBundles', () => {
  it("keeps a site of up to one bundle's pages in a single bundle", () => {
    expect(searchBundles(pages(5000), 5000)).toEqual([pages(5000)]);
    expect(searchBundles([], 5000)).toEqual([[]]);
  });

  it('splits a larger site into bundles of at most that many pages, in order, every page in exactly one', () => {
    const site = pages(10_617);
    const bundles = searchBundles(site, 1800);
    expect(bundles.flat()).toEqual(site);
    expect(bundles.every((bundle) => bundle.length <= 1800)).toBe(true);
    // Each but the last ends at a page's mark, past seven eighths of a bundle: at most one more than the fewest.
    expect(bundles.length).toBeLessThanOrEqual(Math.ceil(10_617 / 1800) + 1);
    expect(bundles.slice(0, -1).every((bundle) => bundle.length >= 1575)).toBe(true);
  });

  it('splits by the pages alone: the same files give the same bundles', () => {
    expect(searchBundles(pages(12), 5)).toEqual(searchBundles(pages(12), 5));
    expect(searchBundles(pages(12), 5).flat()).toEqual(pages(12));
  });

  it('keeps the other bundles as they were when a page is added or taken away: at most two change', () => {
    const site = pages(10_617);
    const before = new Set(searchBundles(site, 1800).map((bundle) => bundle.join(' ')));
    const changedBy = (edited: string[]): number => searchBundles(edited, 1800).filter((bundle) => !before.has(bundle.join(' '))).length;
    for (const at of [0, 1999, 2500, 5000, 9000, 10_616]) {
      const added = [...site.slice(0, at + 1), `${site[at] ?? ''}-moi`, ...site.slice(at + 1)];
      expect(changedBy(added), `a page added after page ${String(at)}`).toBeLessThanOrEqual(2);
      expect(changedBy(site.filter((_, i) => i !== at)), `page ${String(at)} taken away`).toBeLessThanOrEqual(2);
    }
    // Split evenly instead, a page added near the start moved every bundle's first page.
    expect(changedBy([`${site[0] ?? ''}-moi`, ...site])).toBeLessThanOrEqual(2);
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

describe('the pages the build records for the steps after it', () => {
  it('lists for search the pages rendered as searchable, in address order, and for the sitemap those rendered as listed', () => {
    startPageRecord();
    recordPage('/van-ban/z/', { searchable: true, listed: true });
    recordPage('/van-ban/', { searchable: false, listed: true });
    recordPage('/van-ban/a/', { searchable: true, listed: true });
    recordPage('/van-ban/ten-cu/', { searchable: false, listed: false });
    expect(searchablePages()).toEqual(['/van-ban/a/', '/van-ban/z/']);
    expect(['/van-ban/', '/van-ban/a/', '/van-ban/ten-cu/', '/rss.xml'].map(isListed)).toEqual([true, true, false, false]);
  });

  it('starts empty for each build: nothing of an earlier build in the same process is carried over', () => {
    startPageRecord();
    recordPage('/van-ban/cu/', { searchable: true, listed: true });
    startPageRecord();
    recordPage('/van-ban/moi/', { searchable: true, listed: true });
    expect(searchablePages()).toEqual(['/van-ban/moi/']);
    expect(isListed('/van-ban/cu/')).toBe(false);
  });

  it('hands the list to the search step in the search index folder of the built site', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'search-list-'));
    writeSearchList(site, ['/van-ban/a/']);
    expect(searchListFile(site)).toBe(path.join(site, 'pagefind', 'pages.json'));
    expect(JSON.parse(fs.readFileSync(searchListFile(site), 'utf8'))).toEqual(['/van-ban/a/']);
    fs.rmSync(site, { recursive: true, force: true });
  });
});
