import { describe, expect, it } from 'vitest';
import type { BilingualIssueParams } from '../../src/schemas/issues';
import { siteSchema } from '../../src/schemas/site';

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
      holidays: [{ from: '2026-09-02', name: 'Quốc khánh' }, { from: '2026-02-14', to: '2026-02-22', name: 'Tết Nguyên đán' }],
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
    [
      'an e-mail address without a domain',
      { ...minimal, email: 'ubnd-dakdoa' },
      [{ code: 'invalid_format', path: ['email'] }],
    ],
    [
      'a base URL without a scheme',
      { ...minimal, baseUrl: 'dakdoa.example.org' },
      [{ code: 'invalid_format', path: ['baseUrl'] }],
    ],
    [
      'a repository URL that is not a URL',
      { ...minimal, repositoryUrl: 'github' },
      [{ code: 'invalid_format', path: ['repositoryUrl'] }],
    ],
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
      { ...minimal, officers: [{ id: 'chu-tich', role: 'Chủ tịch' }, { id: 'pho-chu-tich', role: 'Phó Chủ tịch' }] },
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
    ['an unknown key', { ...minimal, mail: 'x@example.org' }, [{ code: 'unrecognized_keys', path: [] }]],
    [
      'an unknown key inside the unit',
      { ...minimal, unit: { ...minimal.unit, nameVi: 'x' } },
      [{ code: 'unrecognized_keys', path: ['unit'] }],
    ],
  ])('refuses %s', (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });
});
