import axe from 'axe-core';
import { chromium, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';
import { serveStatic } from './static-server';

/** Debian's Chromium; tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How every test Chromium starts: Debian's build, headless, with nothing that reaches the network by itself. */
export const LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/**
 * Where the test run's one Chromium listens (tests/support/browser-server.ts sets it for the test
 * files). Starting a Chromium costs about three times what a fresh context in a running one does,
 * and the suite asks for one in some thirty places.
 */
export const BROWSER_ENDPOINT_VARIABLE = 'TEST_BROWSER_ENDPOINT';

/**
 * A fresh browser context, as a new profile is: no cookies, storage or cache from another test.
 * It opens in the test run's Chromium when there is one, else in a Chromium of its own (the
 * benchmarks); `close` closes what it opened.
 */
export async function launchBrowser(
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const endpoint = process.env[BROWSER_ENDPOINT_VARIABLE];
  const browser = endpoint === undefined ? await chromium.launch(LAUNCH_OPTIONS) : await chromium.connect(endpoint);
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  return {
    context,
    close: async () => {
      // Closing a connected browser closes its contexts and the connection, not the shared Chromium.
      await browser.close();
    },
  };
}

/** The Clock methods that install Playwright's clock in a tab. */
const CLOCK_METHODS = ['install', 'fastForward', 'pauseAt', 'resume', 'runFor', 'setFixedTime', 'setSystemTime'] as const;

/** Tabs the tests have closed, per browser context: those whose clock a test set, and the others. */
const spareTabs = new WeakMap<BrowserContext, { clocked: Page[]; plain: Page[] }>();
const clockedTabs = new WeakSet<Page>();
/** The window size each tab opened with, which it is given again when it comes back. */
const firstViewport = new WeakMap<Page, { width: number; height: number } | null>();

/** A new tab of `context` that remembers its window size and whether a test has set its clock. */
async function newTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  firstViewport.set(page, page.viewportSize());
  for (const name of CLOCK_METHODS) {
    const method = page.clock[name].bind(page.clock) as (...args: unknown[]) => Promise<void>;
    Object.assign(page.clock, {
      [name]: (...args: unknown[]) => {
        clockedTabs.add(page);
        return method(...args);
      },
    });
  }
  return page;
}

/**
 * A tab of `context` for a test, its clock fixed at `at` if given: one a test closed before, or a
 * new one. A new tab costs the browser about four times what a page opened in one costs (0.56
 * against 0.14 processor-seconds here). Closing it gives it back, blank, shown as a screen at its
 * first size, with none of the test's listeners; a clock cannot be taken off a tab, so a tab whose
 * clock a test set only ever goes to tests that set it again.
 */
export async function tabOf(context: BrowserContext, options: { at?: Date } = {}): Promise<Page> {
  const spare = spareTabs.get(context) ?? { clocked: [], plain: [] };
  spareTabs.set(context, spare);
  const page = (options.at === undefined ? spare.plain : spare.clocked).pop() ?? (await newTab(context));
  if (options.at !== undefined) await page.clock.setFixedTime(options.at);
  Object.assign(page, {
    close: async (): Promise<void> => {
      page.removeAllListeners();
      // Whatever the page still had in flight ends here, heard by no test.
      await page.goto('about:blank');
      await page.emulateMedia({ media: null });
      const size = firstViewport.get(page);
      if (size) await page.setViewportSize(size);
      (clockedTabs.has(page) ? spare.clocked : spare.plain).push(page);
    },
  });
  return page;
}

/**
 * Opens `url` in a tab (tabOf) at a width (and, if given, a fixed browser clock), recording
 * everything the console or the network complains about, requests to other hosts included.
 * Returns the HTTP status too, so a test can insist on 200.
 */
export async function openPage(
  context: BrowserContext,
  url: string,
  options: { width?: number; at?: Date } = {},
): Promise<{ page: Page; complaints: string[]; status: number | undefined }> {
  const origin = new URL(url).origin;
  const page = await tabOf(context, options.at === undefined ? {} : { at: options.at });
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) complaints.push(message.text());
  });
  page.on('pageerror', (error) => complaints.push(error.message));
  page.on('requestfailed', (request) => complaints.push(`failed: ${request.url()}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) complaints.push(`outside request: ${request.url()}`);
  });
  await page.setViewportSize({ width: options.width ?? 390, height: 800 });
  const response = await page.goto(url);
  return { page, complaints, status: response?.status() };
}

/** The rules of WCAG 2.2 at level AA, as axe-core tags them. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's violations of WCAG 2.2 AA on the page as it is now. axe-core is evaluated into the
 * page, not added as a <script>, which the pages' Content-Security-Policy forbids, and only once
 * per document, so a page can be checked again after a change (a wider window, an opened menu);
 * a context given it as an init script (`context.addInitScript(axe.source)`) has it in every page.
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
    await browser.context.addInitScript(axe.source);
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
