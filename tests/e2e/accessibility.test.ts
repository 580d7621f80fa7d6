import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
});
afterAll(async () => closeBrowser());

it('finds no axe-core violation at WCAG 2.2 AA on any page of the sitemap, on a phone and on a desktop', async () => {
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(20);
  // One tab per width, side by side: each has a renderer of its own, so the two cores share the work.
  const sizes = [
    [360, 740],
    [1280, 800],
  ] as const;
  const found = await Promise.all(
    sizes.map(async ([width, height]) => {
      const violations: string[] = [];
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      for (const pathname of paths) {
        await page.goto(inject('siteOrigin') + pathname);
        const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        for (const v of results.violations) {
          violations.push(`${width}px ${pathname} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
      await page.close();
      return violations;
    }),
  );
  expect(found.flat()).toEqual([]);
}, 300_000);
