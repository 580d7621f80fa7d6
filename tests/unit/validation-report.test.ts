import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { consultationDocumentSchema } from '../../src/schemas/consultation';
import { participationSchema } from '../../src/schemas/dialogue';
import { documentSchema } from '../../src/schemas/document';
import { siteSchema } from '../../src/schemas/site';
import { parseFrontmatter, parseYamlSource, type ParsedSource } from '../../src/check/frontmatter';
import { fieldPath } from '../../src/check/problems';
import { ContentError, describeFound, formatProblem, formatReport } from '../../src/messages/problems';
import { MISSING, type ContentProblem, type ProblemDescriptor } from '../../src/vocabulary/problems';
import { issuesToProblems } from '../../src/check/zod-problems';

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

  it('carries the schema’s own problem for an impossible date, with the days in that month, of a date that may be partial', () => {
    expect(problems[0]).toEqual({
      file: FILE,
      line: 5,
      field: 'issued',
      found: '2023-02-30',
      code: 'date.impossible',
      params: { year: 2023, month: 2, days: 28, full: false },
    });
  });

  it('says a missing field is required, naming the type it needs', () => {
    expect(problems[1]).toMatchObject({ code: 'field.required', params: { type: 'string' } });
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
    expect(found.map(({ line, field, found: value, code, params }) => ({ line, field, found: value, code, params }))).toEqual([
      { line: 9, field: 'signer.chucVu', found: 'Chủ tịch', code: 'field.unknownKeys', params: { keys: ['chucVu'] } },
      { line: 10, field: 'tittle', found: 'Kế hoạch', code: 'field.unknownKeys', params: { keys: ['tittle'] } },
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
    expect(problem).toMatchObject({ line: 2, field: 'kind', found: 'thong-tin', code: 'field.oneOf' });
    const values = problem?.code === 'field.oneOf' ? problem.params.values : [];
    expect(values.slice(0, 3)).toEqual(['ke-hoach', 'quyet-dinh', 'thong-bao']);
    expect(values.at(-1)).toBe('giay-moi');
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
      { file: FILE, line: 3, field: 'title', found: 12, code: 'field.type', params: { type: 'string' } },
      { file: FILE, line: 4, field: 'issuer', found: '  ', code: 'field.empty', params: {} },
    ]);
  });

  it('explains a malformed URL and e-mail address of the site configuration', () => {
    const parsed = parseYamlSource(
      'content/site.yaml',
      lines(
        'unit: { type: "xã", name: "Ia Băng", nameEn: "Ia Băng Commune", since: 2025-07-01 }',
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
        code: 'field.format',
        params: { format: 'email' },
      },
      {
        file: 'content/site.yaml',
        line: 7,
        field: 'baseUrl',
        found: 'iabang.example.org',
        code: 'field.format',
        params: { format: 'url' },
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
    const labels = printed.map((line) => /^(?:✗|\s+(\[EN\]|Lỗi|Giá trị hiện có|Cần|Problem|Found|Expected))/.exec(line)?.[1] ?? '✗');
    expect(labels).toEqual(['✗', 'Lỗi', 'Giá trị hiện có', 'Cần', '[EN]', 'Problem', 'Found', 'Expected']);
  });

  it('leaves out the line number when it is not known', () => {
    const text = formatProblem({ file: 'content/site.yaml', field: '(tệp)', found: undefined, code: 'site.missing', params: {} });
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
    expect(parsed.problem).toEqual({
      file: FILE,
      line: 4,
      field: '(YAML)',
      found: 'kind: bao-cao',
      code: 'yaml.duplicateKey',
      params: { key: 'kind', firstLine: 2 },
    });
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
    expect(parsed.problem).toEqual({
      file: 'content/site.yaml',
      line: 2,
      field: '(YAML)',
      found: '\taddress: "Trụ sở"',
      code: 'yaml.tab',
      params: {},
    });
  });

  it('reports a file without a frontmatter at line 1, quoting its start', () => {
    expect(parseFrontmatter(FILE, 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2023')).toEqual({
      ok: false,
      problem: {
        file: FILE,
        line: 1,
        field: '(frontmatter)',
        found: 'Kế hoạch thực hiện công tác dân vận chín',
        code: 'yaml.noFrontmatter',
        params: {},
      },
    });
  });

  it('reads a YAML file that is not a mapping as empty data', () => {
    const parsed = parseYamlSource('content/site.yaml', '- a\n- b\n');
    expect(parsed.ok && parsed.source.data).toEqual({});
  });
});

describe('YAML mistakes clerks make, said as what to change on which line', () => {
  /** A document frontmatter whose `rows` begin on line 3 of the file. */
  const withRows = (...rows: string[]): string => lines('---', 'kind: ke-hoach', ...rows, 'issuer: "UBND"', '---', '', 'Nội dung.');

  it.each<[string, string[], number, string, ProblemDescriptor]>([
    [
      'a colon in a value without quotes',
      ['title: Báo cáo: kết quả 6 tháng'],
      3,
      'title: Báo cáo: kết quả 6 tháng',
      { code: 'yaml.unquotedColon', params: { key: 'title', value: 'Báo cáo: kết quả 6 tháng' } },
    ],
    [
      'a colon in a value inside a group',
      ['signer:', '  position: Chủ tịch: ông A'],
      4,
      '  position: Chủ tịch: ông A',
      { code: 'yaml.unquotedColon', params: { key: 'position', value: 'Chủ tịch: ông A' } },
    ],
    [
      'a key written twice',
      ['title: "a"', 'place: "b"', 'title: "c"'],
      5,
      'title: "c"',
      { code: 'yaml.duplicateKey', params: { key: 'title', firstLine: 3 } },
    ],
    ['indentation with a tab', ['signer:', '\tposition: "Chủ tịch"'], 4, '\tposition: "Chủ tịch"', { code: 'yaml.tab', params: {} }],
    [
      'a double quote never closed, at the line it opens',
      ['title: "Báo cáo', 'place: "Đak Đoa"'],
      3,
      'title: "Báo cáo',
      { code: 'yaml.unclosedQuote', params: { mark: '"', opened: 'title: "Báo cáo' } },
    ],
    [
      'a single quote never closed',
      ["title: 'Báo cáo"],
      3,
      "title: 'Báo cáo",
      { code: 'yaml.unclosedQuote', params: { mark: "'", opened: "title: 'Báo cáo" } },
    ],
    [
      'quotes inside a quoted value',
      ['title: "Báo cáo "6 tháng" năm 2023"'],
      3,
      'title: "Báo cáo "6 tháng" năm 2023"',
      { code: 'yaml.textAfterQuote', params: {} },
    ],
    [
      'a list never closed',
      ['fields: ["Đất đai", "Xây dựng"'],
      3,
      'fields: ["Đất đai", "Xây dựng"',
      { code: 'yaml.unclosedList', params: {} },
    ],
    [
      'a group never closed',
      ['signer: { position: "Chủ tịch"'],
      3,
      'signer: { position: "Chủ tịch"',
      { code: 'yaml.unclosedGroup', params: {} },
    ],
    [
      'a value starting with @',
      ['title: @UBND xã'],
      3,
      'title: @UBND xã',
      { code: 'yaml.reservedStart', params: { sign: '@', key: 'title', value: '@UBND xã' } },
    ],
    [
      'a value starting with ! (a tag, which Astro refuses)',
      ['title: !Khẩn thông báo'],
      3,
      'title: !Khẩn thông báo',
      { code: 'yaml.reservedStart', params: { sign: '!', key: 'title', value: '!Khẩn thông báo' } },
    ],
    [
      'a value starting with * (an alias to nothing)',
      ['title: *Khẩn*'],
      3,
      'title: *Khẩn*',
      { code: 'yaml.reservedStart', params: { sign: '*', key: 'title', value: '*Khẩn*' } },
    ],
    ['a backslash in double quotes', ['number: "12\\KH-UBND"'], 3, 'number: "12\\KH-UBND"', { code: 'yaml.badEscape', params: {} }],
    [
      "a list item on its field's line",
      ['fields: - Đất đai'],
      3,
      'fields: - Đất đai',
      { code: 'yaml.listOnKeyLine', params: { key: 'fields' } },
    ],
    ['a line without its colon', ['title "Báo cáo"'], 3, 'title "Báo cáo"', { code: 'yaml.missingColon', params: {} }],
    [
      'a field indented under a value, at the indented line',
      ['title: "Báo cáo"', '  place: "Đak Đoa"'],
      4,
      '  place: "Đak Đoa"',
      { code: 'yaml.indentation', params: {} },
    ],
  ])('%s', (_name, rows, line, found, problem) => {
    const parsed = parseFrontmatter(FILE, withRows(...rows));
    if (parsed.ok) throw new Error('expected a YAML problem');
    expect(parsed.problem).toEqual({ file: FILE, line, field: '(YAML)', found, ...problem });
    // The report speaks of the clerk's line, not of YAML's grammar in the parser's English.
    const printed = formatProblem(parsed.problem);
    expect(printed).not.toMatch(/mapping|scalar|implicit key|alias|Unresolved|Tabs are not|Missing closing|Flow (?:sequence|map)/i);
  });

  it('says a "---" line in a YAML file splits it in two', () => {
    const parsed = parseYamlSource('content/receptions/2026-12.yaml', lines('title: "Lịch tháng 12"', '---', 'sessions: []'));
    if (parsed.ok) throw new Error('expected a YAML problem');
    expect(parsed.problem).toMatchObject({ line: 2, found: '---', code: 'yaml.secondDocument' });
  });

  it("keeps the parser's own words, for the English part only, for a mistake it has no explanation of", () => {
    const parsed = parseYamlSource('content/site.yaml', lines('province: "Gia Lai"', 'fields: [Đất đai,', '  - Xây dựng]'));
    if (parsed.ok) throw new Error('expected a YAML problem');
    expect(parsed.problem).toMatchObject({ code: 'yaml.syntax', params: { parserWords: expect.stringMatching(/.+/) } });
    const printed = formatProblem(parsed.problem);
    expect(printed).toContain('  Lỗi: phần đầu tệp sai cú pháp YAML\n');
    expect(printed).toMatch(/\n {2}Problem: the YAML could not be read \(the parser says: .+\)\n/);
  });
});

describe('issuesToProblems on unions and numbers', () => {
  /** Validates `value` as the field `field` of `schema`, every line said to be 7. */
  function problemsFor(schema: z.ZodType, field: string, value: unknown): ContentProblem[] {
    const data = { [field]: value };
    const result = z.strictObject({ [field]: schema }).safeParse(data);
    if (result.success) return [];
    return issuesToProblems(FILE, result.error.issues, { data, lineOf: () => 7 });
  }

  it('reports the field a consultation document written as the scaffold shows it lacks, not "Invalid input"', () => {
    const found = problemsFor(z.array(consultationDocumentSchema), 'documents', [{ file: 'to-trinh.pdf' }]);
    expect(found).toEqual([
      {
        file: FILE,
        line: 7,
        field: 'documents[0].title',
        found: MISSING,
        code: 'field.required',
        params: { type: 'string' },
      },
    ]);
  });

  it('names each accepted form when the value is as near to one as to another', () => {
    const [problem, ...rest] = problemsFor(z.array(consultationDocumentSchema), 'documents', [{ title: 'Tờ trình' }]);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'documents[0]', found: { title: 'Tờ trình' } });
    const required = { code: 'field.required', params: { type: 'string' } };
    expect(problem).toMatchObject({
      code: 'field.union',
      params: { shapes: [[{ field: 'document', need: required }], [{ field: 'file', need: required }]] },
    });
  });

  it('names the types a union accepts when the value is of none of them', () => {
    expect(problemsFor(z.union([z.string(), z.number()]), 'count', true)[0]).toMatchObject({
      code: 'field.types',
      params: { types: ['string', 'number'] },
    });
  });

  it.each<[string, z.ZodType, unknown, ProblemDescriptor]>([
    ['a fraction where a count is expected', participationSchema.shape.attendees, 46.5, { code: 'field.type', params: { type: 'int' } }],
    [
      'a negative count',
      participationSchema.shape.attendees,
      -46,
      { code: 'field.tooSmall', params: { integer: false, minimum: 0, inclusive: true } },
    ],
    [
      'a number below its least',
      z.number().int().min(1),
      0,
      { code: 'field.tooSmall', params: { integer: false, minimum: 1, inclusive: true } },
    ],
    [
      'a number not above its bound',
      z.number().gt(0),
      0,
      { code: 'field.tooSmall', params: { integer: false, minimum: 0, inclusive: false } },
    ],
    [
      'a number above its most',
      z.number().max(31),
      32,
      { code: 'field.tooLarge', params: { integer: false, maximum: 31, inclusive: true } },
    ],
    ['a list too long', z.array(z.string()).max(2), ['a', 'b', 'c'], { code: 'field.tooLong', params: { unit: 'items', maximum: 2 } }],
    ['a text too long', z.string().max(3), 'abcd', { code: 'field.tooLong', params: { unit: 'characters', maximum: 3 } }],
  ])('explains %s by the kind of its bound', (_name, schema, value, expected) => {
    const [problem, ...rest] = problemsFor(schema, 'n', value);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject(expected);
  });

  it("keeps Zod's English words only as a detail of the Vietnamese line it has no words for", () => {
    const [problem] = problemsFor(z.number().multipleOf(5), 'n', 7);
    expect(problem).toMatchObject({ code: 'field.invalid', params: { message: expect.stringMatching(/.+/) } });
  });
});
