import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

// The real content/, built and served by global-setup.
const origin = inject('siteOrigin');
/** Pages from none to many time-bound statuses, of every kind the status script re-checks. */
const PAGES = [
  '/gioi-thieu/',
  '/',
  '/van-ban/',
  '/lay-y-kien/',
  '/kien-nghi/',
  '/doi-thoai/2023-hoi-nghi-doi-thoai-voi-nhan-dan/',
  '/lich-tiep-cong-dan/',
  '/lich-tiep-cong-dan/thang/2023-03/',
];
/** What the components mark for the status script to re-check. */
const MARKED = [
  '.status[data-time-bound]',
  '[data-consultation-state]',
  '[data-while-open]',
  '[data-when-closed]',
  '.consultation-groups',
  '.stage[data-dialogue-start]',
  '[data-issue-due]',
  '[data-overdue-count]',
  '[data-overdue-dues]',
  '.verdict[data-publication-date]',
  '[data-session-timing]',
  '[data-next-session]',
].join(', ');

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ context, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => closeBrowser());

describe('the status script', () => {
  it('is one module file that every page loads once, however many statuses the page shows', async () => {
    const marked: number[] = [];
    const statusScripts = new Set<string>();
    for (const address of PAGES) {
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => (request.resourceType() === 'script' ? requested.push(request.url()) : undefined));
      await page.goto(origin + address);
      const scripts = await page.evaluate(() =>
        [...document.querySelectorAll('script')].map((s) => ({ src: s.src, type: s.type, inHead: s.parentElement === document.head })),
      );
      // No component brings a script of its own: the layout's, in the head, is the page's only one.
      expect(scripts, address).toEqual([{ src: expect.stringMatching(/\/_astro\/[\w.-]+\.js$/), type: 'module', inHead: true }]);
      expect(requested, address).toEqual([scripts[0]?.src]);
      statusScripts.add(scripts[0]?.src ?? '');
      marked.push(await page.locator(MARKED).count());
      await page.close();
    }
    expect(statusScripts.size).toBe(1);
    expect(Math.min(...marked)).toBe(0);
    expect(Math.max(...marked)).toBeGreaterThanOrEqual(10);
  });
});
