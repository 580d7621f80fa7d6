import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, validFixtureBuild, type BuildResult } from '../support/build-site';
import { parseDocument, textOf } from '../support/html';

// The valid fixture's plan has three reporting duties: one answered three days late by the sample
// report, one (December 2023) never answered, one due on 15/12/2026; the build's "now" is
// 26/11/2026 in Vietnam.
const PLAN = '/van-ban/2023-ke-hoach-khung/';
const REPORT = '/van-ban/2023-bao-cao-thuc-hien/';

let build: BuildResult;
const page = (address: string): Document => parseDocument(readPage(build.outDir, address));
const rowTexts = (doc: Document, selector: string): string[] => [...doc.querySelectorAll(`${selector} tbody tr`)].map((row) => textOf(row));

beforeAll(async () => {
  build = await validFixtureBuild();
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('a plan’s follow-through', () => {
  it('lists each reporting duty with its deadline as the plan words it, who reports, and where it stands at the build', () => {
    const doc = page(PLAN);
    expect(textOf(doc.querySelector('#follow-up-heading'))).toBe('Theo dõi thực hiện');
    const duties = [...doc.querySelectorAll('.follow-up table')][0];
    expect([...duties!.querySelectorAll('tbody tr')].map((row) => textOf(row))).toEqual([
      '6 tháng đầu năm 2023 trước ngày 01/05/2023 Công chức Văn phòng – Thống kê Đã báo cáo, trễ 3 ngày – Báo cáo kết quả thực hiện kế hoạch khung 6 tháng đầu năm 2023 Nội dung mẫu',
      'Năm 2023 trong tháng 12/2023 Văn bản không ghi Quá hạn 1061 ngày, chưa thấy báo cáo đăng trên trang',
      'Năm 2026 chậm nhất ngày 15/12/2026 Văn bản không ghi Chưa đến hạn, còn 19 ngày',
    ]);
    expect(duties!.querySelector(`a[href="${REPORT}"]`)).not.toBeNull();
    // The browser says it again on a later day from the deadline's last day the element carries.
    const states = [...duties!.querySelectorAll('.duty-state')];
    expect(
      states.map((s) => [s.getAttribute('class'), s.getAttribute('data-duty-deadline'), s.getAttribute('data-duty-reported')]),
    ).toEqual([
      ['duty-state duty-state--late', '2023-04-30', '2023-05-03'],
      ['duty-state duty-state--overdue', '2023-12-31', null],
      ['duty-state duty-state--not-yet-due', '2026-12-15', null],
    ]);
  });

  it('lists each task with its section, the unit responsible and the latest reported result, or says none was reported', () => {
    const tasks = [...page(PLAN).querySelectorAll('.follow-up table')][1];
    expect([...tasks!.querySelectorAll('tbody tr')].map((row) => textOf(row))).toEqual([
      'III.1 Chỉ đạo triển khai Kế hoạch Chủ tịch UBND xã Đang thực hiện – Đã triển khai đến các thôn. (theo Báo cáo kết quả thực hiện kế hoạch khung 6 tháng đầu năm 2023 Nội dung mẫu )',
      'III.2 Tổng hợp, báo cáo kết quả (hạn tháng 06/2023 ) Công chức Văn phòng – Thống kê Chưa có báo cáo nào trên trang nêu nhiệm vụ này',
    ]);
  });

  it('comes after the sign-off, outside the decree’s text, and prints', () => {
    const doc = page(PLAN);
    const section = doc.querySelector('.follow-up');
    expect(section?.closest('.document__body, .screen-only')).toBeNull();
    const order = [...doc.querySelectorAll('.sign-off, .follow-up')].map((e) => e.getAttribute('class'));
    expect(order).toEqual(['sign-off', 'follow-up']);
  });

  it('says a late report as a warning of the build, and publishes it', () => {
    expect(build.output).toContain('báo cáo ban hành ngày 2023-05-03, sau hạn 2023-04-30 3 ngày: trang sẽ ghi là báo cáo trễ hạn');
    expect(readPage(build.outDir, REPORT)).toContain('Kết quả thực hiện kế hoạch khung');
  });
});

describe('the follow-through overview', () => {
  it('lists every duty of every plan, overdue first, with plain links to filter by state and by year', () => {
    const doc = page('/van-ban/theo-doi-thuc-hien/');
    expect(textOf(doc.querySelector('h1'))).toBe('Theo dõi thực hiện kế hoạch');
    const rows = rowTexts(doc, '.follow-up-table');
    expect(rows.map((row) => row.split(' Kế hoạch ')[0])).toEqual(['Năm 2023', 'Năm 2026', '6 tháng đầu năm 2023']);
    expect([...doc.querySelectorAll('.list-nav a')].map((a) => [a.getAttribute('href'), textOf(a)])).toEqual([
      ['/van-ban/theo-doi-thuc-hien/', 'Tất cả (3)'],
      ['/van-ban/theo-doi-thuc-hien/qua-han/', 'Quá hạn, chưa thấy báo cáo (1)'],
      ['/van-ban/theo-doi-thuc-hien/chua-den-han/', 'Chưa đến hạn (1)'],
      ['/van-ban/theo-doi-thuc-hien/da-bao-cao/', 'Đã báo cáo (1)'],
      ['/van-ban/theo-doi-thuc-hien/nam/2023/', '2023'],
    ]);
    expect(rowTexts(page('/van-ban/theo-doi-thuc-hien/qua-han/'), '.follow-up-table')).toEqual([rows[0]]);
    expect(rowTexts(page('/van-ban/theo-doi-thuc-hien/da-bao-cao/'), '.follow-up-table')).toEqual([rows[2]]);
    expect(rowTexts(page('/van-ban/theo-doi-thuc-hien/nam/2023/'), '.follow-up-table')).toEqual(rows);
  });

  it('is named on the home page by each overdue report, linked to its plan', () => {
    const home = page('/');
    const overdue = home.querySelector('[aria-labelledby="home-follow-up"] .follow-up-overdue');
    expect(textOf(overdue)).toBe(
      'Kỳ báo cáo đã quá hạn mà chưa thấy báo cáo đăng trên trang: Năm 2023 – Kế hoạch thực hiện công tác mẫu năm 2023: Quá hạn 1061 ngày, chưa thấy báo cáo đăng trên trang',
    );
    expect(overdue?.querySelector('a')?.getAttribute('href')).toBe(`${PLAN}#follow-up-heading`);
    expect(home.querySelector('a[href="/van-ban/theo-doi-thuc-hien/"]')).not.toBeNull();
  });
});
