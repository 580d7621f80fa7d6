import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openPage } from '../support/browser';

// The real content/, built with "now" fixed at 2026-11-26 12:00 in Vietnam (tests/e2e/global-setup.ts).
const origin = inject('siteOrigin');
const LIST = '/lay-y-kien/';
const OPEN = '/lay-y-kien/2026-lay-y-kien-diem-tap-ket-rac/';
const AWAITED = '/lay-y-kien/2026-lay-y-kien-ke-hoach-kinh-te-xa-hoi-2027/';
const WITH_OUTCOME = '/lay-y-kien/2023-lay-y-kien-chieu-sang-cong-cong/';
/** The instant the site was built; the browser clock is set so tests never depend on today. */
const BUILT = new Date('2026-11-26T12:00:00+07:00');

let context: BrowserContext;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ context, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => closeBrowser());

/** Opens a page at a given browser time, recording what the console or the network complains about. */
async function open(address: string, at: Date = BUILT, width = 390): Promise<{ page: Page; complaints: string[] }> {
  const { page, complaints, status } = await openPage(context, origin + address, { width, at });
  expect(status).toBe(200);
  return { page, complaints };
}

describe.each([LIST, OPEN, AWAITED, WITH_OUTCOME])('the consultation page %s', (address) => {
  it('has no axe-core violations at WCAG 2.2 AA', async () => {
    const { page } = await open(address);
    // Unfold the unchanged paragraphs of "what changed" so they are checked too.
    await page.evaluate(() => {
      document.querySelectorAll('details').forEach((d) => {
        d.setAttribute('open', '');
      });
    });
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('fits a 320 px phone without sideways scrolling and keeps the console quiet', async () => {
    const { page, complaints } = await open(address, BUILT, 320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(complaints).toEqual([]);
    await page.close();
  });
});

describe('a consultation page built before its deadline', () => {
  const state = (page: Page) => page.locator('.consultation__when .consultation-state');

  it('still takes opinions during the last second of the closing day', async () => {
    const { page } = await open(OPEN, new Date('2026-12-15T23:59:59+07:00'));
    await expect(state(page).textContent()).resolves.toBe('Đang lấy ý kiến – hôm nay là ngày cuối');
    await expect(page.getByRole('heading', { name: 'Góp ý trực tiếp' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.respond__closed').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('says closed once the deadline has passed, and no longer offers ways to respond', async () => {
    const { page, complaints } = await open(OPEN, new Date('2026-12-16T00:00:01+07:00'));
    await expect(state(page).textContent()).resolves.toBe('Đã hết hạn – đang tổng hợp');
    await expect(state(page).getAttribute('class')).resolves.toBe('consultation-state consultation-state--closed');
    await expect(page.locator('.consultation-facts .consultation-state').textContent()).resolves.toBe('Đã hết hạn – đang tổng hợp');
    await expect(page.locator('.respond__open').isVisible()).resolves.toBe(false);
    // Still in the page for the record, but hidden from sight and from screen readers.
    await expect(page.locator('.channel h3', { hasText: 'Góp ý trực tiếp' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'Góp ý trực tiếp' }).count()).resolves.toBe(0);
    await expect(page.locator('.respond__closed').innerText()).resolves.toBe(
      'Đã hết thời gian nhận ý kiến (hạn cuối 23:59 ngày 15/12/2026). Các cách gửi ý kiến không còn dùng được.',
    );
    await expect(page.locator('#ket-qua p:visible').innerText()).resolves.toBe(
      'Kết quả chưa được công bố. Hạn công bố kết quả là ngày 14/01/2027, 30 ngày sau hạn cuối lấy ý kiến.',
    );
    expect(complaints).toEqual([]);
    await page.close();
  });

  it('says the outcome is late once its due day has passed', async () => {
    const { page } = await open(AWAITED, new Date('2026-12-25T09:00:00+07:00'));
    await expect(state(page).textContent()).resolves.toBe('Chưa đăng kết quả – quá hạn 6 ngày');
    await page.close();
  });
});

describe('the consultation list built earlier', () => {
  const section = (page: Page, heading: string) =>
    page.locator('.consultation-group').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });

  it('lists open, awaited and answered consultations in their sections on the build day', async () => {
    const { page } = await open(LIST);
    await expect(section(page, 'Đang lấy ý kiến').locator('.consultation-row a').innerText()).resolves.toMatch(/^Chủ trương sắp xếp lại/);
    await expect(section(page, 'Đang lấy ý kiến').locator('.consultation-state').textContent()).resolves.toBe(
      'Đang lấy ý kiến – còn 19 ngày',
    );
    await expect(section(page, 'Sắp lấy ý kiến').getByText('Hiện không có nội dung nào.').isVisible()).resolves.toBe(true);
    await expect(section(page, 'Đã hết hạn, chờ công bố kết quả').locator('.consultation-row').count()).resolves.toBe(1);
    await expect(section(page, 'Đã công bố kết quả').locator('.consultation-row').count()).resolves.toBe(1);
    await page.close();
  });

  it('moves a consultation whose deadline passed out of "open", with the rule the build used', async () => {
    const { page, complaints } = await open(LIST, new Date('2026-12-16T08:00:00+07:00'));
    const open_ = section(page, 'Đang lấy ý kiến');
    await expect(open_.locator('.consultation-row').count()).resolves.toBe(0);
    await expect(open_.getByText('Hiện không có nội dung nào.').isVisible()).resolves.toBe(true);
    const awaited = section(page, 'Đã hết hạn, chờ công bố kết quả');
    // Longest waiting first: the plan closed on 19/11, the waste points on 15/12.
    await expect(awaited.locator('.consultation-state').allTextContents()).resolves.toEqual([
      'Đã hết hạn – đang tổng hợp',
      'Đã hết hạn – đang tổng hợp',
    ]);
    await expect(awaited.locator('.consultation-row').last().locator('a').innerText()).resolves.toMatch(/^Chủ trương sắp xếp lại/);
    expect(complaints).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('opens a consultation from the list and shows how to respond, with plain links', async () => {
    const { context: noScript, close } = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(origin + LIST);
      await page.getByRole('link', { name: /^Chủ trương sắp xếp lại/ }).click();
      await expect(page.locator('h1').innerText()).resolves.toMatch(/^Chủ trương sắp xếp lại các điểm tập kết rác/);
      await expect(page.getByRole('heading', { name: 'Hòm thư góp ý' }).isVisible()).resolves.toBe(true);
      await page.getByRole('link', { name: 'Kết quả lấy ý kiến' }).click();
      expect(page.url()).toMatch(/#ket-qua$/);
    } finally {
      await close();
    }
  });
});
