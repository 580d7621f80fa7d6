import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from '../support/browser';
import { buildSite, composeContent, FIXTURES, readPage, removeTempDirs, type BuildResult } from '../support/build-site';
import { nuErrors } from '../support/nu-checker';
import { parseDocument, textOf } from '../support/html';
import { serveStatic } from '../support/static-server';

// tests/fixtures/withdrawn adds, over the valid fixture, one document, one consultation (still
// open by its dates) and one dialogue, each withdrawn with a date and a reason.
const DOCUMENT = '/van-ban/2023-thong-bao-da-rut/';
const CONSULTATION = '/lay-y-kien/2026-lay-y-kien-da-rut/';
const DIALOGUE = '/doi-thoai/2025-doi-thoai-da-rut/';

let build: BuildResult;
beforeAll(async () => {
  build = await buildSite(composeContent('withdrawn', path.join(FIXTURES, 'withdrawn')));
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});
afterAll(removeTempDirs);

const page = (address: string): Document => parseDocument(readPage(build.outDir, address));
const file = (name: string): string => fs.readFileSync(path.join(build.outDir, name), 'utf8');
const links = (address: string): string[] => [...page(address).querySelectorAll('main a[href]')].map((a) => a.getAttribute('href') ?? '');

describe('an item the office has withdrawn', () => {
  it.each([
    [DOCUMENT, '05/06/2023', 'Điện lực đã hoãn lịch cắt điện; thông báo không còn đúng.'],
    [CONSULTATION, '25/11/2026', 'Dự thảo đăng nhầm bản cũ; bản đúng sẽ được lấy ý kiến lại.'],
    [DIALOGUE, '01/06/2025', 'Biên bản đăng nhầm buổi đối thoại của xã khác.'],
  ])('keeps its page at %s, saying from when and why, and out of search', (address, date, reason) => {
    const doc = page(address);
    const notice = doc.querySelector('main .withdrawn-notice');
    expect(textOf(notice?.querySelector('h2'))).toBe(`Ngừng công khai từ ngày ${date}`);
    expect(textOf(notice)).toContain(`Lý do: ${reason}`);
    // The page is still there in full, below the notice.
    expect(textOf(doc.querySelector('main'))).toContain(', đã ngừng công khai.');
    expect(doc.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
    expect(JSON.parse(file('pagefind/pages.json'))).not.toContain(address);
  });

  it('says so where a document shows its status', () => {
    expect(textOf(page(DOCUMENT).querySelector('.document__actions .status'))).toBe('Ngừng công khai');
  });

  it('leaves the lists, the home page and the feeds', () => {
    for (const [list, address] of [
      ['/van-ban/', DOCUMENT],
      ['/van-ban/nam/2023/', DOCUMENT],
      ['/lay-y-kien/', CONSULTATION],
      ['/doi-thoai/', DIALOGUE],
      ['/', DOCUMENT],
      ['/', CONSULTATION],
    ] as const) {
      expect(links(list), list).not.toContain(address);
    }
    // The list still shows the others: the page is not empty for another reason.
    expect(links('/van-ban/')).toContain('/van-ban/2023-ke-hoach-khung/');
    expect(textOf(page('/kien-nghi/').querySelector('main'))).not.toContain('DT-2025-09');
    for (const feed of ['rss.xml', 'van-ban/rss.xml', 'lay-y-kien/rss.xml', 'doi-thoai/rss.xml']) {
      expect(file(feed), feed).not.toMatch(/da-rut/);
    }
  });

  it('stays in the open data, where its record says withdrawn, when and why', () => {
    const records = <T>(name: string): T[] => (JSON.parse(file(`du-lieu/${name}.json`)) as { records: T[] }).records;
    const doc = records<{ id: string; status: string; document: { withdrawn?: object } }>('van-ban').find(
      (r) => r.id === '2023-thong-bao-da-rut',
    );
    expect(doc).toMatchObject({
      status: 'withdrawn',
      document: { withdrawn: { date: '2023-06-05', reason: 'Điện lực đã hoãn lịch cắt điện; thông báo không còn đúng.' } },
    });
    const consultation = records<{ id: string; consultation: object }>('lay-y-kien').find((r) => r.id === '2026-lay-y-kien-da-rut');
    expect(consultation?.consultation).toMatchObject({ withdrawn: { date: '2026-11-25' } });
    const issue = records<{ id: string }>('kien-nghi').find((r) => r.id === 'DT-2025-09');
    expect(issue).toMatchObject({ dialogueWithdrawn: { date: '2025-06-01', reason: 'Biên bản đăng nhầm buổi đối thoại của xã khác.' } });
    expect(file('du-lieu/van-ban.csv')).toMatch(/^2023-thong-bao-da-rut,.*,Ngừng công khai,.*,2023-06-05,true\r?$/m);
  });

  it('keeps every page valid to the W3C Nu HTML Checker', async () => {
    const pages = (fs.readdirSync(build.outDir, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.html'))
      .map((file) => path.join(build.outDir, file));
    expect(await nuErrors(pages)).toEqual([]);
  });

  it('shows the notice on screen and on paper, with nothing for axe to report', async () => {
    const server = await serveStatic(build.outDir);
    const browser = await launchBrowser();
    try {
      const tab = await browser.context.newPage();
      for (const address of [DOCUMENT, CONSULTATION, DIALOGUE]) {
        await tab.goto(`${server.origin}${address}`);
        const notice = tab.locator('.withdrawn-notice');
        await expect(notice.isVisible(), address).resolves.toBe(true);
        // Above the fold of a small phone's first screen: it is the first thing the page says.
        const box = await notice.boundingBox();
        expect(box?.y ?? Infinity, address).toBeLessThan(tab.viewportSize()?.height ?? 0);
        const violations = await axeViolations(tab);
        expect(
          violations.map((v) => v.id),
          address,
        ).toEqual([]);
        await tab.emulateMedia({ media: 'print' });
        await expect(notice.isVisible(), `${address} printed`).resolves.toBe(true);
        await tab.emulateMedia({ media: 'screen' });
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
