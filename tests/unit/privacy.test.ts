import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/messages/problems';
import {
  allowedContacts,
  BODY_FIELD,
  checkPrivacy,
  findExceptions,
  findPersonalData,
  listTextFiles,
  maskFinding,
  scanText,
  type PersonalDataKind,
} from '../../src/check/privacy';
import { checkSiteFile } from '../../src/check/check-content';
import { FIXTURES, PROJECT_ROOT } from '../support/build-site';

const NONE = allowedContacts(undefined);
const kinds = (text: string): [PersonalDataKind, string][] => findPersonalData(text).map((f) => [f.kind, f.raw]);

describe('findPersonalData', () => {
  it.each<[string, string, [PersonalDataKind, string][]]>([
    ['a CCCD number of 12 digits', 'Số CCCD 064095001234 của người nêu', [['cccd', '064095001234']]],
    ['a CCCD number written in groups of three', 'CCCD: 064 095 001 234.', [['cccd', '064 095 001 234']]],
    ['a CMND number of 9 digits', 'CMND số 231456789 cấp năm 2010', [['cmnd', '231456789']]],
    ['a CMND number written with dots and a leading zero', 'CMND 023.145.678', [['cmnd', '023.145.678']]],
    ['a CMND number written with dots, of a province code without a zero', 'Hộ ông A (CMND 230.123.456)', [['cmnd', '230.123.456']]],
    ['a CMND number written with dots after "số chứng minh"', 'số chứng minh nhân dân: 231.456.789', [['cmnd', '231.456.789']]],
    ['a CCCD number with non-breaking spaces', 'CCCD 064\u00a0094\u00a0012\u00a0345', [['cccd', '064\u00a0094\u00a0012\u00a0345']]],
    ['a mobile number with non-breaking spaces', 'ĐT 0905\u00a0123\u00a0456', [['mobile', '0905\u00a0123\u00a0456']]],
    ['a mobile number with narrow no-break spaces', 'ĐT 0905\u202f123\u202f456', [['mobile', '0905\u202f123\u202f456']]],
    ['a mobile number with en dashes', 'ĐT 0912–345–678', [['mobile', '0912–345–678']]],
    ['a mobile number', 'gọi 0912345678 để hỏi', [['mobile', '0912345678']]],
    ['a mobile number with spaces', 'ĐT: 0912 345 678', [['mobile', '0912 345 678']]],
    ['a mobile number with dots', 'ĐT 0389.123.456', [['mobile', '0389.123.456']]],
    ['a mobile number with dashes', 'số 0707-123-456', [['mobile', '0707-123-456']]],
    ['a mobile number glued to a letter', 'SĐT0912345678', [['mobile', '0912345678']]],
    ['a mobile number in +84 form', 'Zalo +84 912 345 678', [['mobile', '+84 912 345 678']]],
    ['a mobile number in +84 form without spaces', 'Zalo +84912345678', [['mobile', '+84912345678']]],
    ['a mobile number in (+84) form', 'Zalo (+84) 912.345.678', [['mobile', '(+84) 912.345.678']]],
    ['a mobile number in a zalo.me link', 'https://zalo.me/0912345678', [['mobile', '0912345678']]],
    ['a landline number with its area code', 'máy bàn 0269 3812 345', [['landline', '0269 3812 345']]],
    ['a landline number with the area code in brackets', 'máy bàn (0269) 3812 345', [['landline', '(0269) 3812 345']]],
    ['a landline number in +84 form', 'máy bàn +84 269 3812 345', [['landline', '+84 269 3812 345']]],
    ['an e-mail address', 'gửi về nguyen.van.a@gmail.com nhé', [['email', 'nguyen.van.a@gmail.com']]],
    ['a phone followed by a count', 'gọi 0912345678 2 lần', [['mobile', '0912345678']]],
    ['a phone after a date', 'ngày 2023-06-15 0912345678', [['mobile', '0912345678']]],
    [
      'two phones side by side',
      '0912345678/0987654321',
      [
        ['mobile', '0912345678'],
        ['mobile', '0987654321'],
      ],
    ],
    ['an old 11-digit mobile number in groups', 'gọi 0168 123 4567', [['mobile', '0168 123 4567']]],
    ['an old 11-digit mobile number', 'gọi 01681234567', [['mobile', '01681234567']]],
    ['an old 11-digit mobile number of the 012x series', 'ĐT 0123 456 7890', [['mobile', '0123 456 7890']]],
    ['an old 11-digit mobile number of the 0186 series', 'ĐT 0186.123.4567', [['mobile', '0186.123.4567']]],
    ['an old 11-digit mobile number of the 0199 series', 'ĐT 0199-123-4567', [['mobile', '0199-123-4567']]],
    ['an old 11-digit mobile number in +84 form', 'Zalo +84 168 123 4567', [['mobile', '+84 168 123 4567']]],
    ['a mobile number with double spaces', 'ĐT 0912  345  678', [['mobile', '0912  345  678']]],
    [
      'a mobile number with double non-breaking spaces',
      'ĐT 0912\u00a0\u00a0345\u00a0\u00a0678',
      [['mobile', '0912\u00a0\u00a0345\u00a0\u00a0678']],
    ],
    ['a CCCD number with double spaces', 'CCCD 064  095  001  234', [['cccd', '064  095  001  234']]],
    [
      'a CMND number with dots after "căn cước" in decomposed Unicode',
      'số căn cước 230.123.456'.normalize('NFD'),
      [['cmnd', '230.123.456']],
    ],
    [
      'a CMND number with dots after "chứng minh" in decomposed Unicode',
      'số chứng minh nhân dân: 231.456.789'.normalize('NFD'),
      [['cmnd', '231.456.789']],
    ],
    [
      'a CMND number with dots after "CMND" and decomposed words',
      'CMND của người được hỗ trợ: 230.123.456'.normalize('NFD'),
      [['cmnd', '230.123.456']],
    ],
    ['a CMND number followed by an amount', 'CMND 230123456 150.000.000', [['cmnd', '230123456']]],
    ['a landline whose last groups look like an amount', 'máy bàn (028) 38.123.456', [['landline', '(028) 38.123.456']]],
    ['a landline before "đ/c" (đồng chí), which is no currency', 'ĐT 0269 3812 345 đ/c Lan', [['landline', '0269 3812 345']]],
    ['a CMND followed by an address written đ/c', 'Ông A, CMND 230123456 đ/c thôn 3', [['cmnd', '230123456']]],
    ['a CMND named as such before a currency word', 'số CMND 230123456 đồng ý ký tên', [['cmnd', '230123456']]],
    [
      'a household named with its house number',
      'Hộ ông Nguyễn Văn Hùng, số nhà 12, thôn 3 phản ánh',
      [['homeAddress', 'Hộ ông Nguyễn Văn Hùng, số nhà 12']],
    ],
    [
      'a person named with the number on a street',
      'Bà Trần Thị Mai ở 45 đường Lê Lợi kiến nghị',
      [['homeAddress', 'Bà Trần Thị Mai ở 45 đường']],
    ],
    ['a count written just after an identity card', 'CMND 123456789 người', [['cmnd', '123456789']]],
  ])('finds %s', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    ['document numbers', 'Kế hoạch số 12/KH-UBND; Công văn 35/UBND-VP; Quyết định 15/2023/QĐ-UBND'],
    ['legal numbers', 'Luật số 10/2022/QH15; Nghị định 13/2023/NĐ-CP; Nghị định 30/2020/NĐ-CP'],
    ['dates in every spelling', '2023-06-15, 15/06/2023, 15-06-2023, 15.06.2023, 2023-06-15T07:30, 2019-2023'],
    ['amounts of money written with thousands dots', 'Kinh phí 1.500.000.000 đồng và 150.000.000.000 đồng'],
    ['an amount of nine digits', 'hỗ trợ 230.123.456 đồng cho hộ nghèo'],
    [
      'an amount in a line that names an identity card well before it',
      'Hỗ trợ làm căn cước cho 1.200 người dân các thôn, tổng kinh phí 230.123.456 đồng',
    ],
    ['counts and percentages', 'tiếp 27 lượt, 1.264 hồ sơ, đạt 99,4%, 13 thôn, tổ dân phố'],
    ['issue ids', 'DT-2023-01, DT-2023-12'],
    ['a SHA-256 checksum', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['a date followed by a count', 'ngày 2023-06-15 1234 người'],
    ['a short hotline', 'Tổng đài 1900 1234 hoặc 111'],
    ['a range of amounts joined by a dash', 'từ 100.000.000-200.000.000 đồng'],
    ['an amount right after a clause number', 'khoản 2 150.000.000 đồng'],
    ['an amount right after a year', 'Năm 2023 150.000.000 đồng'],
    ['an amount in groups of spaces right after a year', 'Năm 2023 150 000 000 đồng'],
    ['an amount without dots before "đồng"', 'kinh phí 150000000 đồng'],
    ['an amount in groups of spaces before "đồng"', '150 000 000 đồng'],
    ['an amount glued to "đ"', '150000000đ'],
    ['an amount with dots before "VNĐ"', '150.000.000 VNĐ'],
    ['an amount before "VNĐ"', '150000000 VNĐ'],
    ['an amount before "VND"', '150000000 VND'],
    ['an amount before "vnđ"', '150000000 vnđ'],
    ['an amount before "₫"', '150000000₫'],
    ['an amount before "triệu"', '150000000 triệu'],
    ['an amount before "tỷ"', '150000000 tỷ'],
    ['an amount before "đồng" in decomposed Unicode', 'kinh phí 150000000 đồng'.normalize('NFD')],
    ['an amount whose digits alone would read as a phone after 84', 'Tổng thu 84.512.345.678 đồng'],
    ['a bank account of 12 digits in groups of four', 'Số tài khoản 1234 5678 9012'],
    ['a bank account of 12 digits in groups of three', 'Số tài khoản 123 456 789 012'],
    ['a count of visits as long as a CMND number', 'Trang có 123456789 lượt truy cập.'],
    ['an area as long as a CMND number', 'Diện tích 150000000 m² đất nông nghiệp'],
    ['an official named in a role, with no house', 'Ông Nguyễn Trọng Thành, Chủ tịch UBND, chủ trì.'],
    ['a person named with a thôn and no house number', 'Kiến nghị của ông Nguyễn Văn B về đường thôn 5'],
  ])('finds nothing in %s', (_, text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('findPersonalData on long texts', () => {
  // A pattern that backtracked over the run would not end within the test's time limit.
  it('reads a run of thousands of spaced numbers and finds nothing in it', () => {
    const counts = Array.from({ length: 20_000 }, (_, i) => String(i % 100)).join(' ');
    expect(findPersonalData(counts)).toEqual([]);
  });
});

describe('maskFinding', () => {
  it('shows a person named at home by initials only', () => {
    const [found] = findPersonalData('Hộ ông Nguyễn Văn Hùng, số nhà 12');
    expect(found && maskFinding(found)).toBe('N. V. H., số nhà …');
  });

  it.each<[string, string]>([
    ['0912 345 678', '0912***678'],
    ['+84 912 345 678', '0912***678'],
    ['0269 3812 345', '0269***345'],
    ['064095001234', '06***34'],
    ['231456789', '23***89'],
    ['Nguyen.Van.A@Gmail.com', 'ng***@gmail.com'],
  ])('hides most of %s as %s', (text, masked) => {
    const [finding] = findPersonalData(text);
    expect(finding).toBeDefined();
    expect(maskFinding(finding!)).toBe(masked);
  });
});

describe('scanText', () => {
  const mdx = [
    '---', // 1
    'title: "Đối thoại"', // 2
    'issues:', // 3
    '  - id: DT-2023-01', // 4
    '    raised: "Người nêu (ĐT 0912 345 678) đề nghị sửa đường"', // 5
    '---', // 6
    '', // 7
    'Liên hệ người dân qua nguyen.van.a@gmail.com.', // 8
    '',
  ].join('\n');

  it('reports file, line, frontmatter field or (nội dung), the masked value and the kind of personal data it looks like', () => {
    const { problems } = scanText('content/dialogues/a.mdx', mdx, NONE);
    expect(problems.map((p) => [p.file, p.line, p.field, p.found])).toEqual([
      ['content/dialogues/a.mdx', 5, 'issues[0].raised', '0912***678'],
      ['content/dialogues/a.mdx', 8, BODY_FIELD, 'ng***@gmail.com'],
    ]);
    expect(problems.map((p) => [p.code, p.params])).toEqual([
      ['privacy.personalData', { kind: 'mobile', unreasoned: false, comment: 'mdx' }],
      ['privacy.personalData', { kind: 'email', unreasoned: false, comment: 'mdx' }],
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/345 678|nguyen\.van/);
    expect(problems.map(formatProblem).join('\n')).not.toMatch(/345 678|nguyen\.van/);
  });

  it('names the field of a YAML file, however deep', () => {
    const yaml = ['sessions:', '  - date: "2023-03-02"', '    notes: "Gọi 0987654321"', ''].join('\n');
    expect(scanText('content/receptions/x.yaml', yaml, NONE).problems.map((p) => [p.line, p.field])).toEqual([[3, 'sessions[0].notes']]);
  });

  it('allows the commune’s own phones and e-mail from site.yaml, in any spelling', () => {
    const allowed = allowedContacts({
      phones: [{ label: 'Văn phòng', number: '0269 3812 345' }],
      email: 'VanPhong@dakdoa.gov.vn',
    });
    const text = 'Gọi 0269.3812.345 hoặc +84 269 3812 345, thư vanphong@dakdoa.gov.vn';
    expect(scanText('content/pages/lien-he.mdx', text, allowed).problems).toEqual([]);
    expect(scanText('content/pages/lien-he.mdx', 'Gọi 0269 3812 346', allowed).problems).toHaveLength(1);
  });

  it('accepts a deliberate exception written with a reason on the line above or the same line', () => {
    const text = [
      'Số trực ban của Công an thị trấn:',
      '{/* privacy-exception: "0269 3812 999" -- số trực ban công khai của Công an thị trấn */}',
      '0269 3812 999.',
      'Hộp thư góp ý của Mặt trận 0269 3812 888 {/* privacy-exception: "0269.3812.888" -- hộp thư góp ý công khai */}',
    ].join('\n');
    expect(scanText('content/pages/a.mdx', text, NONE)).toEqual({ problems: [], warnings: [] });
    const yaml = 'phone: "0912345678" # privacy-exception: "0912 345 678" -- số đường dây nóng của huyện đã công bố\n';
    expect(scanText('content/x.yaml', yaml, NONE)).toEqual({ problems: [], warnings: [] });
  });

  it('refuses an exception without a written reason, saying so', () => {
    const text = ['{/* privacy-exception: "0912345678" */}', 'Gọi 0912345678'].join('\n');
    const { problems } = scanText('content/pages/a.mdx', text, NONE);
    expect(problems.map((p) => p.line)).toEqual([2]);
    expect(problems[0]).toMatchObject({ code: 'privacy.personalData', params: { unreasoned: true } });
    const short = ['{/* privacy-exception: "0912345678" -- đã đồng ý */}', 'Gọi 0912345678'].join('\n');
    expect(scanText('content/pages/a.mdx', short, NONE).problems.map((p) => p.line)).toEqual([2]);
  });

  it('does not let an exception reach beyond the next line', () => {
    const text = ['{/* privacy-exception: "0912345678" -- số công khai của tổ hòa giải */}', '', 'Gọi 0912345678'].join('\n');
    const result = scanText('content/pages/a.mdx', text, NONE);
    expect(result.problems.map((p) => p.line)).toEqual([3]);
    expect(result.warnings.map((w) => w.line)).toEqual([1]);
  });

  it('warns about an exception that excuses nothing', () => {
    const text = '{/* privacy-exception: "0912345678" -- số cũ của tổ hòa giải thôn */}\nKhông còn số nào ở đây.\n';
    const { problems, warnings } = scanText('content/pages/a.mdx', text, NONE);
    expect(problems).toEqual([]);
    expect(warnings.map((w) => [w.line, w.found])).toEqual([[1, '0912***678']]);
    const example = '# Ví dụ: # privacy-exception: "…" -- lý do công bố số này\n';
    expect(scanText('content/x.yaml', example, NONE)).toEqual({ problems: [], warnings: [] });
  });

  it('ignores a marker that is not inside a comment, so it never shows on a page unexcused', () => {
    const text = 'privacy-exception: "0912345678" -- số của một người dân đã đồng ý\n0912345678\n';
    expect(findExceptions(text)).toEqual([]);
    expect(scanText('content/pages/a.md', text, NONE).problems).toHaveLength(2);
  });
});

describe('checkPrivacy over real folders', () => {
  it('reads every text file at any depth and skips PDFs', () => {
    const files = listTextFiles(path.join(PROJECT_ROOT, 'content')).map((f) => path.relative(PROJECT_ROOT, f));
    expect(files).toContain('content/site.yaml');
    expect(files.some((f) => f.startsWith('content/documents/'))).toBe(true);
    expect(files.some((f) => f.endsWith('.pdf'))).toBe(false);
  });

  it.each([
    ['the real content', path.join(PROJECT_ROOT, 'content')],
    ['the valid fixture', path.join(FIXTURES, 'valid')],
  ])('finds no personal data in %s, whose documents carry numbers and dates only', (_, dir) => {
    const { site } = checkSiteFile(dir);
    expect(site).toBeDefined();
    const result = checkPrivacy(dir, site);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('finds the planted data in each broken privacy fixture', () => {
    for (const folder of ['privacy-cccd', 'privacy-cmnd', 'privacy-phone', 'privacy-email']) {
      const dir = path.join(FIXTURES, 'broken', folder);
      expect(fs.existsSync(dir), folder).toBe(true);
      expect(checkPrivacy(dir, undefined).problems, folder).toHaveLength(1);
    }
  });
});
