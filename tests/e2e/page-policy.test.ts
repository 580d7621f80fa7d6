import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { EDITOR_PAGE_SECURITY_POLICY, PAGE_SECURITY_POLICY } from '../../src/lib/content-security-policy';
import { isPublicFile } from '../support/html';
import { launchBrowser } from '../support/browser';
import { serveStatic } from '../support/static-server';

// A host that ignores public/_headers, as GitHub Pages does, sends no policy: each page must carry
// its own. Here the built site is served with no header at all but the content type.

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
let server: Awaited<ReturnType<typeof serveStatic>>;
let copy: string;
beforeAll(async () => {
  ({ context, close: closeBrowser } = await launchBrowser());
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'no-headers-'));
  fs.cpSync(inject('siteDir'), copy, { recursive: true });
  server = await serveStatic(copy);
});
afterAll(async () => {
  await closeBrowser();
  await server.close();
  fs.rmSync(copy, { recursive: true, force: true });
});

const htmlFiles = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).map((file) => path.join(dir, file));

it('gives every page its Content-Security-Policy in a <meta> at the top of its <head>, and the web editor its own', () => {
  const pages = htmlFiles(copy).filter((file) => isPublicFile(path.relative(copy, file)));
  const editor = fs.readFileSync(path.join(copy, 'quan-tri/index.html'), 'utf8').slice(0, 900);
  expect(/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(editor)?.[1]?.replaceAll('&#39;', "'")).toBe(
    EDITOR_PAGE_SECURITY_POLICY,
  );
  expect(pages.length).toBeGreaterThan(20);
  for (const file of pages) {
    const head = fs.readFileSync(file, 'utf8').slice(0, 600);
    expect(head, file).toMatch(
      /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/,
    );
    expect(/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(head)?.[1]?.replaceAll('&#39;', "'")).toBe(PAGE_SECURITY_POLICY);
  }
});

it('runs no script and sends no request to another host from a page served without headers, whatever slipped into it', async () => {
  // What the content check refuses, put straight into a built page, as if something had got past it.
  const target = path.join(copy, 'van-ban/2023-ke-hoach-dan-van-chinh-quyen/index.html');
  const hostile = [
    '<script>window.ran = "inline";</script>',
    '<img src="https://example.net/t.png" alt="" onerror="window.ran = \'onerror\'">',
    '<span style="background:url(https://example.net/bg.png)">nền</span>',
    '<img src="x" alt="" onerror="window.ran = \'onerror\'">',
    '<iframe src="https://example.net/"></iframe>',
    '<link rel="stylesheet" href="https://example.net/s.css">',
  ].join('\n');
  fs.writeFileSync(target, fs.readFileSync(target, 'utf8').replace('</main>', `${hostile}</main>`));

  const page = await context.newPage();
  // Only a request the browser really sends reaches the router; one the policy blocks never does.
  const outside: string[] = [];
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, async (route) => {
    outside.push(route.request().url());
    await route.abort();
  });
  const response = await page.goto(`${server.origin}/van-ban/2023-ke-hoach-dan-van-chinh-quyen/`, { waitUntil: 'load' });
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { ran?: string }).ran)).toBeUndefined();
  expect(outside).toEqual([]);
  // The site's own scripts still run under the same policy: the print button is shown by one.
  await expect(page.locator('.print-button').isVisible()).resolves.toBe(true);
  await page.close();
});

it('is what stops them: the same page without its <meta> runs the inline script', async () => {
  const target = path.join(copy, 'lien-he/index.html');
  const stripped = fs
    .readFileSync(target, 'utf8')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace('</main>', '<script>window.ran = "inline";</script></main>');
  fs.writeFileSync(target, stripped);
  const page = await context.newPage();
  await page.goto(`${server.origin}/lien-he/`, { waitUntil: 'load' });
  expect(await page.evaluate(() => (window as unknown as { ran?: string }).ran)).toBe('inline');
  await page.close();
});
