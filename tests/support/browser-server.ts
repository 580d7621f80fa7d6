import { chromium, type BrowserServer } from 'playwright-core';
import { BROWSER_ENDPOINT_VARIABLE, LAUNCH_OPTIONS } from './browser';

/**
 * Vitest global setup, named by each project whose tests open pages: starts one Chromium for the
 * whole run and tells the test files where it listens (launchBrowser connects to it). Projects run
 * their setups in the one main process, so the first starts the browser and the last to finish
 * closes it.
 */
const shared = globalThis as typeof globalThis & { testBrowser?: { server: Promise<BrowserServer>; users: number } };

export default async function setup(): Promise<() => Promise<void>> {
  shared.testBrowser ??= { server: chromium.launchServer(LAUNCH_OPTIONS), users: 0 };
  const browser = shared.testBrowser;
  browser.users += 1;
  // Test files run in processes started after the global setups, which inherit this.
  process.env[BROWSER_ENDPOINT_VARIABLE] = (await browser.server).wsEndpoint();
  return async () => {
    browser.users -= 1;
    if (browser.users > 0) return;
    delete shared.testBrowser;
    await (await browser.server).close();
  };
}
