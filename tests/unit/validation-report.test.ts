import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { documentSchema } from '../../src/schemas/document';
import { siteSchema } from '../../src/schemas/site';
import { parseFrontmatter, parseYamlSource, type ParsedSource } from '../../src/lib/validation/frontmatter';
import {
  ContentError,
  describeFound,
  fieldPath,
  formatProblem,
  formatReport,
  MISSING,
  type ContentProblem,
} from '../../src/lib/validation/problems';
import { issuesToProblems } from '../../src/lib/validation/zod-problems';

const FILE = 'content/documents/2023-ke-hoach.mdx';

function source(text: string): ParsedSource {
  const parsed = parseFrontmatter(FILE, text);
  if (!parsed.ok) throw new Error(`unexpected YAML problem: ${String(parsed.problem.found)}`);
  return parsed.source;
}

/** Parses a frontmatter and validates it as a document, returning the problems. */
function documentProblems(text: string): ContentProblem[] {
  const parsed = source(text);
  const result = documentSchema.safeParse(parsed.data);
  if (result.success) return [];
  return issuesToProblems(FILE, result.error.issues, parsed);
}

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

/** A document frontmatter; the comment on each line is its line number in the file. */
const BROKEN = lines(
  '---', // 1
  'kind: ke-hoach', // 2
  'number: "12/KH-UBND"', // 3
  'title: "Thực hiện công tác dân vận chính quyền năm 2023"', // 4
  'issued: "2023-02-30"', // 5
  'issuer: "Ủy ban nhân dân thị trấn Đak Đoa"', // 6
  'place: "Đak Đoa"', // 7
  'signer:', // 8
  '  authority: "TM"', // 9
  '  onBehalfOf: "Ủy ban nhân dân"', // 10
  'legalBases:', // 11
  '  - kind: "luat"', // 12
  '    title: "Luật Tiếp công dân"', // 13
  '  - document: "Ke-Hoach-Cu"', // 14
  '---', // 15
  '',
  'Nội dung.',
);

describe('issuesToProblems', () => {
  const problems = documentProblems(BROKEN);

  it('reports each broken field once, in the order of the schema', () => {
    expect(problems.map((p) => p.field)).toEqual(['issued', 'signer.position', 'legalBases[1].document']);
  });

  it('names the file, the line and the value found for each field', () => {
    expect(problems.map(({ file, line, field, found }) => ({ file, line, field, found }))).toEqual([
      { file: FILE, line: 5, field: 'issued', found: '2023-02-30' },
      { file: FILE, line: 8, field: 'signer.position', found: MISSING },
      { file: FILE, line: 14, field: 'legalBases[1].document', found: 'Ke-Hoach-Cu' },
    ]);
  });

  it('carries the schema’s own bilingual explanation of an impossible date', () => {
    expect(problems[0]).toEqual({
      file: FILE,
      line: 5,
      field: 'issued',
      found: '2023-02-30',
      problem: {
        vi: 'ngày không có thật: tháng 2/2023 chỉ có 28 ngày',
        en: 'impossible date: 2023-02 has only 28 days',
      },
      expected: {
        vi: 'ngày viết theo dạng năm-tháng-ngày, ví dụ 2023-03-02 (được phép chỉ ghi năm 2023 hoặc năm-tháng 2023-03 khi không rõ ngày)',
        en: 'a date written year-month-day, e.g. 2023-03-02 (a year 2023 or year-month 2023-03 is allowed when the day is unknown)',
      },
    });
  });

  it('says a missing field is required, naming the type it needs', () => {
    expect(problems[1]?.expected).toEqual({ vi: 'trường bắt buộc: một đoạn chữ', en: 'a required field: text' });
    expect(problems[1]?.problem).toBeUndefined();
  });

  it('finds the line of an unknown key and shows the value written there', () => {
    const found = documentProblems(
      lines(
        '---',
        'kind: ke-hoach',
        'title: "x"',
        'issuer: "UBND"',
        'place: "Đak Đoa"',
        'issued: "2023"',
        'signer:',
        '  position: "Chủ tịch"',
        '  chucVu: "Chủ tịch"',
        'tittle: "Kế hoạch"',
        '---',
      ),
    );
    expect(found.map(({ line, field, found: value, problem }) => ({ line, field, found: value, problem }))).toEqual([
      {
        line: 9,
        field: 'signer.chucVu',
        found: 'Chủ tịch',
        problem: {
          vi: 'có trường không thuộc mẫu: chucVu (kiểm tra chính tả tên trường)',
          en: 'unknown field(s): chucVu (check the spelling of the field name)',
        },
      },
      {
        line: 10,
        field: 'tittle',
        found: 'Kế hoạch',
        problem: {
          vi: 'có trường không thuộc mẫu: tittle (kiểm tra chính tả tên trường)',
          en: 'unknown field(s): tittle (check the spelling of the field name)',
        },
      },
    ]);
  });

  it('lists the allowed values of an unknown kind', () => {
    const [problem] = documentProblems(
      lines(
        '---',
        'kind: thong-tin',
        'title: "x"',
        'issuer: "UBND"',
        'place: "Đak Đoa"',
        'issued: 2023',
        'signer: { position: "Chủ tịch" }',
        '---',
      ),
    );
    expect(problem).toMatchObject({ line: 2, field: 'kind', found: 'thong-tin' });
    expect(problem?.expected.vi).toMatch(/^một trong các giá trị: "ke-hoach", "quyet-dinh", "thong-bao", /);
    expect(problem?.expected.en).toMatch(/^one of: "ke-hoach", .*"giay-moi"$/);
  });

  it('explains a value of the wrong type and an empty text', () => {
    const found = documentProblems(
      lines(
        '---',
        'kind: ke-hoach',
        'title: 12',
        'issuer: "  "',
        'place: "Đak Đoa"',
        'issued: 2023',
        'signer: { position: "Chủ tịch" }',
        '---',
      ),
    );
    expect(found).toEqual([
      { file: FILE, line: 3, field: 'title', found: 12, expected: { vi: 'một đoạn chữ', en: 'text' } },
      { file: FILE, line: 4, field: 'issuer', found: '  ', expected: { vi: 'không được để trống', en: 'not empty' } },
    ]);
  });

  it('explains a malformed URL and e-mail address of the site configuration', () => {
    const parsed = parseYamlSource(
      'content/site.yaml',
      lines(
        'unit: { type: "xã", name: "Ia Băng", nameEn: "Ia Băng Commune" }',
        'province: "Gia Lai"',
        'address: "Trụ sở"',
        'email: "ubnd"',
        'officeHours:',
        '  - { days: "Thứ Hai", hours: "7:00" }',
        'baseUrl: "iabang.example.org"',
      ),
    );
    if (!parsed.ok) throw new Error('unexpected YAML problem');
    const result = siteSchema.safeParse(parsed.source.data);
    expect(result.success).toBe(false);
    expect(issuesToProblems('content/site.yaml', result.error?.issues ?? [], parsed.source)).toEqual([
      {
        file: 'content/site.yaml',
        line: 4,
        field: 'email',
        found: 'ubnd',
        expected: { vi: 'giá trị đúng dạng thư điện tử', en: 'a well-formed email' },
      },
      {
        file: 'content/site.yaml',
        line: 7,
        field: 'baseUrl',
        found: 'iabang.example.org',
        expected: { vi: 'giá trị đúng dạng địa chỉ web (https://…)', en: 'a well-formed url' },
      },
    ]);
  });
});

describe('formatProblem', () => {
  const [impossible, missing, badSlug] = documentProblems(BROKEN);

  it('prints the whole problem, Vietnamese first, then the same in English', () => {
    expect(formatProblem(impossible!)).toBe(
      [
        `✗ ${FILE}:5 — trường "issued"`,
        '  Lỗi: ngày không có thật: tháng 2/2023 chỉ có 28 ngày',
        '  Giá trị hiện có: "2023-02-30"',
        '  Cần: ngày viết theo dạng năm-tháng-ngày, ví dụ 2023-03-02 (được phép chỉ ghi năm 2023 hoặc năm-tháng 2023-03 khi không rõ ngày)',
        `  [EN] ${FILE}:5 — field "issued"`,
        '  Problem: impossible date: 2023-02 has only 28 days',
        '  Found: "2023-02-30"',
        '  Expected: a date written year-month-day, e.g. 2023-03-02 (a year 2023 or year-month 2023-03 is allowed when the day is unknown)',
      ].join('\n'),
    );
  });

  it('says a missing value is missing, in both languages, and has no problem line', () => {
    const text = formatProblem(missing!);
    expect(text).toContain(`✗ ${FILE}:8 — trường "signer.position"`);
    expect(text).toContain('  Giá trị hiện có: (không có)');
    expect(text).toContain('  Found: (missing)');
    expect(text).not.toContain('Lỗi:');
    expect(text).not.toContain('Problem:');
  });

  it.each([
    ['the file and line', `${FILE}:14`],
    ['the field path', 'legalBases[1].document'],
    ['the value found', '"Ke-Hoach-Cu"'],
  ])('names %s in the Vietnamese part before the English part', (_name, text) => {
    const printed = formatProblem(badSlug!);
    const english = printed.indexOf('[EN]');
    expect(english).toBeGreaterThan(0);
    expect(printed.indexOf(text)).toBeGreaterThan(-1);
    expect(printed.indexOf(text)).toBeLessThan(english);
    expect(printed.indexOf(text, english)).toBeGreaterThan(english);
  });

  it('puts every Vietnamese line before every English line', () => {
    const printed = formatProblem(impossible!).split('\n');
    const labels = printed.map(
      (line) => /^(?:✗|\s+(\[EN\]|Lỗi|Giá trị hiện có|Cần|Problem|Found|Expected))/.exec(line)?.[1] ?? '✗',
    );
    expect(labels).toEqual(['✗', 'Lỗi', 'Giá trị hiện có', 'Cần', '[EN]', 'Problem', 'Found', 'Expected']);
  });

  it('leaves out the line number when it is not known', () => {
    const text = formatProblem({
      file: 'content/site.yaml',
      field: '(tệp)',
      found: undefined,
      expected: { vi: 'tệp', en: 'file' },
    });
    expect(text.split('\n')[0]).toBe('✗ content/site.yaml — trường "(tệp)"');
    expect(text).toContain('  [EN] content/site.yaml — field "(tệp)"');
  });
});

describe('formatReport', () => {
  const problems = documentProblems(BROKEN);

  it('opens with the count in Vietnamese, then English, then lists every problem', () => {
    expect(formatReport(problems)).toBe(
      [
        'Nội dung có 3 lỗi, chưa xuất bản gì. Sửa các lỗi dưới đây rồi chạy lại.',
        'Content has 3 errors; nothing was published. Fix them and run again.',
        '',
        ...problems.map(formatProblem),
      ].join('\n'),
    );
  });

  it('says "error" for a single problem', () => {
    expect(formatReport(problems.slice(0, 1)).split('\n').slice(0, 2)).toEqual([
      'Nội dung có 1 lỗi, chưa xuất bản gì. Sửa các lỗi dưới đây rồi chạy lại.',
      'Content has 1 error; nothing was published. Fix them and run again.',
    ]);
  });
});

describe('ContentError', () => {
  it('carries the problems and the report as its message', () => {
    const problems = documentProblems(BROKEN);
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toBe(problems);
    expect(error.message).toBe(formatReport(problems));
  });
});

describe('fieldPath', () => {
  it.each<[PropertyKey[], string]>([
    [['issued'], 'issued'],
    [['signer', 'position'], 'signer.position'],
    [['legalBases', 2, 'document'], 'legalBases[2].document'],
    [['supersedes', 0], 'supersedes[0]'],
    [[], ''],
  ])('writes %j as %j', (path, expected) => {
    expect(fieldPath(path)).toBe(expected);
  });
});

describe('describeFound', () => {
  it.each<[string, unknown, string]>([
    ['a missing field', MISSING, '(không có)'],
    ['an undefined value', undefined, '(không có)'],
    ['text, quoted', '2023-02-30', '"2023-02-30"'],
    ['a number', 2023, '2023'],
    ['null', null, 'null'],
    ['a Date, by its day', new Date(Date.UTC(2023, 2, 2)), '2023-03-02'],
    ['a list', ['a', 1], '["a",1]'],
    ['long text, cut to 117 characters and an ellipsis', 'x'.repeat(200), `"${'x'.repeat(116)}…`],
    ['text of exactly 120 characters, whole', 'y'.repeat(118), `"${'y'.repeat(118)}"`],
  ])('shows %s as %s', (_name, value, expected) => {
    const described = describeFound(value);
    expect(described.vi).toBe(expected);
    expect(described.en).toBe(expected === '(không có)' ? '(missing)' : expected);
  });
});

describe('parseFrontmatter and parseYamlSource', () => {
  it('counts lines from the top of the file, fence included', () => {
    const parsed = source(lines('---', 'kind: ke-hoach', 'title: x', '', 'issued: 2023-03-02', '---'));
    expect(parsed.lineOf(['issued'])).toBe(5);
    expect(parsed.lineOf(['kind'])).toBe(2);
  });

  it('keeps dates as the text written, so an impossible date is not rolled into March', () => {
    expect(source(lines('---', 'issued: 2023-02-30', 'year: 2023', '---')).data).toEqual({
      issued: '2023-02-30',
      year: 2023,
    });
  });

  // The values are read by a faster parser than the one that reports faults and lines; both must
  // read what clerks write the same way, YAML 1.2 (no yes/no booleans, no dates, no base 60).
  it.each([
    '2023-02-30',
    '2023-03-02T07:30:00+07:00',
    '07:30',
    '0269 3831 234',
    '0269',
    '0o17',
    'yes',
    'Off',
    'TRUE',
    '~',
    '',
    '1_000',
    '1,5',
    '.inf',
    '"Số 12/KH-UBND"',
    'x#y # ghi chú',
    '|\n  dòng một\n  dòng hai',
    '[a, { b: 1 }]',
  ])('reads %j as the YAML 1.2 core schema does', (value) => {
    const text = `v: ${value}\n`;
    expect(parseYamlSource(FILE, text)).toMatchObject({ ok: true, source: { data: parseDocument(text, { schema: 'core' }).toJS() } });
  });

  it('finds items of lists and falls back to the nearest parent that exists', () => {
    const parsed = source(
      lines(
        '---',
        'signer:',
        '  position: "Chủ tịch"',
        'legalBases:',
        '  - document: "a"',
        '  -',
        '    kind: luat',
        '    title: "Luật"',
        '---',
      ),
    );
    expect(parsed.lineOf(['signer', 'position'])).toBe(3);
    expect(parsed.lineOf(['signer', 'name'])).toBe(2);
    expect(parsed.lineOf(['legalBases', 0, 'document'])).toBe(5);
    expect(parsed.lineOf(['legalBases', 1, 'title'])).toBe(8);
    expect(parsed.lineOf(['legalBases', 5, 'title'])).toBe(4);
    expect(parsed.lineOf(['nothing', 'here'])).toBe(2);
  });

  it('handles Windows line endings', () => {
    const parsed = source('---\r\nkind: ke-hoach\r\nissued: "2023"\r\n---\r\nNội dung');
    expect(parsed.data).toEqual({ kind: 'ke-hoach', issued: '2023' });
    expect(parsed.lineOf(['issued'])).toBe(3);
  });

  it('reads a YAML syntax error as a problem with the field "(YAML)" at the line of the error', () => {
    const parsed = parseFrontmatter(FILE, lines('---', 'kind: ke-hoach', 'title: "x"', 'kind: bao-cao', '---'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toMatchObject({ file: FILE, line: 4, field: '(YAML)' });
    expect(parsed.problem.found).toMatch(/^Map keys must be unique/);
    expect(parsed.problem.expected.vi).toMatch(/^phần đầu tệp viết đúng cú pháp YAML/);
    expect(parsed.problem.expected.en).toMatch(/^valid YAML/);
  });

  // The report says "file.mdx:4"; the quoted parser message must not send the
  // clerk to another line by counting from the start of the YAML block instead.
  it('does not quote a line number that contradicts the line of the report', () => {
    const parsed = parseFrontmatter(FILE, lines('---', 'kind: ke-hoach', 'title: "x"', 'kind: bao-cao', '---'));
    if (parsed.ok) throw new Error('expected a YAML problem');
    expect(parsed.problem.line).toBe(4);
    expect(parsed.problem.found).not.toMatch(/line 3\b/);
  });

  it('reads indentation with a tab as a YAML problem at its line', () => {
    const parsed = parseYamlSource('content/site.yaml', lines('province: "Gia Lai"', '\taddress: "Trụ sở"'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toMatchObject({ file: 'content/site.yaml', line: 2, field: '(YAML)' });
    expect(parsed.problem.found).toMatch(/^Tabs are not allowed as indentation/);
  });

  it('reports a file without a frontmatter at line 1, quoting its start', () => {
    expect(parseFrontmatter(FILE, 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2023')).toEqual({
      ok: false,
      problem: {
        file: FILE,
        line: 1,
        field: '(frontmatter)',
        found: 'Kế hoạch thực hiện công tác dân vận chín',
        expected: {
          vi: 'tệp bắt đầu bằng phần thông tin giữa hai dòng "---"',
          en: 'the file starts with its metadata between two "---" lines',
        },
      },
    });
  });

  it('reads a YAML file that is not a mapping as empty data', () => {
    const parsed = parseYamlSource('content/site.yaml', '- a\n- b\n');
    expect(parsed.ok && parsed.source.data).toEqual({});
  });
});
