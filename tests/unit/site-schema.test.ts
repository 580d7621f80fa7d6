import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSiteFile } from '../../src/check/check-content';
import { parseYamlSource } from '../../src/check/frontmatter';
import { issuesToProblems } from '../../src/check/zod-problems';
import { problemOfIssue } from '../../src/schemas/problems';
import { createSiteSchema, siteSchema } from '../../src/schemas/site';
import { readWholeByPrivacyScan } from '../../src/check/site-checks';
import type { ProblemDescriptor } from '../../src/vocabulary/problems';
import { FIXTURES, PROJECT_ROOT } from '../support/build-site';

const minimal = {
  unit: { type: 'xã', name: 'Đak Đoa', nameEn: "People's Committee of Đak Đoa Commune", since: '2025-07-01' },
  province: 'Gia Lai',
  address: 'Trụ sở UBND xã Đak Đoa',
  officeHours: [{ days: 'Thứ Hai đến Thứ Sáu', hours: 'Sáng 07:00–11:00' }],
  baseUrl: 'https://dakdoa.example.org/',
};

function issuesOf(input: unknown): { code: string; path: PropertyKey[] }[] {
  const result = siteSchema.safeParse(input);
  if (result.success) throw new Error('expected the site configuration to be refused');
  return result.error.issues.map(({ code, path }) => ({ code, path }));
}

/** Each issue's path and the problem it carries, by its code and parameters. */
function explained(input: unknown): ({ path: PropertyKey[] } & ProblemDescriptor)[] {
  const result = siteSchema.safeParse(input);
  if (result.success) throw new Error('expected the site configuration to be refused');
  return result.error.issues.map((issue) => {
    const problem = issue.code === 'custom' ? problemOfIssue(issue.params) : undefined;
    if (!problem) throw new Error(`expected a problem of the schema's own at ${issue.path.join('.')}, got ${issue.code}`);
    return { path: issue.path, ...problem };
  });
}

const withPhone = (number: unknown) => ({ ...minimal, phones: [{ label: 'Văn phòng', number }] });

const officer = (id: string, role: string, head = false) => ({ id, role, head });

describe('the current unit and the former units in site.yaml', () => {
  const { unit, ...withoutUnit } = minimal;
  const thiTran = { id: 'thi-tran-dak-doa', type: 'thị trấn', name: 'Đak Đoa', parent: 'UBND huyện Đak Đoa', until: '2025-06-30' };

  it('accepts a site whose current unit is not entered yet, speaking for the former unit it published for', () => {
    const site = siteSchema.parse({ ...withoutUnit, formerUnits: [thiTran] });
    expect(site.unit).toBeUndefined();
    expect(site.formerUnits).toEqual([thiTran]);
  });

  it('accepts a current unit with its resolution, and localities of former units that were merged into current ones', () => {
    const site = siteSchema.parse({
      ...minimal,
      unit: { ...unit, formedBy: 'Nghị quyết số 1664/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội' },
      formerUnits: [thiTran],
      localities: [
        { id: 'tdp-1', name: 'Tổ dân phố 1', formerUnit: 'thi-tran-dak-doa' },
        { id: 'lang-cu', name: 'Làng Cũ', formerUnit: 'thi-tran-dak-doa', until: '2025-06-30', now: 'tdp-1' },
      ],
    });
    expect(site.localities[1]).toEqual({
      id: 'lang-cu',
      name: 'Làng Cũ',
      placeholder: false,
      formerUnit: 'thi-tran-dak-doa',
      until: '2025-06-30',
      now: 'tdp-1',
    });
  });

  it.each<[string, unknown, ({ path: PropertyKey[] } & ProblemDescriptor)[]]>([
    ['no unit at all', withoutUnit, [{ path: [], code: 'site.unitMissing', params: {} }]],
    [
      'a current unit without the day it began',
      { ...minimal, unit: { type: 'xã', name: 'Đak Đoa', nameEn: 'Đak Đoa Commune' } },
      [{ path: ['unit', 'since'], code: 'site.unitSinceMissing', params: {} }],
    ],
    [
      'a current unit that is a thị trấn, a type abolished in 2025',
      { ...minimal, unit: { ...unit, type: 'thị trấn' } },
      [{ path: ['unit', 'type'], code: 'site.unitTypeAbolished', params: { name: 'Đak Đoa' } }],
    ],
    [
      'a former unit that lasts into the current one',
      { ...minimal, formerUnits: [{ ...thiTran, until: '2025-07-01' }] },
      [{ path: ['formerUnits', 0, 'until'], code: 'site.formerUnitOverlaps', params: { until: '2025-07-01', since: '2025-07-01' } }],
    ],
    [
      'two former units with one id',
      { ...minimal, formerUnits: [thiTran, { ...thiTran, type: 'xã', name: 'Glar' }] },
      [
        {
          path: ['formerUnits', 1, 'id'],
          code: 'site.duplicateFormerUnitId',
          params: { id: 'thi-tran-dak-doa', index: 0, label: 'Đak Đoa' },
        },
      ],
    ],
    [
      'a locality of a former unit that is not listed',
      { ...minimal, formerUnits: [thiTran], localities: [{ id: 'thon-1', name: 'Thôn 1', formerUnit: 'xa-glar' }] },
      [{ path: ['localities', 0, 'formerUnit'], code: 'site.localityUnitUnknown', params: { id: 'xa-glar', ids: ['thi-tran-dak-doa'] } }],
    ],
    [
      'a locality that became one that is not listed',
      { ...minimal, localities: [{ id: 'lang-cu', name: 'Làng Cũ', until: '2025-06-30', now: 'thon-moi' }] },
      [{ path: ['localities', 0, 'now'], code: 'site.localityNowUnknown', params: { id: 'thon-moi' } }],
    ],
    [
      'a locality that became another without the day its old name ended',
      {
        ...minimal,
        localities: [
          { id: 'lang-cu', name: 'Làng Cũ', now: 'thon-moi' },
          { id: 'thon-moi', name: 'Thôn Mới' },
        ],
      },
      [{ path: ['localities', 0, 'until'], code: 'site.localityNowWithoutUntil', params: {} }],
    ],
  ])('refuses %s, saying what to write', (_, input, expected) => {
    expect(explained(input)).toEqual(expected);
  });
});

describe('the languages of translations in site.yaml', () => {
  const bahnar = { code: 'bdq', name: 'Bahnar', vietnameseName: 'tiếng Ba Na' };

  it('lists none until the office declares one, and keeps each as written', () => {
    expect(siteSchema.parse(minimal).languages).toEqual([]);
    expect(
      siteSchema.parse({ ...minimal, languages: [bahnar, { code: 'jra', name: 'Jarai', vietnameseName: 'tiếng Gia Rai' }] }).languages,
    ).toHaveLength(2);
  });

  it('holds a code to BCP 47 as pages write it, refuses Vietnamese and a language listed twice', () => {
    const codeProblem = (code: string) => explained({ ...minimal, languages: [{ ...bahnar, code }] });
    expect(codeProblem('BDQ')).toEqual([{ path: ['languages', 0, 'code'], code: 'site.languageCode', params: { suggestion: 'bdq' } }]);
    expect(codeProblem('ba na')).toEqual([{ path: ['languages', 0, 'code'], code: 'site.languageCode', params: {} }]);
    expect(codeProblem('vi')).toEqual([{ path: ['languages', 0, 'code'], code: 'site.languageVietnamese', params: {} }]);
    expect(codeProblem('vi-VN')).toEqual([{ path: ['languages', 0, 'code'], code: 'site.languageVietnamese', params: {} }]);
    expect(explained({ ...minimal, languages: [bahnar, { ...bahnar, name: 'Ba Na' }] })).toEqual([
      { path: ['languages', 1, 'code'], code: 'site.duplicateLanguage', params: { code: 'bdq', index: 0 } },
    ]);
  });
});

describe('siteSchema', () => {
  it('accepts a minimal configuration and fills in the empty lists', () => {
    expect(siteSchema.safeParse(minimal)).toEqual({
      success: true,
      data: { ...minimal, formerUnits: [], phones: [], officers: [], localities: [], fields: [], languages: [], holidays: [] },
    });
  });

  it('accepts the optional contact details and marks localities as real unless told otherwise', () => {
    const site = siteSchema.parse({
      ...minimal,
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

  it('says that content/site.yaml needs exactly one head under officers when none has head: true', () => {
    expect(explained({ ...minimal, officers: [{ id: 'chu-tich', role: 'Chủ tịch' }] })).toEqual([
      { path: ['officers'], code: 'site.noHead', params: {} },
    ]);
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

    const digits = (count: number, start: string, plus = false): ProblemDescriptor => ({
      code: 'site.phoneDigits',
      params: { digits: count, plus, start },
    });
    const character = (odd: string): ProblemDescriptor => ({ code: 'site.phoneCharacter', params: { character: odd } });
    const startsWrong: ProblemDescriptor = { code: 'site.phoneStart', params: {} };
    const separators: ProblemDescriptor = { code: 'site.phoneSeparators', params: {} };

    it.each<[string, string, ProblemDescriptor]>([
      ['a landline a digit short', '0269 383 300', digits(10, '02')],
      ['a landline a digit short after +84', '+84 269 383 300', digits(10, '02', true)],
      ['a mobile a digit too long', '0912 345 6789', digits(11, '09')],
      ['an 11-digit mobile renumbered in 2018', '0123 456 7890', digits(11, '01')],
      ['a number from 06, which no phone has', '0612 345 678', digits(10, '06')],
      ['two numbers in one field', '0269 3833 000 0912 345 678', digits(21, '02')],
      ['the international prefix 0084', '0084 912 345 678', digits(13, '00')],
      ['words instead of a number', 'chưa có', { code: 'site.phoneNoDigits', params: {} }],
      ['an extension after the number', '0269 3833 000, máy lẻ 102', character(',')],
      ['a bracketed trunk 0 after +84', '+84 (0) 269 3833 000', character('(')],
      ['a bracketed area code', '(0269) 3833 000', character('(')],
      ['two numbers joined by a slash', '0269 3833 000 / 0912 345 678', character('/')],
      ['en dashes between groups', '0269–3833–000', character('–')],
      ['both +84 and the trunk 0', '+84 0269 3833 000', { code: 'site.phonePlusAndZero', params: {} }],
      ['84 without its +', '84 912 345 678', startsWrong],
      ['a number without its trunk 0', '269 3833 000', startsWrong],
      ['a 1900 number a digit short', '1900 123', startsWrong],
      ['two separators in a row', '0269 - 3833 000', separators],
      ['a full stop at the end', '0912 345 678.', separators],
    ])('refuses %s (%s) at phones[0].number, saying why', (_name, number, problem) => {
      expect(explained(withPhone(number))).toEqual([{ path: ['phones', 0, 'number'], ...problem }]);
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
        { path: ['phones', 0, 'number'], code: 'site.phoneUnquoted', params: { value: read } },
      ]);
    });

    it('reports an unquoted number at its line and field, with the number YAML made of it', () => {
      const parsed = parseYamlSource(
        'content/site.yaml',
        [
          'unit: { type: "xã", name: "Ia Băng", nameEn: "Ia Băng Commune", since: 2025-07-01 }',
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
      expect(problems.map(({ line, field, found, code, params }) => ({ line, field, found, code, params }))).toEqual([
        { line: 6, field: 'phones[1].number', found: 912345678, code: 'site.phoneUnquoted', params: { value: 912345678 } },
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

  describe('the further reading the content check gives each office number', () => {
    it('refuses a number its spelling accepts when that reading does not, as a number of the wrong length', () => {
      const result = createSiteSchema(() => false).safeParse(withPhone('0269 3833 000'));
      const problems = result.success
        ? []
        : result.error.issues.map((issue) => ({
            path: issue.path,
            ...(issue.code === 'custom' ? problemOfIssue(issue.params) : { code: issue.code }),
          }));
      expect(problems).toEqual([
        { path: ['phones', 0, 'number'], code: 'site.phoneDigits', params: { digits: 11, plus: false, start: '02' } },
      ]);
    });

    it('is asked only of landline and mobile numbers, not of hotlines or numbers already refused', () => {
      const asked: string[] = [];
      const schema = createSiteSchema((text) => {
        asked.push(text);
        return true;
      });
      for (const number of ['0269 3833 000', '1800 1234', '0269 383 300', '+84 912 345 678']) schema.safeParse(withPhone(number));
      expect(asked).toEqual(['0269 3833 000', '+84 912 345 678']);
    });

    it('is, in the content check, that the privacy scan reads the number whole and dials it the same', () => {
      expect(readWholeByPrivacyScan('0269 3833 000', '02693833000')).toBe(true);
      expect(readWholeByPrivacyScan('+84 912 345 678', '0912345678')).toBe(true);
      expect(readWholeByPrivacyScan('0912 345 678', '0912345679')).toBe(false);
      expect(readWholeByPrivacyScan('0912 345 678 0912 345 679', '09123456780912345679')).toBe(false);
      expect(readWholeByPrivacyScan('Gọi 0912 345 678', '0912345678')).toBe(false);
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

    it.each<[string, string, ProblemDescriptor]>([
      ['a folder of a shared host', 'https://gialai.gov.vn/dakdoa', { code: 'site.urlPath', params: { path: '/dakdoa' } }],
      ['a folder with a trailing slash', 'https://gialai.gov.vn/dakdoa/', { code: 'site.urlPath', params: { path: '/dakdoa/' } }],
      ['a page', 'https://dakdoa.example.org/index.html', { code: 'site.urlPath', params: { path: '/index.html' } }],
      ['a query', 'https://dakdoa.example.org/?lang=vi', { code: 'site.urlQuery', params: { query: '?lang=vi' } }],
      ['an empty query', 'https://dakdoa.example.org/?', { code: 'site.urlQuery', params: { query: '?' } }],
      ['a fragment', 'https://dakdoa.example.org/#top', { code: 'site.urlFragment', params: { fragment: '#top' } }],
      ['another scheme', 'ftp://dakdoa.example.org/', { code: 'site.urlScheme', params: { protocol: 'ftp:' } }],
      ['an e-mail address', 'mailto:ubnd@dakdoa.example.org', { code: 'site.urlScheme', params: { protocol: 'mailto:' } }],
      ['a user name', 'https://admin@dakdoa.example.org/', { code: 'site.urlCredentials', params: {} }],
    ])('refuses %s (%s): the site must be served at the root of its host', (_name, baseUrl, problem) => {
      expect(explained({ ...minimal, baseUrl })).toEqual([{ path: ['baseUrl'], ...problem }]);
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
        { path: ['officers', 3, 'id'], code: 'site.duplicateOfficerId', params: { id: 'pho-chu-tich', index: 1, label: 'Phó Chủ tịch' } },
      ]);
    });

    it('names the first holder of an id for each repeat', () => {
      const input = {
        ...minimal,
        officers: [officer('chu-tich', 'Chủ tịch', true), officer('chu-tich', 'Chủ tịch (cũ)'), officer('chu-tich', 'Chủ tịch (mới)')],
      };
      const first = { code: 'site.duplicateOfficerId', params: { id: 'chu-tich', index: 0, label: 'Chủ tịch' } };
      expect(explained(input)).toEqual([
        { path: ['officers', 1, 'id'], ...first },
        { path: ['officers', 2, 'id'], ...first },
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
        { path: ['localities', 2, 'id'], code: 'site.duplicateLocalityId', params: { id: 'thon-1', index: 0, label: 'Thôn 1' } },
      ]);
    });

    it.each<[string, string[], ProblemDescriptor]>([
      [
        'a field written twice',
        ['Đất đai', 'Môi trường', 'Đất đai'],
        { code: 'site.duplicateField', params: { field: 'Đất đai', index: 0 } },
      ],
      [
        'a field written twice, once in decomposed Unicode',
        ['Đất đai', 'Môi trường', 'Đất đai'.normalize('NFD')],
        { code: 'site.duplicateField', params: { field: 'Đất đai'.normalize('NFD'), index: 0 } },
      ],
      [
        'two fields that differ only in punctuation',
        ['Giao thông, hạ tầng', 'Môi trường', 'Giao thông - hạ tầng'],
        {
          code: 'site.fieldSharesAddress',
          params: { field: 'Giao thông - hạ tầng', index: 0, other: 'Giao thông, hạ tầng', slug: 'giao-thong-ha-tang' },
        },
      ],
      [
        'two fields that differ only in case',
        ['Đất đai', 'Môi trường', 'Đất Đai'],
        { code: 'site.fieldSharesAddress', params: { field: 'Đất Đai', index: 0, other: 'Đất đai', slug: 'dat-dai' } },
      ],
    ])('refuses %s at the later one', (_name, fields, problem) => {
      expect(explained({ ...minimal, fields })).toEqual([{ path: ['fields', 2], ...problem }]);
    });
  });

  it.each([
    ['the real content/site.yaml', path.join(PROJECT_ROOT, 'content')],
    ['the valid fixture', path.join(FIXTURES, 'valid')],
  ])('accepts %s', (_name, dir) => {
    expect(checkSiteFile(dir).problems).toEqual([]);
  });
});
