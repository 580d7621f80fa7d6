import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from '../support/browser';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** Every page the sitemap lists, as paths on the local server: its index names the sitemap files, which list the pages. */
function sitemapPaths(): string[] {
  const locs = (file: string): string[] =>
    [...fs.readFileSync(path.join(inject('siteDir'), file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? '/').pathname,
    );
  return locs('sitemap-index.xml').flatMap(locs);
}

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ context, close: closeBrowser } = await launchBrowser());
  // axe-core goes to the browser once, and each page runs it as it opens: sent with every page, its
  // half-megabyte source cost the test process and the browser a tenth of the test's processor time.
  await context.addInitScript(axe.source);
});
afterAll(async () => closeBrowser());

it('finds no axe-core violation at WCAG 2.2 AA on any page of the sitemap, on a phone and on a desktop', async () => {
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(20);
  // Each page is loaded once, checked at phone width, then widened and checked again, as a
  // window that is resized: the check itself is most of the time, loading the page into the tab the
  // rest. Two tabs share the pages: each has a renderer of its own, so the two cores share the work.
  const tabs = 2;
  const found = await Promise.all(
    Array.from({ length: tabs }, async (_, tab) => {
      const violations: string[] = [];
      const page = await context.newPage();
      for (const pathname of paths.filter((_, i) => i % tabs === tab)) {
        await page.setViewportSize(PHONE);
        await page.goto(inject('siteOrigin') + pathname);
        for (const size of [PHONE, DESKTOP]) {
          await page.setViewportSize(size);
          for (const v of await axeViolations(page)) {
            violations.push(`${size.width}px ${pathname} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          }
        }
      }
      await page.close();
      return violations;
    }),
  );
  expect(found.flat()).toEqual([]);
}, 300_000);
