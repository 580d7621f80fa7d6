import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSiteFile } from '../../src/check/check-content';
import { parseYamlSource } from '../../src/check/frontmatter';
import { issuesToProblems } from '../../src/check/zod-problems';
import type { Bilingual, BilingualIssueParams } from '../../src/schemas/issues';
import { siteSchema } from '../../src/schemas/site';
import { FIXTURES, PROJECT_ROOT } from '../support/build-site';

const minimal = {
  unit: { type: 'thị trấn', name: 'Đak Đoa', nameEn: "People's Committee of Đak Đoa Township" },
  province: 'Gia Lai',
  address: 'Trụ sở UBND thị trấn Đak Đoa',
  officeHours: [{ days: 'Thứ Hai đến Thứ Sáu', hours: 'Sáng 07:00–11:00' }],
  baseUrl: 'https://dakdoa.example.org/',
};

function issuesOf(input: unknown): Array<{ code: string; path: PropertyKey[] }> {
  const result = siteSchema.safeParse(input);
  if (result.success) throw new Error('expected the site configuration to be refused');
  return result.error.issues.map(({ code, path }) => ({ code, path }));
}

/** Each issue's path and what it says, in both languages. */
function explained(input: unknown): Array<{ path: PropertyKey[]; problem?: Bilingual; expected: Bilingual }> {
  const result = siteSchema.safeParse(input);
  if (result.success) throw new Error('expected the site configuration to be refused');
  return result.error.issues.map((issue) => {
    const params = (issue as { params?: BilingualIssueParams }).params;
    if (!params) throw new Error(`expected a bilingual issue at ${issue.path.join('.')}, got ${issue.code}`);
    return { path: issue.path, ...params };
  });
}

const withPhone = (number: unknown) => ({ ...minimal, phones: [{ label: 'Văn phòng', number }] });

/** What every refused phone number is told to be, in both languages. */
const PHONE_EXPECTED = {
  vi: expect.stringMatching(
    /^một số điện thoại Việt Nam và không gì khác: số cố định 11 chữ số bắt đầu bằng 02 .*máy lẻ, ghi chú thì ghi vào label$/,
  ),
  en: expect.stringMatching(
    /^one Vietnamese phone number and nothing else: a landline of 11 digits starting 02 .*an extension or a note goes in label$/,
  ),
};

/** What every refused base URL is told to be, in both languages. */
const ROOT_URL_EXPECTED = {
  vi: expect.stringContaining('địa chỉ gốc của trang trên tên miền (hoặc tên miền con) riêng'),
  en: expect.stringContaining('the site is built to be served at the root of its host'),
};

const officer = (id: string, role: string, head = false) => ({ id, role, head });

describe('siteSchema', () => {
  it('accepts a minimal configuration and fills in the empty lists', () => {
    expect(siteSchema.safeParse(minimal)).toEqual({
      success: true,
      data: { ...minimal, phones: [], officers: [], localities: [], fields: [], holidays: [] },
    });
  });

  it('accepts the optional contact details and marks localities as real unless told otherwise', () => {
    const site = siteSchema.parse({
      ...minimal,
      parent: 'UBND huyện Đak Đoa',
      email: 'ubnd@dakdoa.example.org',
      phones: [{ label: 'Văn phòng', number: '0269 3833 000' }],
      officers: [{ id: 'chu-tich', role: 'Chủ tịch', head: true }],
      localities: [
        { id: 'thon-1', name: 'Thôn 1' },
        { id: 'thon-2', name: 'Thôn 2', placeholder: true },
      ],
      repositoryUrl: 'https://github.com/example/minh-bach-xa',
    });
    expect(site.localities).toEqual([
      { id: 'thon-1', name: 'Thôn 1', placeholder: false },
      { id: 'thon-2', name: 'Thôn 2', placeholder: true },
    ]);
    expect(site.email).toBe('ubnd@dakdoa.example.org');
  });

  it('reads public holidays of one day or several, and refuses a last day before the first', () => {
    const site = siteSchema.parse({
      ...minimal,
      holidays: [
        { from: '2026-09-02', name: 'Quốc khánh' },
        { from: '2026-02-14', to: '2026-02-22', name: 'Tết Nguyên đán' },
      ],
    });
    expect(site.holidays.map((h) => [h.from, h.to, h.name])).toEqual([
      ['2026-09-02', undefined, 'Quốc khánh'],
      ['2026-02-14', '2026-02-22', 'Tết Nguyên đán'],
    ]);
    const reversed = siteSchema.safeParse({ ...minimal, holidays: [{ from: '2026-02-22', to: '2026-02-14', name: 'Tết' }] });
    expect(reversed.success ? [] : reversed.error.issues.map((i) => i.path)).toEqual([['holidays', 0, 'to']]);
  });

  it('says in Vietnamese and English that content/site.yaml needs exactly one head under officers', () => {
    const result = siteSchema.safeParse({ ...minimal, officers: [{ id: 'chu-tich', role: 'Chủ tịch' }] });
    const params = result.success ? undefined : (result.error.issues[0] as { params?: BilingualIssueParams }).params;
    expect(params).toEqual({
      problem: { vi: 'không có chức danh nào được ghi head: true', en: 'no officer has head: true' },
      expected: {
        vi: 'đúng một chức danh trong "officers" của content/site.yaml có head: true: Chủ tịch UBND, người tiếp công dân ít nhất 01 ngày mỗi tuần',
        en: 'exactly one officer under "officers" in content/site.yaml with head: true: the chairman, who receives citizens at least one day every week',
      },
    });
  });

  it.each([
    ['an e-mail address without a domain', { ...minimal, email: 'ubnd-dakdoa' }, [{ code: 'invalid_format', path: ['email'] }]],
    ['a base URL without a scheme', { ...minimal, baseUrl: 'dakdoa.example.org' }, [{ code: 'invalid_format', path: ['baseUrl'] }]],
    ['a repository URL that is not a URL', { ...minimal, repositoryUrl: 'github' }, [{ code: 'invalid_format', path: ['repositoryUrl'] }]],
    ['a missing base URL', { ...minimal, baseUrl: undefined }, [{ code: 'invalid_type', path: ['baseUrl'] }]],
    ['an empty list of office hours', { ...minimal, officeHours: [] }, [{ code: 'too_small', path: ['officeHours'] }]],
    [
      'a unit type that is not a commune-level unit',
      { ...minimal, unit: { ...minimal.unit, type: 'huyện' } },
      [{ code: 'invalid_value', path: ['unit', 'type'] }],
    ],
    [
      'a locality id with diacritics',
      { ...minimal, localities: [{ id: 'thôn-1', name: 'Thôn 1' }] },
      [{ code: 'custom', path: ['localities', 0, 'id'] }],
    ],
    [
      'officers without a head, whose weekly duty no session could meet',
      {
        ...minimal,
        officers: [
          { id: 'chu-tich', role: 'Chủ tịch' },
          { id: 'pho-chu-tich', role: 'Phó Chủ tịch' },
        ],
      },
      [{ code: 'custom', path: ['officers'] }],
    ],
    [
      'two heads, each beyond the first named at its own head field',
      {
        ...minimal,
        officers: [
          { id: 'chu-tich', role: 'Chủ tịch', head: true },
          { id: 'pho-chu-tich', role: 'Phó Chủ tịch', head: true },
          { id: 'pho-chu-tich-2', role: 'Phó Chủ tịch', head: true },
        ],
      },
      [
        { code: 'custom', path: ['officers', 1, 'head'] },
        { code: 'custom', path: ['officers', 2, 'head'] },
      ],
    ],
    [
      'two empty fields, each as empty rather than as a repeat',
      { ...minimal, fields: ['', ' '] },
      [
        { code: 'too_small', path: ['fields', 0] },
        { code: 'too_small', path: ['fields', 1] },
      ],
    ],
    ['an unknown key', { ...minimal, mail: 'x@example.org' }, [{ code: 'unrecognized_keys', path: [] }]],
    [
      'an unknown key inside the unit',
      { ...minimal, unit: { ...minimal.unit, nameVi: 'x' } },
      [{ code: 'unrecognized_keys', path: ['unit'] }],
    ],
  ])('refuses %s', (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  describe('phones', () => {
    it.each([
      ['a landline with a three-digit area code, in spaces', '0269 3833 000'],
      ['a landline with a two-digit area code', '024 3825 3536'],
      ['a landline in dots', '0269.3833.000'],
      ['a landline in hyphens', '028-3823-4567'],
      ['a landline without separators', '02693833000'],
      ['a landline with +84 in place of the 0', '+84 269 3833 000'],
      ['a landline with +84 and dots', '+84.24.3825.3536'],
      ['a mobile from 03', '0389 123 456'],
      ['a mobile from 05', '0567.123.456'],
      ['a mobile from 07', '070-123-4567'],
      ['a mobile from 08', '0812 345 678'],
      ['a mobile from 09', '0912 345 678'],
      ['a mobile with +84', '+84 912 345 678'],
      ['a mobile with +84 and no separators', '+84912345678'],
      ['a landline pasted with non-breaking spaces', '0269\u00a03833\u00a0000'],
      ['a free hotline', '1800 1234'],
      ['a 1900 hotline of ten digits', '1900.123.456'],
      ['a short hotline', '1022'],
    ])('accepts %s: %s', (_name, number) => {
      expect(siteSchema.parse(withPhone(number)).phones).toEqual([{ label: 'Văn phòng', number }]);
    });

    it('keeps a number without the spaces around it', () => {
      expect(siteSchema.parse(withPhone(' 0269 3833 000 ')).phones[0]?.number).toBe('0269 3833 000');
    });

    it.each<[string, string, Bilingual]>([
      [
        'a landline a digit short',
        '0269 383 300',
        {
          vi: 'có 10 chữ số, bắt đầu bằng 02: không phải số cố định hay số di động',
          en: 'has 10 digits, starting 02: neither a landline nor a mobile number',
        },
      ],
      [
        'a landline a digit short after +84',
        '+84 269 383 300',
        {
          vi: 'có 10 chữ số (kể cả số 0 mà +84 thay), bắt đầu bằng 02: không phải số cố định hay số di động',
          en: 'has 10 digits (counting the 0 that +84 replaces), starting 02: neither a landline nor a mobile number',
        },
      ],
      [
        'a mobile a digit too long',
        '0912 345 6789',
        {
          vi: 'có 11 chữ số, bắt đầu bằng 09: không phải số cố định hay số di động',
          en: 'has 11 digits, starting 09: neither a landline nor a mobile number',
        },
      ],
      [
        'an 11-digit mobile renumbered in 2018',
        '0123 456 7890',
        {
          vi: 'có 11 chữ số, bắt đầu bằng 01: không phải số cố định hay số di động',
          en: 'has 11 digits, starting 01: neither a landline nor a mobile number',
        },
      ],
      [
        'a number from 06, which no phone has',
        '0612 345 678',
        {
          vi: 'có 10 chữ số, bắt đầu bằng 06: không phải số cố định hay số di động',
          en: 'has 10 digits, starting 06: neither a landline nor a mobile number',
        },
      ],
      [
        'two numbers in one field',
        '0269 3833 000 0912 345 678',
        {
          vi: 'có 21 chữ số, bắt đầu bằng 02: không phải số cố định hay số di động',
          en: 'has 21 digits, starting 02: neither a landline nor a mobile number',
        },
      ],
      [
        'the international prefix 0084',
        '0084 912 345 678',
        {
          vi: 'có 13 chữ số, bắt đầu bằng 00: không phải số cố định hay số di động',
          en: 'has 13 digits, starting 00: neither a landline nor a mobile number',
        },
      ],
      ['words instead of a number', 'chưa có', { vi: 'không có chữ số nào', en: 'has no digits' }],
      [
        'an extension after the number',
        '0269 3833 000, máy lẻ 102',
        { vi: 'có ký tự ",", không thuộc một số điện thoại', en: 'has the character ",", which is no part of a phone number' },
      ],
      [
        'a bracketed trunk 0 after +84',
        '+84 (0) 269 3833 000',
        { vi: 'có ký tự "(", không thuộc một số điện thoại', en: 'has the character "(", which is no part of a phone number' },
      ],
      [
        'a bracketed area code',
        '(0269) 3833 000',
        { vi: 'có ký tự "(", không thuộc một số điện thoại', en: 'has the character "(", which is no part of a phone number' },
      ],
      [
        'two numbers joined by a slash',
        '0269 3833 000 / 0912 345 678',
        { vi: 'có ký tự "/", không thuộc một số điện thoại', en: 'has the character "/", which is no part of a phone number' },
      ],
      [
        'en dashes between groups',
        '0269–3833–000',
        { vi: 'có ký tự "–", không thuộc một số điện thoại', en: 'has the character "–", which is no part of a phone number' },
      ],
      [
        'both +84 and the trunk 0',
        '+84 0269 3833 000',
        {
          vi: 'có cả +84 lẫn số 0 đầu: +84 thay cho số 0 ấy, gọi +84 rồi 0 là sai số',
          en: 'has both +84 and the leading 0: +84 replaces that 0, and dialling +84 then 0 reaches a wrong number',
        },
      ],
      ['84 without its +', '84 912 345 678', { vi: 'không bắt đầu bằng 0 hay +84', en: 'starts with neither 0 nor +84' }],
      ['a number without its trunk 0', '269 3833 000', { vi: 'không bắt đầu bằng 0 hay +84', en: 'starts with neither 0 nor +84' }],
      ['a 1900 number a digit short', '1900 123', { vi: 'không bắt đầu bằng 0 hay +84', en: 'starts with neither 0 nor +84' }],
      [
        'two separators in a row',
        '0269 - 3833 000',
        {
          vi: 'có dấu + ở giữa, hai dấu phân cách liền nhau, hoặc dấu phân cách ở đầu, ở cuối',
          en: 'has a + inside, two separators in a row, or a separator at either end',
        },
      ],
      [
        'a full stop at the end',
        '0912 345 678.',
        {
          vi: 'có dấu + ở giữa, hai dấu phân cách liền nhau, hoặc dấu phân cách ở đầu, ở cuối',
          en: 'has a + inside, two separators in a row, or a separator at either end',
        },
      ],
    ])('refuses %s (%s) at phones[0].number, saying why in both languages', (_name, number, problem) => {
      expect(explained(withPhone(number))).toEqual([{ path: ['phones', 0, 'number'], problem, expected: PHONE_EXPECTED }]);
    });

    it.each([
      ['a landline', '02693833000', 2693833000],
      ['a number with +84', '+84912345678', 84912345678],
      ['a mobile in one dot', '0912.345678', 912.345678],
    ])('tells the clerk to quote %s that YAML read as a number (%s → %s)', (_name, written, read) => {
      const parsed = parseYamlSource('content/site.yaml', `phones:\n  - { label: "Văn phòng", number: ${written} }\n`);
      if (!parsed.ok) throw new Error('unexpected YAML problem');
      expect(parsed.source.data.phones).toEqual([{ label: 'Văn phòng', number: read }]);
      expect(explained({ ...minimal, phones: parsed.source.data.phones })).toEqual([
        {
          path: ['phones', 0, 'number'],
          problem: {
            vi: `viết không có dấu ngoặc kép nên được đọc thành con số ${read}, mất số 0 hoặc dấu + ở đầu`,
            en: `written without quotes, so it was read as the number ${read}, losing its leading 0 or +`,
          },
          expected: {
            vi: expect.stringMatching(/^số điện thoại đặt trong dấu ngoặc kép, ví dụ number: "0269 3833 000"; một số điện thoại Việt Nam/),
            en: expect.stringMatching(/^the phone number in double quotes, e.g. number: "0269 3833 000"; one Vietnamese phone number/),
          },
        },
      ]);
    });

    it('reports an unquoted number at its line and field, with the number YAML made of it', () => {
      const parsed = parseYamlSource(
        'content/site.yaml',
        [
          'unit: { type: "xã", name: "Ia Băng", nameEn: "Ia Băng Commune" }',
          'province: "Gia Lai"',
          'address: "Trụ sở"',
          'phones:',
          '  - { label: "Văn phòng", number: "0269 3833 000" }',
          '  - { label: "Chủ tịch", number: 0912345678 }',
          'officeHours: [{ days: "Thứ Hai", hours: "7:00" }]',
          'baseUrl: "https://iabang.example.org/"',
        ].join('\n'),
      );
      if (!parsed.ok) throw new Error('unexpected YAML problem');
      const result = siteSchema.safeParse(parsed.source.data);
      const problems = issuesToProblems('content/site.yaml', result.error?.issues ?? [], parsed.source);
      expect(problems.map(({ line, field, found, problem }) => ({ line, field, found, problem }))).toEqual([
        {
          line: 6,
          field: 'phones[1].number',
          found: 912345678,
          problem: {
            vi: 'viết không có dấu ngoặc kép nên được đọc thành con số 912345678, mất số 0 hoặc dấu + ở đầu',
            en: 'written without quotes, so it was read as the number 912345678, losing its leading 0 or +',
          },
        },
      ]);
    });

    it('reports an empty number as empty, once', () => {
      expect(issuesOf(withPhone(' '))).toEqual([{ code: 'too_small', path: ['phones', 0, 'number'] }]);
    });

    it('names the one refused number among several', () => {
      const input = {
        ...minimal,
        phones: [
          { label: 'Văn phòng', number: '0269 3833 000' },
          { label: 'Chủ tịch', number: '0912 345 67' },
        ],
      };
      expect(explained(input).map((issue) => issue.path)).toEqual([['phones', 1, 'number']]);
    });
  });

  describe('baseUrl', () => {
    it.each([
      'https://dakdoa.example.org/',
      'https://dakdoa.example.org',
      'http://dakdoa.example.org/',
      'https://dakdoa.gialai.gov.vn/',
      'https://dakdoa.example.org:8443/',
    ])('accepts the root of a host: %s', (baseUrl) => {
      expect(siteSchema.parse({ ...minimal, baseUrl }).baseUrl).toBe(baseUrl);
    });

    it.each<[string, string, Bilingual]>([
      [
        'a folder of a shared host',
        'https://gialai.gov.vn/dakdoa',
        { vi: 'có đường dẫn "/dakdoa" sau tên miền', en: 'has the path "/dakdoa" after the host' },
      ],
      [
        'a folder with a trailing slash',
        'https://gialai.gov.vn/dakdoa/',
        { vi: 'có đường dẫn "/dakdoa/" sau tên miền', en: 'has the path "/dakdoa/" after the host' },
      ],
      [
        'a page',
        'https://dakdoa.example.org/index.html',
        { vi: 'có đường dẫn "/index.html" sau tên miền', en: 'has the path "/index.html" after the host' },
      ],
      ['a query', 'https://dakdoa.example.org/?lang=vi', { vi: 'có phần truy vấn "?lang=vi"', en: 'has the query "?lang=vi"' }],
      ['an empty query', 'https://dakdoa.example.org/?', { vi: 'có phần truy vấn "?"', en: 'has the query "?"' }],
      ['a fragment', 'https://dakdoa.example.org/#top', { vi: 'có phần neo "#top"', en: 'has the fragment "#top"' }],
      [
        'another scheme',
        'ftp://dakdoa.example.org/',
        { vi: 'dùng giao thức "ftp:", không phải https: hay http:', en: 'uses "ftp:", not https: or http:' },
      ],
      [
        'an e-mail address',
        'mailto:ubnd@dakdoa.example.org',
        { vi: 'dùng giao thức "mailto:", không phải https: hay http:', en: 'uses "mailto:", not https: or http:' },
      ],
      [
        'a user name',
        'https://admin@dakdoa.example.org/',
        { vi: 'có tên đăng nhập hoặc mật khẩu trước tên miền', en: 'has a user name or password before the host' },
      ],
    ])('refuses %s (%s), saying the site must be served at the root of its host', (_name, baseUrl, problem) => {
      expect(explained({ ...minimal, baseUrl })).toEqual([{ path: ['baseUrl'], problem, expected: ROOT_URL_EXPECTED }]);
    });
  });

  describe('ids and fields', () => {
    const officers = [
      officer('chu-tich', 'Chủ tịch', true),
      officer('pho-chu-tich', 'Phó Chủ tịch'),
      officer('cong-chuc-tu-phap', 'Công chức Tư pháp'),
    ];

    it('accepts an officer and a locality that share an id, which live in different lists', () => {
      const site = siteSchema.parse({ ...minimal, officers, localities: [{ id: 'chu-tich', name: 'Thôn Chủ Tịch' }] });
      expect(site.officers.map((o) => o.id)).toEqual(['chu-tich', 'pho-chu-tich', 'cong-chuc-tu-phap']);
    });

    it('accepts two holidays on one day: nothing refers to a holiday, and the day is off either way', () => {
      const holidays = [
        { from: '2026-04-30', to: '2026-05-01', name: 'Ngày Chiến thắng, Quốc tế Lao động' },
        { from: '2026-05-01', name: 'Ngày Quốc tế Lao động' },
      ];
      expect(siteSchema.parse({ ...minimal, holidays }).holidays).toHaveLength(2);
    });

    it('refuses an officer whose id an earlier one has, at the later id, naming the earlier', () => {
      const input = { ...minimal, officers: [...officers, officer('pho-chu-tich', 'Phó Chủ tịch (phụ trách kinh tế)')] };
      expect(explained(input)).toEqual([
        {
          path: ['officers', 3, 'id'],
          problem: {
            vi: 'id "pho-chu-tich" đã dùng cho officers[1] (Phó Chủ tịch)',
            en: 'the id "pho-chu-tich" is already used by officers[1] (Phó Chủ tịch)',
          },
          expected: {
            vi: 'một id chưa chức danh nào khác trong "officers" dùng: lịch tiếp công dân gọi chức danh bằng id, hai chức danh cùng id sẽ bị coi là một',
            en: 'an id no other officer under "officers" has: reception schedules name an officer by id, so two with one id would be taken for the same',
          },
        },
      ]);
    });

    it('names the first holder of an id for each repeat', () => {
      const input = {
        ...minimal,
        officers: [officer('chu-tich', 'Chủ tịch', true), officer('chu-tich', 'Chủ tịch (cũ)'), officer('chu-tich', 'Chủ tịch (mới)')],
      };
      expect(explained(input).map((issue) => [issue.path, issue.problem?.en])).toEqual([
        [['officers', 1, 'id'], 'the id "chu-tich" is already used by officers[0] (Chủ tịch)'],
        [['officers', 2, 'id'], 'the id "chu-tich" is already used by officers[0] (Chủ tịch)'],
      ]);
    });

    it('refuses a thôn or tổ dân phố whose id an earlier one has, naming the earlier by its name', () => {
      const input = {
        ...minimal,
        localities: [
          { id: 'thon-1', name: 'Thôn 1' },
          { id: 'thon-2', name: 'Thôn 2' },
          { id: 'thon-1', name: 'Thôn Một' },
        ],
      };
      expect(explained(input)).toEqual([
        {
          path: ['localities', 2, 'id'],
          problem: {
            vi: 'id "thon-1" đã dùng cho localities[0] (Thôn 1)',
            en: 'the id "thon-1" is already used by localities[0] (Thôn 1)',
          },
          expected: {
            vi: expect.stringContaining('một id chưa thôn, tổ dân phố nào khác trong "localities" dùng'),
            en: expect.stringContaining('an id no other thôn or tổ dân phố under "localities" has'),
          },
        },
      ]);
    });

    const FIELDS_EXPECTED = {
      vi: expect.stringContaining('mỗi lĩnh vực ghi một lần trong "fields"'),
      en: expect.stringContaining('each field once under "fields"'),
    };

    it.each<[string, string[], Bilingual]>([
      [
        'a field written twice',
        ['Đất đai', 'Môi trường', 'Đất đai'],
        { vi: '"Đất đai" đã có ở fields[0]', en: '"Đất đai" is already listed at fields[0]' },
      ],
      [
        'a field written twice, once in decomposed Unicode',
        ['Đất đai', 'Môi trường', 'Đất đai'.normalize('NFD')],
        { vi: `"${'Đất đai'.normalize('NFD')}" đã có ở fields[0]`, en: `"${'Đất đai'.normalize('NFD')}" is already listed at fields[0]` },
      ],
      [
        'two fields that differ only in punctuation',
        ['Giao thông, hạ tầng', 'Môi trường', 'Giao thông - hạ tầng'],
        {
          vi: '"Giao thông - hạ tầng" và fields[0] ("Giao thông, hạ tầng") có chung địa chỉ /kien-nghi/linh-vuc/giao-thong-ha-tang/',
          en: '"Giao thông - hạ tầng" and fields[0] ("Giao thông, hạ tầng") share the address /kien-nghi/linh-vuc/giao-thong-ha-tang/',
        },
      ],
      [
        'two fields that differ only in case',
        ['Đất đai', 'Môi trường', 'Đất Đai'],
        {
          vi: '"Đất Đai" và fields[0] ("Đất đai") có chung địa chỉ /kien-nghi/linh-vuc/dat-dai/',
          en: '"Đất Đai" and fields[0] ("Đất đai") share the address /kien-nghi/linh-vuc/dat-dai/',
        },
      ],
    ])('refuses %s at the later one', (_name, fields, problem) => {
      expect(explained({ ...minimal, fields })).toEqual([{ path: ['fields', 2], problem, expected: FIELDS_EXPECTED }]);
    });
  });

  it.each([
    ['the real content/site.yaml', path.join(PROJECT_ROOT, 'content')],
    ['the valid fixture', path.join(FIXTURES, 'valid')],
  ])('accepts %s', (_name, dir) => {
    expect(checkSiteFile(dir).problems).toEqual([]);
  });
});
