import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, tabOf } from '../support/browser';

// The real content/, built with "now" at 2026-11-26 12:00 in Vietnam and served by global-setup.
const origin = inject('siteOrigin');
const CONFERENCE = '/doi-thoai/2023-hoi-nghi-doi-thoai-voi-nhan-dan/';
const PAGES = ['/doi-thoai/', CONFERENCE, '/kien-nghi/', '/kien-nghi/trang-thai/dang-giai-quyet/', '/kien-nghi/qua-han/'];

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ context, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => closeBrowser());

/** Opens a page at a width, collecting console complaints and any request to another host. */
async function open(address: string, width: number): Promise<{ page: Page; complaints: string[] }> {
  const { page, complaints, status } = await openPage(context, origin + address, { width });
  expect(status).toBe(200);
  return { page, complaints };
}

describe.each(PAGES)('the dialogue page %s', (address) => {
  it('has no axe-core violations at WCAG 2.2 AA', async () => {
    const { page } = await open(address, 390);
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('fits a 320 px phone without sideways scrolling, and keeps the console quiet', async () => {
    const { page, complaints } = await open(address, 320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(complaints).toEqual([]);
    await page.close();
  });
});

describe('the tracker on a 320 px phone', () => {
  it('draws the chart so that its labels read at 14 px at least, as the body text around it', async () => {
    const { page } = await open('/kien-nghi/', 320);
    const sizes = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.locality-chart__svg')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('.chart-label')].map((label) => parseFloat(getComputedStyle(label).fontSize) * scale);
    });
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(14);
    await page.close();
  });
});

describe('the tracker on a wide screen', () => {
  it('sets the chart and its table side by side without widening the page', async () => {
    const { page } = await open('/kien-nghi/', 1280);
    const chart = await page.locator('.locality-chart__svg').boundingBox();
    const table = await page.locator('.locality-table').boundingBox();
    if (!chart || !table) throw new Error('chart or table not visible');
    expect(table.x).toBeGreaterThan(chart.x + chart.width);
    expect(Math.abs(table.y - chart.y)).toBeLessThan(40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('an overdue flag built earlier', () => {
  const flag = (page: Page, id: string) => page.locator(`#${id} .overdue`);

  it('is re-checked on the reader’s day in Vietnam with the same rule as the build', async () => {
    const page = await tabOf(context);
    // 23:30 on 30/06/2024 in Vietnam (16:30 UTC): DT-2023-04 is due that day and still in time.
    await page.clock.setFixedTime(new Date('2024-06-30T16:30:00Z'));
    await page.goto(origin + CONFERENCE);
    await expect(flag(page, 'DT-2023-04').isHidden()).resolves.toBe(true);
    await expect(flag(page, 'DT-2023-10').textContent()).resolves.toBe('Quá hạn 91 ngày');
    // Half an hour later it is 01/07/2024 in Vietnam: one day overdue.
    await page.clock.setFixedTime(new Date('2024-06-30T17:00:00Z'));
    await page.reload();
    await expect(flag(page, 'DT-2023-04').isVisible()).resolves.toBe(true);
    await expect(flag(page, 'DT-2023-04').textContent()).resolves.toBe('Quá hạn 1 ngày');
    await page.close();
  });

  it('appears on the tracker once the due date has passed, and the overdue count follows', async () => {
    const page = await tabOf(context);
    const count = page.locator('[data-overdue-count]');
    const card = page.locator('.issue-card', { hasText: 'DT-2023-11' }).locator('.overdue');
    // The site was built on 26/11/2026; DT-2023-11 is due on 31/12/2026.
    await page.clock.setFixedTime(new Date('2026-12-31T16:30:00Z'));
    await page.goto(`${origin}/kien-nghi/`);
    await expect(card.isHidden()).resolves.toBe(true);
    await expect(count.textContent()).resolves.toBe('3');
    // 00:30 on 01/01/2027 in Vietnam.
    await page.clock.setFixedTime(new Date('2026-12-31T17:30:00Z'));
    await page.reload();
    await expect(card.textContent()).resolves.toBe('Quá hạn 1 ngày');
    await expect(count.textContent()).resolves.toBe('4');
    await page.close();
  });
});

describe('a coming dialogue built earlier', () => {
  it('turns to held once it starts, and its unpublished results to late after ten days', async () => {
    // The fixture site, built on 26/11/2026, announces a conference for 08:00 on 10/12/2026.
    const page = await tabOf(context);
    const address = `${inject('fixtureOrigin')}/doi-thoai/2026-hoi-nghi-doi-thoai/`;
    const stage = page.locator('.facts .stage');
    const results = page.locator('.facts .verdict[data-publication-date]');
    await page.clock.setFixedTime(new Date('2026-12-10T00:59:00Z'));
    await page.goto(address);
    await expect(stage.textContent()).resolves.toBe('Sắp diễn ra');
    await expect(results.textContent()).resolves.toBe('Chưa đến hạn Chưa ghi ngày công khai; còn 10 ngày đến hạn 20/12/2026.');
    await page.clock.setFixedTime(new Date('2026-12-10T01:00:00Z'));
    await page.reload();
    await expect(stage.textContent()).resolves.toBe('Đã diễn ra');
    // 00:30 on 21/12/2026 in Vietnam: the tenth day has passed without results.
    await page.clock.setFixedTime(new Date('2026-12-20T17:30:00Z'));
    await page.reload();
    await expect(results.textContent()).resolves.toBe(
      'Quá hạn, chưa ghi ngày công khai Trang chưa ghi ngày công khai kết quả; hạn là 20/12/2026, đã qua 1 ngày.',
    );
    await expect(results.getAttribute('class')).resolves.toBe('verdict verdict--missing');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('browses the tracker by locality and follows an issue to its timeline with plain links', async () => {
    const { context: noScript, close } = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${origin}/doi-thoai/`);
      await page.getByRole('link', { name: 'Theo dõi tất cả kiến nghị và việc giải quyết' }).click();
      await expect(page.locator('h1').innerText()).resolves.toBe('Theo dõi kiến nghị');
      await page.getByRole('link', { name: /^Thôn, tổ dân phố số 4 .*\(2\)$/ }).click();
      await expect(page.locator('h1').innerText()).resolves.toBe('Kiến nghị của Thôn, tổ dân phố số 4 (chưa cập nhật tên)');
      expect(await page.locator('.issue-card').count()).toBe(2);
      // Built as overdue, the flag is there without any script.
      await page.getByRole('link', { name: 'Đang giải quyết (4)' }).click();
      expect(await page.locator('.issue-card .overdue:visible').count()).toBe(3);
      await page.getByRole('link', { name: 'Xem trả lời và diễn biến của kiến nghị DT-2023-04' }).click();
      expect(new URL(page.url()).hash).toBe('#DT-2023-04');
      expect(await page.locator('#DT-2023-04 .timeline li').count()).toBe(3);
    } finally {
      await close();
    }
  });
});

describe('wide tables on a 360 px phone', () => {
  it.each([CONFERENCE, '/kien-nghi/', '/du-lieu/'])(
    '%s shows each row as a card whose cells name their column, with nothing to scroll sideways',
    async (address) => {
      const page = await tabOf(context);
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(origin + address);
      const tables = page.locator('table.stack-table');
      expect(await tables.count()).toBeGreaterThan(0);
      const wide = await page.evaluate(
        () =>
          [...document.querySelectorAll('table.stack-table')].filter((table) => {
            const box = table.closest('.table-scroll') ?? table;
            return box.scrollWidth > box.clientWidth + 1 || table.getBoundingClientRect().right > window.innerWidth;
          }).length,
      );
      expect(wide).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      const label = await tables
        .first()
        .locator('td[data-label]')
        .first()
        .evaluate((td) => ({ before: getComputedStyle(td, '::before').content, name: td.getAttribute('data-label') }));
      expect(label.before).toBe(`"${label.name ?? ''}: "`);
      await page.close();
    },
  );
});
