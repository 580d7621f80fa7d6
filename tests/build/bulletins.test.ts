import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phoneCheck } from '../support/browser';
import { buildSite, composeContent, FIXTURES, readPage, removeTempDirs, type BuildResult } from '../support/build-site';
import { nuErrors } from '../support/nu-checker';
import { parseDocument, textOf } from '../support/html';

// tests/fixtures/broadcast adds, over the valid fixture, a consultation broadcast on two days only
// (short of the three in a row the law asks) and a notice broadcast on three days with the
// office's own bulletin text.
const CONSULTATION = '/lay-y-kien/2026-lay-y-kien-phat-thanh/';
const CONSULTATION_BULLETIN = '/ban-tin/lay-y-kien/2026-lay-y-kien-phat-thanh/';
const NOTICE = '/van-ban/2026-thong-bao-phat-thanh/';
const NOTICE_BULLETIN = '/ban-tin/van-ban/2026-thong-bao-phat-thanh/';
const RECEPTION_BULLETIN = '/ban-tin/lich-tiep-cong-dan/2026-11/';

let build: BuildResult;
beforeAll(async () => {
  build = await buildSite(composeContent('broadcast', path.join(FIXTURES, 'broadcast')));
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});
afterAll(removeTempDirs);

const page = (address: string): Document => parseDocument(readPage(build.outDir, address));
const spoken = (address: string): string => textOf(page(address).querySelector('.bulletin__text'));

describe('a consultation’s loudspeaker bulletin', () => {
  it('is linked from the consultation, and links back to it', () => {
    expect(page(CONSULTATION).querySelector(`a[href="${CONSULTATION_BULLETIN}"]`)).not.toBeNull();
    expect(page(CONSULTATION_BULLETIN).querySelector(`main a[href="${CONSULTATION}"]`)).not.toBeNull();
  });

  it('writes dates, times, money, telephone numbers and abbreviations out as they are said, in short sentences', () => {
    const text = spoken(CONSULTATION_BULLETIN);
    expect(text).toContain(
      'Thời gian nhận ý kiến từ bảy giờ ba mươi phút sáng ngày mười sáu tháng mười một năm hai nghìn không trăm hai mươi sáu đến mười một giờ năm mươi chín phút đêm ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi sáu.',
    );
    expect(text).toContain(
      'Ủy ban nhân dân xã lấy ý kiến Nhân dân Thôn hai về dự thảo kế hoạch. Kinh phí dự kiến một tỷ năm trăm triệu đồng.',
    );
    expect(text).toContain('điện thoại, đường dây nóng số không hai sáu chín, không không không, không không không không');
    expect(text).not.toMatch(/\d|UBND/u);
    expect(textOf(page(CONSULTATION_BULLETIN).querySelector('main'))).toMatch(/Thời lượng đọc khoảng [\d,]+ phút\./u);
  });

  it('says it was broadcast on two days in a row, short of the three the law asks, and the check warns of it', () => {
    const main = textOf(page(CONSULTATION_BULLETIN).querySelector('main'));
    expect(main).toContain('Thứ Hai, 16/11/2026, lúc 06:00, 17:00');
    expect(main).toContain('được phát nhiều nhất 2 ngày liên tục, chưa đủ 03 ngày liên tục');
    expect(build.output).toContain('các ngày phát đã ghi có nhiều nhất 2 ngày liên tục');
  });

  it('downloads as plain text that any device reads as Vietnamese', () => {
    const file = fs.readFileSync(path.join(build.outDir, `${CONSULTATION_BULLETIN.slice(0, -1)}.txt`), 'utf8');
    expect(file.startsWith('\uFEFFBản tin truyền thanh: Dự thảo Kế hoạch sửa chữa cầu treo Thôn 2\r\n')).toBe(true);
    expect(file).toContain('\r\nKinh phí dự kiến một tỷ năm trăm triệu đồng.');
  });
});

describe('a notice the office wrote its own bulletin for', () => {
  it('reads the office’s text as written, never the generated one, and says whose it is', () => {
    expect([...page(NOTICE_BULLETIN).querySelectorAll('.bulletin__text p')].map((p) => textOf(p))).toEqual([
      'Kính thưa bà con Nhân dân.',
      'Trạm y tế xã tổ chức tiêm chủng cho trẻ em dưới một tuổi vào sáng thứ Ba, ngày mùng một tháng Mười hai.',
    ]);
    expect(textOf(page(NOTICE_BULLETIN).querySelector('.bulletin__origin'))).toBe('Bản tin do văn phòng soạn.');
    expect(page(NOTICE_BULLETIN).querySelector('.bulletin__short')).toBeNull();
    expect(page(NOTICE).querySelector(`a[href="${NOTICE_BULLETIN}"]`)).not.toBeNull();
  });

  it('leaves a document not marked for broadcast without a bulletin', () => {
    expect(fs.existsSync(path.join(build.outDir, 'ban-tin/van-ban/2023-ke-hoach-khung'))).toBe(false);
    expect(page('/van-ban/2023-ke-hoach-khung/').querySelector('a[href^="/ban-tin/"]')).toBeNull();
  });
});

describe("a month's reception schedule", () => {
  it('has a bulletin of its sessions, each with its weekday, day, hour, officer and place in words', () => {
    const text = spoken(RECEPTION_BULLETIN);
    expect(text).toMatch(/^Lịch tiếp công dân tháng mười một năm hai nghìn không trăm hai mươi sáu của Ủy ban nhân dân xã Thử Nghiệm\./u);
    expect(text).toContain('tiếp công dân tại');
    expect(text).not.toMatch(/\d/u);
    expect(page('/lich-tiep-cong-dan/thang/2026-11/').querySelector(`a[href="${RECEPTION_BULLETIN}"]`)).not.toBeNull();
  });
});

describe('the bulletin pages', () => {
  it('are valid HTML, and axe finds nothing at 360 px, where they fit without sideways scrolling', async () => {
    const addresses = [CONSULTATION_BULLETIN, NOTICE_BULLETIN, RECEPTION_BULLETIN];
    expect(await nuErrors(addresses.map((address) => path.join(build.outDir, address, 'index.html')))).toEqual([]);
    expect(await phoneCheck(build.outDir, addresses)).toEqual(addresses.map((address) => ({ address, violations: [], overflow: 0 })));
  });
});
