import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUNDLE_LIST, searchBundles } from '../../src/lib/search-bundles';
import { writeSearchList } from '../../src/build/site-pages';
import { axeViolations, launchBrowser } from '../support/browser';
import { indexSite, removeTempDirs, tempDir } from '../support/build-site';
import { serveStatic } from '../support/static-server';
import { SITE_PAGES_PER_SEARCH_BUNDLE } from './global-setup';

const origin = inject('siteOrigin');
const PLAN = '/van-ban/2023-ke-hoach-dan-van-chinh-quyen/';

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ context, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => {
  await closeBrowser();
  removeTempDirs();
});

/** How many results the tests read: a page of ten, then "more" as a reader asks for it. */
const READ_UP_TO = 30;

/**
 * The tab each site is searched in, kept from one search to the next: a search in a new tab costs
 * twice the processor time, as Pagefind's WebAssembly and index start again in a new page.
 * `complaints` collects what the console reports during the latest search and after it.
 */
const tabs = new Map<string, { page: Page; complaints: string[] }>();

async function tabFor(at: string, fresh: boolean): Promise<{ page: Page; complaints: string[] }> {
  const kept = tabs.get(at);
  if (kept && fresh) await kept.page.close();
  else if (kept) return Object.assign(kept, { complaints: [] });
  const page = await context.newPage();
  const tab = { page, complaints: [] as string[] };
  page.on('console', (m) => (['error', 'warning'].includes(m.type()) ? tab.complaints.push(m.text()) : undefined));
  page.on('pageerror', (e) => tab.complaints.push(e.message));
  tabs.set(at, tab);
  return tab;
}

/**
 * Opens the search page of the site at `at` with `query` (the part after `?`) in that site's tab,
 * waits for the answer, and asks for more until READ_UP_TO results are shown or there are no more
 * (`more`: false reads the first page only). `freshTab` opens a new tab, with nothing fetched before.
 */
async function search(
  query: string,
  at = origin,
  more = true,
  { freshTab = false } = {},
): Promise<{ page: Page; urls: string[]; complaints: string[] }> {
  const { page, complaints } = await tabFor(at, freshTab);
  await page.goto(`${at}/tim-kiem/?${query}`);
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.startsWith('Đang tìm');
  });
  const button = page.locator('[data-search-more]');
  for (let shown = await page.locator('.search-result').count(); more && shown < READ_UP_TO && (await button.isVisible());) {
    await button.click();
    await page.waitForFunction((before) => document.querySelectorAll('.search-result').length > before, shown);
    shown = await page.locator('.search-result').count();
  }
  const urls = await page.locator('.search-result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return { page, urls, complaints };
}

/** The date a result shows (`15/03/2022`, `10/2023`, `2023`) in ISO order, or '' when it shows none. */
function isoDateOf(meta: string): string {
  return (
    meta
      .replace(/ Nội dung mẫu$/, '')
      .split(' · ')
      .find((part) => /^[\d/]+$/.test(part))
      ?.split('/')
      .reverse()
      .join('-') ?? ''
  );
}

describe('the search filters', () => {
  it('lists thôn and tổ dân phố in their natural order, number 2 before number 10', async () => {
    const { page } = await search('q=dan+van');
    const options = (await page.locator('select[data-filter="locality"] option').allTextContents()).slice(1);
    expect(options.length).toBeGreaterThan(10);
    const numbers = options.map((o) => Number(/số (\d+)/.exec(o)?.[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });
});

describe('searching', () => {
  it('shows ten results, then ten more on request, fetching each page only when it is shown, the focus on the first new one', async () => {
    // A new tab: in one that has shown these results before, the fragments come from its memory cache, unseen.
    const { page, urls } = await search('q=dan+van', origin, false, { freshTab: true });
    const fragments: string[] = [];
    const recordFragment = (request: Request): void => {
      if (request.url().endsWith('.pf_fragment')) fragments.push(request.url());
    };
    page.on('request', recordFragment);
    expect(urls).toHaveLength(10);
    const more = page.locator('[data-search-more]');
    await expect(more.textContent()).resolves.toBe('Xem thêm 10 kết quả');
    const status = await page.locator('[data-search-status]').textContent();
    const total = Number(/^(\d+) kết quả/.exec(status ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 10);
    const shown = await page.locator('.search-result').count();
    expect(shown).toBe(Math.min(20, total));
    // Only the pages just shown were fetched: the first ten were fetched once, before.
    expect(fragments.length).toBeLessThanOrEqual(shown - 10);
    await expect(
      page.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[10]),
    ).resolves.toBe(true);
    await expect(more.isVisible()).resolves.toBe(total > 20);
    page.off('request', recordFragment);
  });

  it('finds "Đak Đoa" from "dak doa" typed without diacritics, and shows the original text in the excerpt', async () => {
    const { page, urls, complaints } = await search('q=dak+doa');
    expect(urls).toContain(PLAN);
    const excerpt = await page.locator(`.search-result:has(a[href="${PLAN}"]) p`).last().innerHTML();
    expect(excerpt).toContain('<mark>Đak</mark>');
    expect(excerpt).toMatch(/Đak(<\/mark>)? (<mark>)?Đoa/);
    expect(complaints).toEqual([]);
  });

  it('finds "dân vận" from "dan van", and the same pages when đ is typed', async () => {
    const plain = await search('q=dan+van');
    expect(plain.urls).toContain(PLAN);
    const withD = await search(`q=${encodeURIComponent('Đak Đoa')}`);
    expect(withD.urls).toContain(PLAN);
  });

  it('keeps the query in the address and in the box, and shows kind, date and status for each result', async () => {
    const { page } = await search('q=noi+quy+tiep+cong+dan');
    await expect(page.locator('#search-query').inputValue()).resolves.toBe('noi quy tiep cong dan');
    const meta = await page
      .locator('.search-result:has(a[href="/van-ban/2022-quyet-dinh-noi-quy-tiep-cong-dan/"]) .search-result__meta')
      .textContent();
    // A sample says so in the results, where no banner is seen; the real plan carries no such tag.
    expect(meta).toBe('Quyết định · 15/03/2022 · Bị thay thế Nội dung mẫu');
    await expect(page.locator('.search-result__meta .tag--sample').first().textContent()).resolves.toBe('Nội dung mẫu');
    const plan = await search('q=dan+van');
    await expect(plan.page.locator(`.search-result:has(a[href="${PLAN}"]) .tag--sample`).count()).resolves.toBe(0);
  });

  it('filters by year and sorts by date on request', async () => {
    const filtered = await search('q=noi+quy&year=2022');
    expect(filtered.urls).toEqual(['/van-ban/2022-quyet-dinh-noi-quy-tiep-cong-dan/']);
    const sorted = await search('q=bao+cao&kind=V%C4%83n+b%E1%BA%A3n&sort=desc');
    const dates = await sorted.page.locator('.search-result__meta').allTextContents();
    const isoDates = dates.map((d) => (d.split(' · ')[1] ?? '').split('/').reverse().join('-'));
    expect(isoDates.length).toBeGreaterThan(1);
    expect([...isoDates].sort().reverse()).toEqual(isoDates);
  });

  it('sorted by date, still lists the pages without a date (standing pages, lists), after the dated ones', async () => {
    const plain = await search('q=noi+quy');
    expect(plain.urls).toContain('/lich-tiep-cong-dan/noi-quy/');
    for (const [order, direction] of [
      ['desc', -1],
      ['asc', 1],
    ] as const) {
      const sorted = await search(`q=noi+quy&sort=${order}`);
      expect([...sorted.urls].sort()).toEqual([...plain.urls].sort());
      const dates = (await sorted.page.locator('.search-result__meta').allTextContents()).map((meta) => isoDateOf(meta));
      const dated = dates.filter((date) => date !== '');
      expect(dated.length).toBeGreaterThan(1);
      expect(dates.slice(0, dated.length)).toEqual(dated);
      expect(dated).toEqual([...dated].sort((a, b) => direction * a.localeCompare(b)));
      await expect(sorted.page.locator('[data-search-status]').textContent()).resolves.toMatch(new RegExp(`^${plain.urls.length} kết quả`));
      expect(sorted.complaints).toEqual([]);
    }
  });

  it('searches again when a list changes, not when the query box loses focus', async () => {
    const { page } = await search('q=noi+quy');
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await page.locator('#search-query').fill('dan van');
    await page.locator('#search-sort').focus();
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${origin}/tim-kiem/?q=noi+quy`);
    await expect(page.evaluate(() => 'notReloaded' in window)).resolves.toBe(true);
    await page.locator('#search-sort').selectOption('desc');
    await page.waitForURL(/[?&]sort=desc/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('dan van');
  });

  it('ignores a filter value the index no longer has (an old shared link), as the list shows', async () => {
    const plain = await search('q=noi+quy');
    const stale = await search(`q=noi+quy&status=${encodeURIComponent('Đang xét duyệt')}&sort=newest`);
    expect(stale.urls).toEqual(plain.urls);
    await expect(stale.page.locator('#search-filter-status').inputValue()).resolves.toBe('');
    await expect(stale.page.locator('#search-sort').inputValue()).resolves.toBe('');
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
  });

  it('passes axe at WCAG 2.2 AA with results on screen', async () => {
    const { page } = await search('q=dan+van');
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id)).toEqual([]);
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
    const { urls, complaints } = await search('q=tiep+cong+dan');
    const found = new Set(urls.map(bundleOf));
    expect(found.has(-1)).toBe(false);
    expect(found.size).toBeGreaterThan(1);
    expect(complaints).toEqual([]);
  });

  describe('beside the same site indexed as one bundle, as a site of its size is', () => {
    let one: { origin: string; close: () => Promise<void> };
    beforeAll(async () => {
      const whole = tempDir('e2e-one-bundle');
      fs.cpSync(siteDir, whole, { recursive: true });
      const indexed = await indexSite(whole, { ...process.env, SEARCH_PAGES_PER_BUNDLE: '' });
      expect(indexed.code, indexed.output).toBe(0);
      expect(fs.readFileSync(path.join(whole, 'pagefind', BUNDLE_LIST), 'utf8').trim()).toBe('[]');
      one = await serveStatic(whole);
    });
    afterAll(async () => one.close());

    it('finds the same pages, though some bundle lacks a word of the query', async () => {
      // Each query has a word that some bundle of six pages lacks: no word there starts with it
      // ("english"), or only a shorter word it starts with ("bản" for "bang").
      // A mistyped word ("quyy", "sangg") that no page has: one index leaves it out, and so do the
      // bundles, also where a filter leaves some bundles without any answer.
      const mistyped = ['noi+quyy', `chieu+sangg&kind=${encodeURIComponent('Văn bản')}`];
      for (const query of ['English+contact', 'mat+bang', 'giai+phong+mat+bang', 'huong+dan+dang+tin', 'den+duong', ...mistyped]) {
        const inOne = await search(`q=${query}`, one.origin);
        const several = await search(`q=${query}`);
        if (mistyped.includes(query)) expect(inOne.urls.length, query).toBeGreaterThan(0);
        expect([...several.urls].sort(), query).toEqual([...inOne.urls].sort());
        expect(several.complaints).toEqual([]);
      }
      const { urls } = await search('q=English+contact');
      expect(urls).toEqual(['/en/']);
    });

    it('shows a result’s text as sentences, each fact’s name before its value', async () => {
      const { page, urls } = await search('q=loai+van+ban+ke+hoach+so+ky+hieu', one.origin);
      const excerpt = await page.locator('.search-result').nth(urls.indexOf(PLAN)).locator('p').last().textContent();
      expect(excerpt).toContain('Loại văn bản: Kế hoạch. Số ký hiệu:');
    });

    it('ranks the page whose title holds the words above pages that only mention them, typed without diacritics', async () => {
      // The plan's title is "Kế hoạch … công tác dân vận chính quyền …"; the reports that carry out
      // the plan, and the plan's own body, repeat these words many times over.
      // A reception schedule is titled "Lịch tiếp công dân tháng …", where documents only mention it.
      for (const [query, first] of [
        ['ke+hoach+dan+van+chinh+quyen', new RegExp(`^${PLAN}$`)],
        ['tiep+cong+dan', /^\/lich-tiep-cong-dan\/thang\//],
      ] as const) {
        const { urls } = await search(`q=${query}`, one.origin);
        expect(urls.length, query).toBeGreaterThan(1);
        expect(urls[0], query).toMatch(first);
      }
    });
  });

  it('finds no list or filtered view, even where a bundle holds only such pages', async () => {
    // "văn bản" is in every list's title and in the pages a list links to.
    const { urls, complaints } = await search('q=van+ban');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !isMarked(fileOf(url)))).toEqual([]);
    expect(complaints).toEqual([]);
  });
});

describe('newest first over a site whose newest pages are in another bundle', () => {
  // Built here, not by Astro: 35 plans of 2020 fill the first bundle; the second holds six plans of
  // 2024, one plan without a date and notices that match nothing. The plans of 2020 speak of "dân",
  // those of 2024 say "đang": "ke hoach dan" finds each through another spelling.
  const siteDir = inject('siteDir');
  const day = (year: number, n: number): string => new Date(Date.UTC(year, 0, n * 3)).toISOString().slice(0, 10);
  const page = (kind: string, title: string, text: string, date?: string): string =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body>` +
    `<h1>${title}</h1><div hidden><span data-pagefind-meta="kind:${kind}"></span>` +
    (date ? `<span data-pagefind-meta="date:${date}"></span><span data-pagefind-sort="date:${date}"></span>` : '') +
    `</div><p>${text}</p></main></body></html>`;
  const pages: Record<string, string> = {};
  for (let n = 1; n <= 35; n++)
    pages[`a-${String(n).padStart(2, '0')}`] = page('Kế hoạch', `Kế hoạch số ${n}`, 'Về công tác dân vận năm 2020.', day(2020, n));
  for (let n = 1; n <= 6; n++) pages[`b-${n}`] = page('Kế hoạch', `Kế hoạch số ${100 + n}`, 'Đang thực hiện trong năm 2024.', day(2024, n));
  pages['c-00'] = page('Kế hoạch', 'Kế hoạch chung', 'Áp dụng lâu dài.');
  for (let n = 1; n <= 28; n++) pages[`c-${String(n).padStart(2, '0')}`] = page('Thông báo', `Thông báo số ${n}`, 'Lịch họp thôn.');
  const newest = Array.from({ length: 6 }, (_, i) => `/b-${6 - i}/`);
  const oldest = Array.from({ length: 30 }, (_, i) => `/a-${String(i + 1).padStart(2, '0')}/`);

  const origins = { one: '', two: '' };
  const servers: { close: () => Promise<void> }[] = [];
  beforeAll(async () => {
    const serve = async (bundleSize: string): Promise<string> => {
      const dir = tempDir('e2e-dated');
      for (const part of ['tim-kiem', '_astro', 'favicon.svg'])
        fs.cpSync(path.join(siteDir, part), path.join(dir, part), { recursive: true });
      // The index step wants a home page; this one is not marked for search.
      fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="vi"><title>Trang chủ</title><main></main></html>');
      for (const [name, html] of Object.entries(pages)) {
        fs.mkdirSync(path.join(dir, name));
        fs.writeFileSync(path.join(dir, name, 'index.html'), html);
      }
      writeSearchList(
        dir,
        Object.keys(pages).map((name) => `/${name}/`),
      );
      const indexed = await indexSite(dir, { ...process.env, SEARCH_PAGES_PER_BUNDLE: bundleSize });
      if (indexed.code !== 0) throw new Error(indexed.output);
      const server = await serveStatic(dir);
      servers.push(server);
      return server.origin;
    };
    origins.one = await serve('');
    origins.two = await serve('35');
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  it('lists the newest pages first, though the other bundle holds more and older ones, and counts the undated one', async () => {
    const { page, urls, complaints } = await search('q=ke+hoach&sort=desc', origins.two);
    expect(urls.slice(0, 6)).toEqual(newest);
    expect(urls).toHaveLength(30);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^42 kết quả/);
    expect(complaints).toEqual([]);
    const oldestFirst = await search('q=ke+hoach&sort=asc', origins.two);
    expect(oldestFirst.urls).toEqual(oldest);
  });

  it('merges the spellings of a query with d by date, in one bundle as in two', async () => {
    for (const at of [origins.one, origins.two]) {
      const { page, urls } = await search('q=ke+hoach+dan&sort=desc', at);
      expect(urls.slice(0, 6)).toEqual(newest);
      await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^41 kết quả/);
    }
  });
});

describe('the search page without JavaScript', () => {
  it('offers the lists, and no box that could not search', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    const page = await noScript.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${origin}/tim-kiem/?q=dan+van`);
    await expect(page.locator('[data-search-form]').isVisible()).resolves.toBe(false);
    await expect(page.locator('.search-noscript').isVisible()).resolves.toBe(true);
    await expect(page.locator('.search-browse a[href="/van-ban/"]').isVisible()).resolves.toBe(true);
    await noScript.close();
  });
});
