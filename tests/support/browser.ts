import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic } from './static-server';

/** Debian's Chromium; tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh Chromium profile; `close` also removes its folder. */
export async function launchBrowser(
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: FLAGS,
    headless: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` in a new tab at a width (and, if given, a fixed browser clock), recording
 * everything the console or the network complains about, requests to other hosts included.
 * Returns the HTTP status too, so a test can insist on 200.
 */
export async function openPage(
  context: BrowserContext,
  url: string,
  options: { width?: number; at?: Date } = {},
): Promise<{ page: Page; complaints: string[]; status: number | undefined }> {
  const origin = new URL(url).origin;
  const page = await context.newPage();
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) complaints.push(message.text());
  });
  page.on('pageerror', (error) => complaints.push(error.message));
  page.on('requestfailed', (request) => complaints.push(`failed: ${request.url()}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) complaints.push(`outside request: ${request.url()}`);
  });
  if (options.at) await page.clock.setFixedTime(options.at);
  await page.setViewportSize({ width: options.width ?? 390, height: 800 });
  const response = await page.goto(url);
  return { page, complaints, status: response?.status() };
}

/** The rules of WCAG 2.2 at level AA, as axe-core tags them. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's violations of WCAG 2.2 AA on the page as it is now. axe-core is evaluated into the
 * page, not added as a <script>, which the pages' Content-Security-Policy forbids, and only once
 * per document, so a page can be checked again after a change (a wider window, an opened menu).
 */
export async function axeViolations(page: Page): Promise<axe.Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    async (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_22_AA,
  );
  return results.violations;
}

/**
 * Serves a built site and opens each of `addresses` at 360 px, as a cheap phone shows it: what axe
 * reports there and how far the page scrolls sideways, for a test to expect none of either.
 */
export async function phoneCheck(
  outDir: string,
  addresses: readonly string[],
): Promise<{ address: string; violations: string[]; overflow: number }[]> {
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  try {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: 360, height: 740 });
    const found = [];
    for (const address of addresses) {
      await tab.goto(`${server.origin}${address}`);
      const violations = (await axeViolations(tab)).map((v) => v.id);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      found.push({ address, violations, overflow: Math.max(0, overflow) });
    }
    return found;
  } finally {
    await browser.close();
    await server.close();
  }
}
