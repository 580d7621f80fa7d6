import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUNDLE_LIST, searchBundles } from '../../src/lib/search-bundles';
import { launchBrowser } from '../support/browser';
import { SITE_PAGES_PER_SEARCH_BUNDLE } from './global-setup';

const origin = inject('siteOrigin');
const PLAN = '/van-ban/2023-ke-hoach-dan-van-chinh-quyen/';

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ context, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => closeBrowser());

/** Opens the search page at `query` (the part after `?`) and waits for the answer. */
async function search(query: string): Promise<{ page: Page; urls: string[]; complaints: string[] }> {
  const page = await context.newPage();
  const complaints: string[] = [];
  page.on('console', (m) => (['error', 'warning'].includes(m.type()) ? complaints.push(m.text()) : undefined));
  page.on('pageerror', (e) => complaints.push(e.message));
  await page.goto(`${origin}/tim-kiem/?${query}`);
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.startsWith('Đang tìm');
  });
  const urls = await page.locator('.search-result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return { page, urls, complaints };
}

describe('searching', () => {
  it('finds "Đak Đoa" from "dak doa" typed without diacritics, and shows the original text in the excerpt', async () => {
    const { page, urls, complaints } = await search('q=dak+doa');
    expect(urls).toContain(PLAN);
    const excerpt = await page.locator(`.search-result:has(a[href="${PLAN}"]) p`).last().innerHTML();
    expect(excerpt).toContain('<mark>Đak</mark>');
    expect(excerpt).toMatch(/Đak(<\/mark>)? (<mark>)?Đoa/);
    expect(complaints).toEqual([]);
    await page.close();
  });

  it('finds "dân vận" from "dan van", and the same pages when đ is typed', async () => {
    const plain = await search('q=dan+van');
    expect(plain.urls).toContain(PLAN);
    const withD = await search(`q=${encodeURIComponent('Đak Đoa')}`);
    expect(withD.urls).toContain(PLAN);
    await plain.page.close();
    await withD.page.close();
  });

  it('keeps the query in the address and in the box, and shows kind, date and status for each result', async () => {
    const { page } = await search('q=noi+quy+tiep+cong+dan');
    await expect(page.locator('#search-query').inputValue()).resolves.toBe('noi quy tiep cong dan');
    const meta = await page.locator('.search-result:has(a[href="/van-ban/2022-quyet-dinh-noi-quy-tiep-cong-dan/"]) .search-result__meta').textContent();
    expect(meta).toBe('Quyết định · 15/03/2022 · Bị thay thế');
    await page.close();
  });

  it('filters by year and sorts by date on request', async () => {
    const filtered = await search('q=noi+quy&year=2022');
    expect(filtered.urls).toEqual(['/van-ban/2022-quyet-dinh-noi-quy-tiep-cong-dan/']);
    const sorted = await search('q=bao+cao&kind=V%C4%83n+b%E1%BA%A3n&sort=desc');
    const dates = await sorted.page.locator('.search-result__meta').allTextContents();
    const isoDates = dates.map((d) => (d.split(' · ')[1] ?? '').split('/').reverse().join('-'));
    expect(isoDates.length).toBeGreaterThan(1);
    expect([...isoDates].sort().reverse()).toEqual(isoDates);
    await filtered.page.close();
    await sorted.page.close();
  });

  it('never finds the header or footer: a page whose header says Đak Đoa but whose content does not is not found', async () => {
    const rules = await context.newPage();
    await rules.goto(`${origin}/lich-tiep-cong-dan/noi-quy/`);
    await expect(rules.locator('header').textContent()).resolves.toContain('Đak Đoa');
    await expect(rules.locator('main').textContent()).resolves.not.toContain('Đak Đoa');
    await rules.close();
    const { page, urls } = await search('q=dak+doa');
    expect(urls.length).toBeGreaterThan(3);
    expect(urls).not.toContain('/lich-tiep-cong-dan/noi-quy/');
    const excerpts = await page.locator('.search-result p:last-child').allTextContents();
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Bỏ qua, đến nội dung chính|Giờ làm việc/);
    await page.close();
  });

  it('passes axe at WCAG 2.2 AA with results on screen', async () => {
    const { page } = await search('q=dan+van');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.close();
  });
});

describe('the search box on every page', () => {
  it('submits to the search page, and without JavaScript that page explains and links the lists', async () => {
    const { context: noScript, close } = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${origin}${PLAN}`);
      await page.locator('#site-search-query').fill('dan van');
      await page.locator('.site-search button').click();
      await page.waitForURL(/\/tim-kiem\/\?q=dan\+van$/);
      await expect(page.locator('noscript').count()).resolves.toBe(1);
      await expect(page.getByRole('link', { name: 'Văn bản' }).last().getAttribute('href')).resolves.toBe('/van-ban/');
    } finally {
      await close();
    }
  });
});

describe('a site indexed in several bundles', () => {
  const siteDir = inject('siteDir');
  /** Pages marked for search; lists and filtered views are not, and the index step bundles only these. */
  const isMarked = (file: string): boolean => /<main\b[^>]*\sdata-pagefind-body/.test(fs.readFileSync(path.join(siteDir, file), 'utf8'));
  const fileOf = (url: string): string => `${url.replace(/^\//, '')}index.html`;
  const bundleOf = (url: string): number => {
    const files = (fs.readdirSync(siteDir, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.html') && isMarked(file))
      .map((file) => file.split(path.sep).join('/'))
      .sort();
    return searchBundles(files, SITE_PAGES_PER_SEARCH_BUNDLE).findIndex((bundle) => bundle.includes(fileOf(url)));
  };

  it('lists the other bundles for the search page, and a search finds pages from more than one', async () => {
    const extra = JSON.parse(fs.readFileSync(path.join(siteDir, 'pagefind', BUNDLE_LIST), 'utf8')) as string[];
    expect(extra.length).toBeGreaterThan(0);
    for (const bundle of extra) expect(fs.existsSync(path.join(siteDir, bundle, 'pagefind-entry.json'))).toBe(true);
    const { page, urls, complaints } = await search('q=tiep+cong+dan');
    const found = new Set(urls.map(bundleOf));
    expect(found.has(-1)).toBe(false);
    expect(found.size).toBeGreaterThan(1);
    expect(complaints).toEqual([]);
    await page.close();
  });

  it('finds no list or filtered view, even where a bundle holds only such pages', async () => {
    // "văn bản" is in every list's title and in the pages a list links to.
    const { page, urls, complaints } = await search('q=van+ban');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !isMarked(fileOf(url)))).toEqual([]);
    expect(complaints).toEqual([]);
    await page.close();
  });
});
