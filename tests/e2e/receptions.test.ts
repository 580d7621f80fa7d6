import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, tabOf } from '../support/browser';

const origin = inject('siteOrigin');
const PAGES = [
  '/lich-tiep-cong-dan/',
  '/lich-tiep-cong-dan/thang/2023-03/',
  '/lich-tiep-cong-dan/can-bo/chu-tich/',
  '/lich-tiep-cong-dan/loai/dot-xuat/',
  '/lich-tiep-cong-dan/noi-quy/',
];

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ context, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => closeBrowser());

describe.each(PAGES)('the reception page %s', (address) => {
  it('has no axe-core violations at WCAG 2.2 AA, fits 320 px and keeps the console quiet', async () => {
    const page = await tabOf(context);
    const complaints: string[] = [];
    page.on('console', (m) => (['error', 'warning'].includes(m.type()) ? complaints.push(m.text()) : undefined));
    page.on('pageerror', (e) => complaints.push(e.message));
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(origin + address);
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(complaints).toEqual([]);
    await page.close();
  });
});

describe('session labels built long ago', () => {
  it('show a finished session as past and today’s as "Hôm nay" on the reader’s day', async () => {
    const page = await tabOf(context);
    // 08:00 on Thursday 02/03/2023 in Vietnam: the chairman's first March session is under way.
    await page.clock.setFixedTime(new Date('2023-03-02T01:00:00Z'));
    await page.goto(`${origin}/lich-tiep-cong-dan/thang/2023-03/`);
    const label = (uid: string) => page.locator(`#buoi-${uid} [data-session-timing]`);
    await expect(label('2023-03-lich-tiep-cong-dan--chu-tich-thu-nam--2023-03-02').textContent()).resolves.toBe('Hôm nay');
    await expect(label('2023-03-lich-tiep-cong-dan--chu-tich-thu-nam--2023-03-09').textContent()).resolves.toBe('Sắp tới');
    // 11:00 the same day: it has ended.
    await page.clock.setFixedTime(new Date('2023-03-02T04:00:00Z'));
    await page.reload();
    await expect(label('2023-03-lich-tiep-cong-dan--chu-tich-thu-nam--2023-03-02').textContent()).resolves.toBe('Đã qua');
    await page.close();
  });

  // The home page has no list of sessions to look in: the box carries the later ones itself.
  it.each(['/lich-tiep-cong-dan/', '/'])(
    'move the "next session" box of %s on to the first session that has not ended, skipping a cancelled one',
    async (address) => {
      // The fixture site is built at Thursday 26/11/2026 12:00, when the next session is that afternoon.
      const page = await tabOf(context);
      try {
        // Read at the build's own hour first: the box then keeps the build's answer.
        await page.clock.setFixedTime(new Date('2026-11-26T05:00:00Z'));
        await page.goto(`${inject('fixtureOrigin')}${address}`);
        const summary = page.locator('[data-next-summary]');
        await expect(summary.textContent()).resolves.toMatch(/^Thứ Năm, 26\/11\/2026, 14:00–16:30/);
        // 17:00 that day: it has ended; Tuesday's session is cancelled, so the next is Friday 04/12.
        await page.clock.setFixedTime(new Date('2026-11-26T10:00:00Z'));
        await page.reload();
        await expect(summary.textContent()).resolves.toMatch(/^Thứ Sáu, 04\/12\/2026, 08:00–10:00, Chủ tịch UBND xã/);
        await expect(page.locator('[data-next-calendar]').getAttribute('href')).resolves.toContain('--2026-12-03.ics');
      } finally {
        await page.close();
      }
    },
  );

  it('without JavaScript, still give the build’s answer', async () => {
    const { context: noScript, close } = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${origin}/lich-tiep-cong-dan/`);
      await expect(page.locator('.next-session').innerText()).resolves.toContain('Buổi tiếp gần nhất');
      await page.getByRole('link', { name: '03/2023' }).click();
      await expect(page.locator('h1').innerText()).resolves.toBe('Lịch tiếp công dân tháng 03/2023');
    } finally {
      await close();
    }
  });
});

describe('calendar links on a phone', () => {
  // The fixture, built at Thursday 26/11/2026 12:00: the sessions of Monday 23 and Tuesday 24 are
  // over, that of Tuesday 1 December is cancelled, the rest are to come.
  it('say they download a calendar, and are offered only for sessions still to come', async () => {
    const page = await tabOf(context);
    await page.setViewportSize({ width: 360, height: 740 });
    const sessions: { when: string; cancelled: boolean; link: string | undefined }[] = [];
    for (const month of ['2026-11', '2026-12']) {
      await page.goto(`${inject('fixtureOrigin')}/lich-tiep-cong-dan/thang/${month}/`);
      sessions.push(
        ...(await page.locator('.session').evaluateAll((all) =>
          all.map((li) => ({
            when: li.querySelector('time')?.getAttribute('datetime') ?? '',
            cancelled: li.classList.contains('session--cancelled'),
            link: li.querySelector('.session__calendar a')?.textContent.trim(),
          })),
        )),
      );
      for (const text of await page.locator('a[href$=".ics"]').allTextContents()) expect(text.trim()).toMatch(/^Tải lịch \(\.ics\)/);
    }
    expect(sessions.length).toBeGreaterThan(3);
    for (const session of sessions) {
      const toCome = session.when > '2026-11-26T12:00' && !session.cancelled;
      expect(session.link, session.when).toEqual(toCome ? expect.stringMatching(/^Tải lịch \(\.ics\) để thêm vào điện thoại/) : undefined);
    }
    expect(sessions.some((s) => s.cancelled)).toBe(true);
    expect(sessions.some((s) => s.when < '2026-11-26')).toBe(true);
    await page.goto(`${inject('fixtureOrigin')}/lich-tiep-cong-dan/`);
    for (const text of await page.locator('a[href$=".ics"]').allTextContents()) expect(text.trim()).toMatch(/^Tải lịch \(\.ics\)/);
    await page.close();
  });
});

describe('when no dated session lies ahead', () => {
  // The real content's schedules are those of March and April 2023, long past.
  it.each(['/', '/lich-tiep-cong-dan/'])('%s still answers when the chairman receives, on a phone’s first screen', async (address) => {
    const page = await tabOf(context);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(origin + address);
    const box = page.locator('.next-session');
    await expect(box.locator('[data-next-none] .next-session__when').textContent()).resolves.toBe(
      'Theo lịch đã đăng gần nhất, Chủ tịch UBND thị trấn tiếp công dân vào thứ Năm hằng tuần, 07:30–11:00, tại Phòng tiếp công dân, trụ sở UBND thị trấn Đak Đoa.',
    );
    await expect(box.textContent()).resolves.toContain('Lịch tiếp công dân cho các tuần tới chưa được đăng.');
    await expect(box.locator('[data-next-none] a').getAttribute('href')).resolves.toBe('/lich-tiep-cong-dan/thang/2023-04/');
    await expect(box.locator('[data-next-none]').isVisible()).resolves.toBe(true);
    const top = (await box.boundingBox())?.y ?? Infinity;
    expect(top).toBeLessThan(740);
    if (address === '/lich-tiep-cong-dan/') {
      await expect(page.locator('#month-heading').textContent()).resolves.toBe('Lịch tháng 04/2023 (đã qua)');
    }
    await page.close();
  });
});
