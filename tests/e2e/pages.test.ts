import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, tabOf } from '../support/browser';

const origin = inject('siteOrigin');
const PLAN = '/van-ban/2023-ke-hoach-dan-van-chinh-quyen/';

let context: BrowserContext;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ context, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => closeBrowser());

/** Opens a page and records anything the console or the network complains about. */
async function open(address: string, width = 390): Promise<{ page: Page; complaints: string[] }> {
  const { page, complaints, status } = await openPage(context, origin + address, { width });
  expect(status).toBe(200);
  return { page, complaints };
}

describe('the real 2023 plan, dated by its year only', () => {
  it('is among the latest documents on a phone’s home page, dated "năm 2023", however many samples are newer', async () => {
    const { page } = await open('/', 360);
    const row = page.locator(`[aria-labelledby="latest-heading"] .doc-row:has(a[href="${PLAN}"])`);
    await expect(row.count()).resolves.toBe(1);
    await expect(row.locator('time').textContent()).resolves.toBe('năm 2023');
    await page.close();
  });

  it('heads the documents of 2023 in the list, not their foot', async () => {
    const { page } = await open('/van-ban/', 360);
    const rows = await page.locator('.doc-row').evaluateAll((all) =>
      all.map((row) => ({
        href: row.querySelector('a')?.getAttribute('href'),
        year: row.querySelector('time')?.getAttribute('datetime')?.slice(0, 4),
      })),
    );
    const of2023 = rows.filter((row) => row.year === '2023');
    expect(of2023.length).toBeGreaterThan(1);
    expect(of2023[0]?.href).toBe(PLAN);
    await page.close();
  });
});

describe('the real site, whose current unit the office has not entered yet', () => {
  it('shows the former unit’s name in the header and says on every screen that it is the name before the 2025 rearrangement', async () => {
    const { page } = await open('/', 320);
    await expect(page.locator('.identity__name').textContent()).resolves.toBe('Ủy ban nhân dân thị trấn Đak Đoa');
    const note = page.locator('.identity__former');
    await expect(note.textContent()).resolves.toBe('Tên đơn vị trước khi sắp xếp năm 2025');
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(page.locator('header').textContent()).resolves.not.toContain('chưa cập nhật');
    await page.close();
  });

  it('prints the 2023 plan under its true issuer and names the unit it belongs to', async () => {
    const { page } = await open(PLAN, 800);
    await expect(page.locator('.official-header__parent').textContent()).resolves.toBe('UBND HUYỆN ĐAK ĐOA');
    const body = await page.locator('.official-header__body').textContent();
    expect(body?.replace(/\s+/gu, ' ').trim()).toBe('ỦY BAN NHÂN DÂN THỊ TRẤN ĐAK ĐOA');
    const unit = page.locator('.facts dt:has-text("Đơn vị") + dd');
    const said = await unit.textContent();
    expect(said?.replace(/\s+/gu, ' ').trim()).toBe(
      'Ủy ban nhân dân thị trấn Đak Đoa (đơn vị trước khi sắp xếp, hoạt động đến ngày 30/06/2025)',
    );
    await page.close();
  });

  it('has its bulletins read "Ủy ban nhân dân" for the current unit, without the page’s note on the former name', async () => {
    const { page } = await open('/ban-tin/lay-y-kien/2026-lay-y-kien-diem-tap-ket-rac/', 360);
    const text = (await page.locator('.bulletin__text').textContent()) ?? '';
    expect(text.trim().startsWith('Ủy ban nhân dân thông báo lấy ý kiến Nhân dân về Chủ trương sắp xếp lại')).toBe(true);
    expect(text).toContain('từ tháng một năm hai nghìn không trăm hai mươi bảy');
    expect(text).not.toContain('sắp xếp năm');
    await page.close();
  });

  it('explains the rearrangement on /don-vi-hanh-chinh/ and leads to the former unit’s records', async () => {
    const { page } = await open('/don-vi-hanh-chinh/', 360);
    await expect(page.locator('main').textContent()).resolves.toContain('Trang chưa ghi tên đơn vị hành chính hiện nay.');
    await expect(page.locator('#thi-tran-dak-doa a[href="/van-ban/don-vi/thi-tran-dak-doa/"]').count()).resolves.toBe(1);
    await page.close();
  });
});

describe.each(['/', '/van-ban/', PLAN, '/don-vi-hanh-chinh/'])('the page %s', (address) => {
  it('has no axe-core violations at WCAG 2.2 AA', async () => {
    const { page } = await open(address);
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('fits a 320 px phone without sideways scrolling and keeps the console quiet', async () => {
    const { page, complaints } = await open(address, 320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(complaints).toEqual([]);
    await page.close();
  });
});

describe('printing the 2023 plan', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await open(PLAN, 800));
    await page.emulateMedia({ media: 'print' });
  });
  afterAll(async () => page.close());

  it('uses A4 with the Nghị định 30 margins', async () => {
    const pageRule = await page.evaluate(() => {
      for (const sheet of Array.from(document.styleSheets)) {
        for (const rule of Array.from(sheet.cssRules)) {
          if (rule instanceof CSSPageRule) {
            return { size: rule.style.getPropertyValue('size'), margin: rule.style.getPropertyValue('margin') };
          }
        }
      }
      return undefined;
    });
    expect(pageRule).toEqual({ size: 'a4', margin: '20mm 15mm 20mm 30mm' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
  });

  it('sets the body in Times New Roman 14 pt, justified, with no site navigation', async () => {
    const style = await page.evaluate(() => {
      const body = document.querySelector('.document__body p')!;
      const computed = getComputedStyle(body);
      const hidden = (selector: string): boolean => {
        const element = document.querySelector(selector);
        return element !== null && !element.checkVisibility();
      };
      return {
        font: computed.fontFamily,
        size: computed.fontSize,
        align: computed.textAlign,
        headerHidden: hidden('.site-header'),
        footerHidden: hidden('.site-footer'),
        factsHidden: hidden('.facts'),
      };
    });
    expect(style.font).toMatch(/^"Times New Roman"/);
    expect(style.size).toBe('18.6667px');
    expect(style.align).toBe('justify');
    expect(style).toMatchObject({ headerHidden: true, footerHidden: true, factsHidden: true });
  });

  it('lays out the header blocks, the kind and trích yếu, Nơi nhận and the signature as the decree does', async () => {
    const box = async (selector: string) => {
      const found = await page.locator(selector).first().boundingBox();
      if (!found) throw new Error(`${selector} is not visible in print`);
      return found;
    };
    const issuer = await box('.official-header__issuer');
    const nation = await box('.official-header__nation');
    expect(issuer.x + issuer.width).toBeLessThanOrEqual(nation.x);
    expect(Math.abs(issuer.y - nation.y)).toBeLessThan(2);
    await expect(page.locator('.official-header__country').textContent()).resolves.toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const title = await box('.official-title');
    expect(title.y).toBeGreaterThan(nation.y + nation.height);
    const centred = await page.evaluate(() => getComputedStyle(document.querySelector('.official-title')!).textAlign);
    expect(centred).toBe('center');
    const dateStyle = await page.evaluate(() => getComputedStyle(document.querySelector('.official-header__date')!).fontStyle);
    expect(dateStyle).toBe('italic');

    const recipients = await box('.recipients');
    const signature = await box('.signature');
    expect(recipients.x + recipients.width).toBeLessThanOrEqual(signature.x);
    expect(Math.abs(recipients.y - signature.y)).toBeLessThan(2);
    const body = await box('.document__body');
    expect(recipients.y).toBeGreaterThan(body.y + body.height - 1);
    const signatureLines = (await page.locator('.signature').innerText()).split('\n').filter(Boolean);
    expect(signatureLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Trọng Thành']);
  });
});

/** What a phone reads from a picture (PNG) of a QR code: the picture is drawn in a blank tab to get its pixels. */
async function scanQrCode(png: Buffer): Promise<string | undefined> {
  const blank = await tabOf(context);
  try {
    const { data, width, height } = await blank.evaluate(async (source) => {
      const image = new Image();
      image.src = `data:image/png;base64,${source}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const drawing = canvas.getContext('2d')!;
      drawing.drawImage(image, 0, 0);
      return { data: [...drawing.getImageData(0, 0, image.width, image.height).data], width: image.width, height: image.height };
    }, png.toString('base64'));
    return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
  } finally {
    await blank.close();
  }
}

describe('printing a list page', () => {
  it('drops the navigation and prints the page address instead', async () => {
    const { page } = await open('/van-ban/', 800);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.list-nav').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.print-url__text').innerText()).resolves.toMatch(/\nĐịa chỉ trang: https?:\/\/.+\/van-ban\/$/);
    await page.close();
  });
});

describe.each(['/van-ban/', PLAN, '/lich-tiep-cong-dan/'])('printing %s', (address) => {
  it('prints a QR code that a phone reads as the page address, and shows none on screen', async () => {
    const { page } = await open(address, 800);
    const code = page.locator('.print-url__code');
    await expect(code.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    const box = (await code.boundingBox())!;
    // 28 mm: large enough for a phone at arm's length, about 0.6 mm a module.
    expect(Math.round(box.width)).toBe(Math.round((28 / 25.4) * 96));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect(scanQrCode(await code.screenshot({ scale: 'device' }))).resolves.toBe(canonical);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('browses documents by year and opens one with plain links', async () => {
    const { context: noScript, close } = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${origin}/van-ban/`);
      await page.getByRole('link', { name: /^2022 \(\d+\)$/ }).click();
      await expect(page.locator('h1').innerText()).resolves.toBe('Văn bản năm 2022');
      await page
        .getByRole('link', { name: /Nội quy tiếp công dân/ })
        .first()
        .click();
      await expect(page.locator('h1').innerText()).resolves.toMatch(/^Quyết định ban hành Nội quy tiếp công dân/);
    } finally {
      await close();
    }
  });
});

describe('a status built earlier', () => {
  it('is re-checked on the reader’s day in Vietnam with the same rule as the build', async () => {
    const page = await tabOf(context);
    const head = page.locator('.document__head .status');
    // The fixture's plan runs to the end of 2023; the fixture site is built in 2026.
    await page.goto(`${inject('fixtureOrigin')}/van-ban/2023-ke-hoach-khung/`);
    await expect(head.textContent()).resolves.toBe('Hết hiệu lực');
    // 23:30 on 31/12/2023 in Vietnam is still 2023 there (16:30 UTC): the plan is in force.
    await page.clock.setFixedTime(new Date('2023-12-31T16:30:00Z'));
    await page.reload();
    await expect(head.textContent()).resolves.toBe('Còn hiệu lực');
    await expect(head.getAttribute('class')).resolves.toBe('status status--in-force');
    // Half an hour later it is 2024 in Vietnam.
    await page.clock.setFixedTime(new Date('2023-12-31T17:00:00Z'));
    await page.reload();
    await expect(head.textContent()).resolves.toBe('Hết hiệu lực');
    await page.close();
  });
});

describe('the staff guide', () => {
  it('is left out of the public search and linked from every page’s footer instead', async () => {
    const indexed = JSON.parse(fs.readFileSync(path.join(inject('siteDir'), 'pagefind', 'pages.json'), 'utf8')) as string[];
    expect(indexed).toContain(PLAN);
    expect(indexed).not.toContain('/huong-dan-dang-tin/');
    const { page } = await open('/van-ban/', 360);
    await expect(page.locator('.site-footer a[href="/huong-dan-dang-tin/"]').textContent()).resolves.toBe(
      'Hướng dẫn đăng thông tin cho cán bộ, công chức',
    );
    await expect(page.locator('#site-search-query').getAttribute('placeholder')).resolves.toBe('Ví dụ: tiếp công dân');
    await page.close();
  });

  it('sends no reader to an address that only works on the clerk’s own computer', async () => {
    const { page } = await open('/huong-dan-dang-tin/', 360);
    // The address is there as text to read, not as a link (GFM would link it if written plainly).
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => /localhost|127\.0\.0\.1/.test(href))).toEqual([]);
    await expect(page.locator('main').textContent()).resolves.toContain('http://localhost:4321');
    await page.close();
  });
});

describe('the English page /en/ on a phone', () => {
  it('is English throughout, frame included, marks what stays Vietnamese, and links back', async () => {
    const { page } = await open('/en/', 360);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('.skip-link').textContent()).resolves.toContain('Skip to main content');
    await expect(page.locator('.site-nav a').allTextContents()).resolves.toEqual([
      'Documents',
      'Citizen reception',
      'Public consultation',
      'Dialogues',
      'Search',
    ]);
    await expect(page.locator('.site-footer__title').textContent()).resolves.toBe('Contact');
    await expect(page.locator('title').textContent()).resolves.not.toMatch(/UBND|Ủy ban/);
    // No address as a link's words: each says where it leads.
    for (const text of await page.locator('a').allTextContents()) expect(text.trim(), text).not.toMatch(/^(\/|https?:)/);
    await expect(page.locator('a[href="/"][hreflang="vi"]').count()).resolves.toBe(1);
    // What the office wrote in Vietnamese (its address, its hours) is marked as Vietnamese.
    await expect(page.locator('.site-footer dd[lang="vi"]').count()).resolves.toBeGreaterThan(0);
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.close();
  });
});

describe('the header on a 360 px phone', () => {
  it('takes at most a fifth of the first screen, keeps the sections behind "Danh mục", and search one tap away', async () => {
    const { page } = await open('/', 360);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height ?? Infinity).toBeLessThanOrEqual(740 / 5);
    // The site's restrained mark: the flag's gold star, drawn in the page and silent to screen readers.
    await expect(page.locator('.site-header .identity__mark').isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-header .identity__mark').getAttribute('aria-hidden')).resolves.toBe('true');
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-search-link').getAttribute('href')).resolves.toBe('/tim-kiem/');
    await expect(page.locator('.site-search-link').isVisible()).resolves.toBe(true);
    await page.locator('.site-menu > summary').click();
    await expect(page.locator('.site-nav a').first().isVisible()).resolves.toBe(true);
    // The home page's heading does not say the site's name again.
    await expect(page.locator('h1').textContent()).resolves.toBe('Thông tin công khai cho người dân');
    await page.close();
  });

  it('opens the menu without JavaScript', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    const page = await noScript.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${origin}/van-ban/`);
    await page.locator('.site-menu > summary').click();
    await page.locator('.site-nav a[href="/lich-tiep-cong-dan/"]').click();
    expect(new URL(page.url()).pathname).toBe('/lich-tiep-cong-dan/');
    await noScript.close();
  });

  it('shows every section and the search box at once on a wide screen, with body text of 18 px', async () => {
    const { page } = await open('/', 1280);
    await expect(page.locator('.site-nav a').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-menu > summary').isVisible()).resolves.toBe(false);
    await expect(page.locator('#site-search-query').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => getComputedStyle(document.body).fontSize)).resolves.toBe('18px');
    await page.close();
  });
});
