import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phoneCheck } from '../support/browser';
import { describeBrokenContent, type BrokenCase } from '../support/broken-content';
import { buildSite, composeContent, FIXTURES, readPage, removeTempDirs, type BuildResult } from '../support/build-site';
import { nuErrors } from '../support/nu-checker';
import { parseDocument, termOf, textOf } from '../support/html';

// tests/fixtures/merged lays over the valid fixture a site whose current unit, xã Hợp Nhất (since
// 2025-07-01), was formed from xã Thử Nghiệm (the valid fixture's own unit, whose items it keeps by
// their dates) and xã Bên Cạnh (a notice and a dialogue marked `unit: xa-ben-canh`). Làng Cũ of
// Bên Cạnh was merged into Thôn 1.
const BEN_CANH_NOTICE = '/van-ban/2024-thong-bao-xa-ben-canh/';
const THU_NGHIEM_PLAN = '/van-ban/2023-ke-hoach-khung/';
const CURRENT_PLAN = '/van-ban/2025-ke-hoach-xa-hop-nhat/';
const BEN_CANH_DIALOGUE = '/doi-thoai/2024-tiep-xuc-lang-cu/';
const UNITS = '/don-vi-hanh-chinh/';

let build: BuildResult;
beforeAll(async () => {
  build = await buildSite(composeContent('merged', path.join(FIXTURES, 'merged')));
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});
afterAll(removeTempDirs);

const page = (address: string): Document => parseDocument(readPage(build.outDir, address));
/** The value of the fact whose term is `term`, on the page at `address`. */
const fact = (address: string, term: string): Element | undefined =>
  [...page(address).querySelectorAll('.facts dt')].find((dt) => termOf(dt) === term)?.nextElementSibling ?? undefined;
const listed = (address: string): string[] =>
  [...page(address).querySelectorAll('.doc-row__title a')].map((a) => a.getAttribute('href') ?? '');

describe('a commune formed from two former units', () => {
  it('speaks for the current unit in its header and footer, without the note a former name carries', () => {
    const home = page('/');
    expect(textOf(home.querySelector('.identity__name'))).toBe('Ủy ban nhân dân xã Hợp Nhất');
    expect(textOf(home.querySelector('.identity__place'))).toBe('tỉnh Gia Lai');
    expect(home.querySelector('.identity__former')).toBeNull();
    expect(textOf(home.querySelector('.site-footer__name'))).toBe('Ủy ban nhân dân xã Hợp Nhất');
  });

  it('prints a former unit’s document under that unit’s own Nghị định 30 header, and says which unit it was', () => {
    const notice = page(BEN_CANH_NOTICE);
    expect(textOf(notice.querySelector('.official-header__parent'))).toBe('UBND HUYỆN MẪU');
    expect(textOf(notice.querySelector('.official-header__body'))).toBe('ỦY BAN NHÂN DÂN XÃ BÊN CẠNH');
    const unit = fact(BEN_CANH_NOTICE, 'Đơn vị');
    expect(textOf(unit)).toBe('Ủy ban nhân dân xã Bên Cạnh (đơn vị trước khi sắp xếp, hoạt động đến ngày 30/06/2025)');
    expect(unit?.querySelector('a')?.getAttribute('href')).toBe('/don-vi-hanh-chinh/#xa-ben-canh');
  });

  it('gives an item without a unit of its own to the first former unit by its date, and to the current unit after', () => {
    expect(textOf(fact(THU_NGHIEM_PLAN, 'Đơn vị'))).toContain('Ủy ban nhân dân xã Thử Nghiệm');
    expect(textOf(page(THU_NGHIEM_PLAN).querySelector('.official-header__body'))).toBe('ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM');
    expect(fact(CURRENT_PLAN, 'Đơn vị')).toBeUndefined();
    expect(textOf(fact(BEN_CANH_DIALOGUE, 'Đơn vị'))).toContain('Ủy ban nhân dân xã Bên Cạnh');
  });

  it('lists the documents of each former unit on its own page, linked from every list', () => {
    expect(listed('/van-ban/don-vi/xa-ben-canh/')).toEqual([BEN_CANH_NOTICE]);
    expect(listed('/van-ban/don-vi/xa-thu-nghiem/')).not.toContain(BEN_CANH_NOTICE);
    expect(listed('/van-ban/don-vi/xa-thu-nghiem/')).toContain(THU_NGHIEM_PLAN);
    expect(listed('/van-ban/don-vi/xa-thu-nghiem/')).not.toContain(CURRENT_PLAN);
    expect(textOf(page('/van-ban/don-vi/xa-ben-canh/').querySelector('h1'))).toBe('Văn bản của Ủy ban nhân dân xã Bên Cạnh');
    const chips = [...page('/van-ban/').querySelectorAll('[aria-labelledby="list-nav-units"] a')].map((a) => [
      a.getAttribute('href'),
      textOf(a),
    ]);
    expect(chips).toEqual([
      ['/van-ban/don-vi/xa-thu-nghiem/', 'Ủy ban nhân dân xã Thử Nghiệm (4)'],
      ['/van-ban/don-vi/xa-ben-canh/', 'Ủy ban nhân dân xã Bên Cạnh (1)'],
    ]);
  });

  it('explains on /don-vi-hanh-chinh/ which units formed it, since when, and where their records are', () => {
    const units = page(UNITS);
    const main = textOf(units.querySelector('main'));
    expect(main).toContain('Ủy ban nhân dân xã Hợp Nhất, tỉnh Gia Lai, hoạt động từ ngày 01/07/2025.');
    expect(main).toContain('Thành lập theo Nghị quyết mẫu số 9999/NQ-UBTVQH15 ngày 16/6/2025.');
    const benCanh = units.querySelector('#xa-ben-canh');
    expect(textOf(benCanh?.querySelector('h3'))).toBe('Ủy ban nhân dân xã Bên Cạnh');
    expect(textOf(benCanh)).toContain('Hoạt động đến ngày 30/06/2025. Cơ quan cấp trên lúc đó: UBND huyện Mẫu.');
    expect([...(benCanh?.querySelectorAll('li a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '/van-ban/don-vi/xa-ben-canh/',
      BEN_CANH_DIALOGUE,
    ]);
    expect(
      [...(benCanh?.querySelectorAll('tbody tr') ?? [])].map((row) => [textOf(row.querySelector('th')), textOf(row.querySelector('td'))]),
    ).toEqual([
      ['Thôn Bên Cạnh', 'Giữ nguyên'],
      ['Làng Cũ', 'Thôn 1 (tên cũ dùng đến ngày 30/06/2025)'],
    ]);
    expect([...units.querySelectorAll('#xa-thu-nghiem tbody th')].map((th) => textOf(th))).toEqual(['Thôn 1', 'Thôn 2']);
    // The about page lists today's thôn only, and leads here.
    const about = page('/gioi-thieu/');
    expect([...about.querySelectorAll('main li')].map((li) => textOf(li))).toEqual(['Thôn 1', 'Thôn 2', 'Thôn Bên Cạnh']);
    expect(about.querySelector(`main a[href="${UNITS}"]`)).not.toBeNull();
  });

  it('counts an issue of a merged village under the village it is now, and still shows the name it was raised under', () => {
    expect(fs.existsSync(path.join(build.outDir, 'kien-nghi/dia-ban/lang-cu/index.html'))).toBe(false);
    const thon1 = page('/kien-nghi/dia-ban/thon-1/');
    expect(textOf(thon1.querySelector('main'))).toContain('DT-2024-90');
    expect(textOf(thon1.querySelector('main'))).toContain('Làng Cũ (nay là Thôn 1)');
    const rows = [...page('/kien-nghi/').querySelectorAll('.locality-table tbody tr')];
    expect(rows.map((row) => textOf(row.querySelector('th')))).not.toContain('Làng Cũ (nay là Thôn 1)');
    const thon1Row = rows.find((row) => textOf(row.querySelector('th')) === 'Thôn 1');
    expect(textOf(thon1Row?.querySelector('td:last-child'))).toBe(String(thon1.querySelectorAll('.issue-card').length));
  });

  it('keeps the new pages valid HTML, and axe finds nothing on a phone', async () => {
    const pages = [UNITS, '/van-ban/don-vi/xa-ben-canh/', BEN_CANH_NOTICE].map((address) => path.join(build.outDir, address, 'index.html'));
    expect(await nuErrors(pages)).toEqual([]);
    expect(await phoneCheck(build.outDir, [UNITS, '/van-ban/don-vi/xa-ben-canh/', BEN_CANH_NOTICE])).toEqual(
      [UNITS, '/van-ban/don-vi/xa-ben-canh/', BEN_CANH_NOTICE].map((address) => ({ address, violations: [], overflow: 0 })),
    );
  });
});

const unitCase = (folder: string, file: string, rest: Omit<BrokenCase, 'folder' | 'file' | 'base'>): BrokenCase => ({
  folder,
  file,
  base: 'merged',
  ...rest,
});

describeBrokenContent([
  unitCase('unit-unknown', 'documents/2024-thong-bao-don-vi-sai.mdx:3', {
    field: 'unit',
    found: '"xa-khong-co"',
    vi: ['không có đơn vị cũ nào có id "xa-khong-co"', 'id của một đơn vị cũ: xa-thu-nghiem, xa-ben-canh'],
    en: ['no unit under "formerUnits" in content/site.yaml has the id "xa-khong-co"'],
  }),
  unitCase('unit-after-end', 'documents/2025-thong-bao-sau-hop-nhat.mdx:3', {
    field: 'unit',
    found: '"xa-ben-canh"',
    vi: ['UBND xã Bên Cạnh chỉ tồn tại đến ngày 30/06/2025, mục này ghi ngày 01/08/2025'],
    en: ['UBND xã Bên Cạnh existed until 2025-06-30; this item is dated 2025-08-01'],
  }),
  unitCase('unit-issuer-after-end', 'documents/2025-thong-bao-ten-cu.mdx:5', {
    field: 'issuer',
    found: '"UBND xã Thử Nghiệm"',
    vi: ['cơ quan ban hành là UBND xã Thử Nghiệm, đơn vị chỉ tồn tại đến ngày 30/06/2025'],
    en: ['the issuer is UBND xã Thử Nghiệm, which existed until 2025-06-30, but the document is dated 2025-08-01'],
  }),
  unitCase('unit-locality-other-unit', 'documents/2024-thong-bao-thon-xa-khac.mdx:8', {
    field: 'localities[1]',
    found: '"thon-ben-canh"',
    vi: ['"thon-ben-canh" không thuộc UBND xã Thử Nghiệm vào ngày 02/05/2024', 'thon-1, thon-2'],
    en: ['the locality "thon-ben-canh" was not part of UBND xã Thử Nghiệm on 2024-05-02'],
  }),
  unitCase('unit-locality-ended', 'documents/2025-thong-bao-lang-da-sap-nhap.mdx:8', {
    field: 'localities[0]',
    found: '"lang-cu"',
    vi: ['"lang-cu" chỉ mang mã này đến ngày 30/06/2025, sau đó là "thon-1"'],
    en: ['the locality "lang-cu" had this id until 2025-06-30, then "thon-1"'],
  }),
]);
