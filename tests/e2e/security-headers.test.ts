import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { PROJECT_ROOT } from '../support/build-site';
import { serveStatic } from '../support/static-server';

/** The headers public/_headers gives every page (its `/*` block). */
function headersForAllPages(): Record<string, string> {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, 'public/_headers'), 'utf8');
  const block = text.split(/\n(?=\S)/).find((section) => section.startsWith('/*\n')) ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  ({ context, close: closeBrowser } = await launchBrowser());
  server = await serveStatic(inject('siteDir'), headersForAllPages());
});
afterAll(async () => {
  await closeBrowser();
  await server.close();
});

it('serves a Content-Security-Policy that forbids inline script yet lets the site and Pagefind run', async () => {
  const headers = headersForAllPages();
  expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(e.message));
  for (const address of ['/van-ban/2023-ke-hoach-dan-van-chinh-quyen/', '/lich-tiep-cong-dan/', '/']) {
    await page.goto(server.origin + address);
  }
  await page.goto(`${server.origin}/tim-kiem/?q=dan+van`);
  await page.waitForSelector('.search-result');
  expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  // The print button appears only when its script ran, so it proves scripts are allowed.
  await page.goto(`${server.origin}/van-ban/2023-ke-hoach-dan-van-chinh-quyen/`);
  await expect(page.locator('.print-button').isVisible()).resolves.toBe(true);
  expect(violations).toEqual([]);
  await page.close();
});
