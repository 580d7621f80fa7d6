import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openPage } from '../support/browser';

// The real content/ (the 2023 plan and its two sample reports), and the valid fixture, whose plan
// has a duty due on 15/12/2026; both built with "now" at 2026-11-26 12:00 in Vietnam.
const origin = inject('siteOrigin');
const fixture = inject('fixtureOrigin');
const PLAN = '/van-ban/2023-ke-hoach-dan-van-chinh-quyen/';
const OVERVIEW = '/van-ban/theo-doi-thuc-hien/';

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ context, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => closeBrowser());

describe.each([PLAN, OVERVIEW])('the follow-through on %s at 360 px', (address) => {
  it('shows both duties of the 2023 plan answered on time by the sample reports, stacked without sideways scrolling', async () => {
    const { page, complaints, status } = await openPage(context, origin + address, { width: 360 });
    expect(status).toBe(200);
    const duties = page.locator('.follow-up-table').first().locator('tbody tr');
    await expect(duties.count()).resolves.toBe(2);
    for (const [i, period] of ['6 tháng đầu năm 2023', 'Năm 2023'].entries()) {
      const row = duties.nth(i);
      await expect(row.locator('th').textContent()).resolves.toBe(period);
      await expect(row.locator('.duty-state').textContent()).resolves.toBe('Đã báo cáo đúng hạn');
      await expect(row.locator('.tag--sample').isVisible()).resolves.toBe(true);
    }
    // Stacked: each cell on its own line, its column's name before it.
    const cells = await duties
      .first()
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().left));
    expect(new Set(cells.map(Math.round)).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(complaints).toEqual([]);
    await page.close();
  });
});

describe('a duty not yet due, read after the build', () => {
  it('turns overdue in the reader’s browser once its last day has passed in Vietnam, as the build would say it', async () => {
    // 00:30 on 16/12/2026 in Vietnam: the day after the duty's last day.
    const { page } = await openPage(context, `${fixture}/van-ban/2023-ke-hoach-khung/`, {
      width: 360,
      at: new Date('2026-12-15T17:30:00Z'),
    });
    const state = page.locator('.duty-state[data-duty-deadline="2026-12-15"]');
    await expect(state.textContent()).resolves.toBe('Quá hạn 1 ngày, chưa thấy báo cáo đăng trên trang');
    await expect(state.getAttribute('class')).resolves.toBe('duty-state duty-state--overdue');
    // A report already published stays as the build said it.
    await expect(page.locator('.duty-state[data-duty-reported]').textContent()).resolves.toBe('Đã báo cáo, trễ 3 ngày');
    await page.close();
  });

  it('prints as a plain table after the document', async () => {
    const { page } = await openPage(context, `${fixture}/van-ban/2023-ke-hoach-khung/`, { width: 800 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.follow-up').isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await page.close();
  });
});
