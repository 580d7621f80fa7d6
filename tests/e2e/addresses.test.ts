import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser';

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ context, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => closeBrowser());

it('leads a reader who follows an old address of a renamed document to the document', async () => {
  const page = await context.newPage();
  await page.goto(`${inject('fixtureOrigin')}/van-ban/ke-hoach-khung-cu/`);
  await page.waitForURL(/\/van-ban\/2023-ke-hoach-khung\/$/);
  await expect(page.locator('h1').textContent()).resolves.toBe('Kế hoạch thực hiện công tác mẫu năm 2023');
  await page.close();
});

it('gives a reader without JavaScript or refresh a link to follow', async () => {
  const { context: noScript, close } = await launchBrowser({ javaScriptEnabled: false });
  try {
    const page = await noScript.newPage();
    const response = await page.request.get(`${inject('fixtureOrigin')}/van-ban/ke-hoach-khung-cu/`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<a href="/van-ban/2023-ke-hoach-khung/">');
  } finally {
    await close();
  }
});
