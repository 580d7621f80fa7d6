import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, checkSiteFile } from '../../src/check/check-content';

/** The build's instant in these tests: 2026-11-26 12:00 in Vietnam. */
const NOW = new Date('2026-11-26T05:00:00Z');

const SITE_YAML = [
  'unit:',
  '  type: "xã"',
  '  name: "Ia Băng"',
  '  nameEn: "Ia Băng Commune People\'s Committee"',
  '  since: 2025-07-01',
  'province: "Gia Lai"',
  'address: "Trụ sở UBND xã Ia Băng"',
  'officeHours:',
  '  - { days: "Thứ Hai đến Thứ Sáu", hours: "07:00–17:00" }',
  'fields: ["Tiếp công dân"]',
  'localities:',
  '  - { id: "thon-1", name: "Thôn 1" }',
  'baseUrl: "https://iabang.example.org/"',
  '',
].join('\n');

/** A valid document file; `issued` is on line 6. */
const document = (issued: string, extra: string[] = []): string =>
  [
    '---', // 1
    'kind: ke-hoach', // 2
    'number: "12/KH-UBND"', // 3
    'title: "Thực hiện công tác dân vận chính quyền năm 2023"', // 4
    'issuer: "Ủy ban nhân dân xã Ia Băng"', // 5
    `issued: ${issued}`, // 6
    'place: "Ia Băng"', // 7
    'signer:', // 8
    '  authority: TM', // 9
    '  onBehalfOf: "Ủy ban nhân dân"', // 10
    '  position: "Chủ tịch"', // 11
    'fields: ["Tiếp công dân"]', // 12
    'localities: ["thon-1"]', // 13
    ...extra,
    '---',
    '',
    'Nội dung kế hoạch.',
    '',
  ].join('\n');

const roots: string[] = [];

/** Writes a content folder in the system's temporary folder and returns its path. */
function contentFolder(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'minh-bach-xa-check-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** How checkContent names a file: relative to the working directory, with forward slashes. */
const shown = (root: string, name: string): string => path.relative(process.cwd(), path.join(root, name)).split(path.sep).join('/');

afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe('checkContent', () => {
  it('finds no problem in a valid folder and returns its site and documents', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/2023-ke-hoach-dan-van.mdx': document('"2023-01-17"', ['attachments: [{ file: "ke-hoach.pdf", title: "Bản scan" }]']),
      'documents/2023-bao-cao.md': document('2023-06', ['implements: ["2023-ke-hoach-dan-van"]'])
        .replace('12/KH-UBND', '45/BC-UBND')
        .replace('kind: ke-hoach', 'kind: bao-cao'),
      'documents/.gitkeep': '',
      'files/ke-hoach.pdf': '%PDF-1.4',
    });
    const result = checkContent(root, NOW);
    expect(result.problems).toEqual([]);
    expect(result.site?.unit?.name).toBe('Ia Băng');
    expect(result.documents.map((d) => [d.slug, d.file, d.data.issued])).toEqual([
      ['2023-bao-cao', shown(root, 'documents/2023-bao-cao.md'), '2023-06'],
      ['2023-ke-hoach-dan-van', shown(root, 'documents/2023-ke-hoach-dan-van.mdx'), '2023-01-17'],
    ]);
  });

  it('reports a document whose own frontmatter is broken once, not again at every reference to it', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/2023-ke-hoach.mdx': document('"2023-01-17"').replace(
        'title: "Thực hiện công tác dân vận chính quyền năm 2023"',
        'title: Kế hoạch: dân vận chính quyền',
      ),
      'documents/2023-bao-cao.mdx': document('"2023-06-30"', ['implements: ["2023-ke-hoach"]'])
        .replace('12/KH-UBND', '45/BC-UBND')
        .replace('kind: ke-hoach', 'kind: bao-cao')
        .replace('Nội dung kế hoạch.', 'Thực hiện [Kế hoạch](/van-ban/2023-ke-hoach/).'),
      'documents/2023-thong-bao.mdx': document('"2023-07-01"', ['implements: ["2023-khong-co"]'])
        .replace('12/KH-UBND', '50/TB-UBND')
        .replace('kind: ke-hoach', 'kind: thong-bao'),
    });
    const result = checkContent(root, NOW);
    expect(result.problems.map((p) => [p.file, p.field])).toEqual([
      [shown(root, 'documents/2023-ke-hoach.mdx'), '(YAML)'],
      // A document that is not there at all is still reported.
      [shown(root, 'documents/2023-thong-bao.mdx'), 'implements[0].document'],
    ]);
  });

  it('reads a file that starts with a byte-order mark, as Windows Notepad saves it', () => {
    const root = contentFolder({ 'site.yaml': SITE_YAML, 'documents/a.mdx': `\uFEFF${document('"2023-01-17"')}` });
    const result = checkContent(root, NOW);
    expect(result.problems).toEqual([]);
    expect(result.documents.map((d) => d.slug)).toEqual(['a']);
  });

  it('stops on any file that would not be published: one meant as content but misnamed, a note, a scan among the texts', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.MDX': document('"2023-01-17"'),
      'documents/b.mdx.txt': document('"2023-01-17"'),
      'documents/ghi-chu.txt': 'ghi chú của văn phòng',
      'documents/ban-scan.pdf': '%PDF-1.4',
      'documents/.gitkeep': '',
      'receptions/2023-03.Yaml': 'title: "Lịch"',
    });
    const result = checkContent(root, NOW);
    expect(result.problems.map((p) => [p.file, p.found, p.code])).toEqual([
      [shown(root, 'documents/a.MDX'), 'a.MDX', 'file.unread'],
      [shown(root, 'documents/b.mdx.txt'), 'b.mdx.txt', 'file.unread'],
      [shown(root, 'documents/ban-scan.pdf'), 'ban-scan.pdf', 'file.misplacedAttachment'],
      [shown(root, 'documents/ghi-chu.txt'), 'ghi-chu.txt', 'file.unread'],
      [shown(root, 'receptions/2023-03.Yaml'), '2023-03.Yaml', 'file.unread'],
    ]);
    expect(result.problems[0]).toMatchObject({ params: { folder: 'documents', endings: '.mdx, .md' } });
    expect(result.problems[4]).toMatchObject({ params: { folder: 'receptions', endings: '.yaml, .yml' } });
    expect(result.warnings).toEqual([]);
  });

  it('stops on a folder or a file that no kind of content is read from, and on a file of files/ that nothing names', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'ghi-chu.md': 'ghi chú',
      'document/2023-a.mdx': document('"2023-01-17"'),
      'documents/2026/2026-b.mdx': document('"2023-01-17"'),
      'documents/2023-c.mdx': document('"2023-01-17"', ['attachments: [{ file: "c.pdf", title: "Bản scan" }]']),
      'files/c.pdf': '%PDF-1.4',
      'files/khong-ai-dung.pdf': '%PDF-1.4',
    });
    const result = checkContent(root, NOW);
    expect(result.problems.map((p) => [p.file, p.code])).toEqual([
      [shown(root, 'document'), 'file.unknownFolder'],
      [shown(root, 'documents/2026'), 'file.subfolder'],
      [shown(root, 'ghi-chu.md'), 'file.atRoot'],
      [shown(root, 'files/khong-ai-dung.pdf'), 'file.unlinked'],
    ]);
    expect(result.problems[0]).toMatchObject({ params: { folder: 'document', suggestion: 'documents' } });
  });

  it('stops on an attachment too large for static hosts, warns of a heavy one, and takes a folder for a missing file', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2023-01-17"', [
        'attachments: [{ file: "ban-scan", title: "Bản scan" }, { file: "nang.pdf", title: "Nặng" }, { file: "qua-nang.pdf", title: "Quá nặng" }]',
      ]),
      'files/ban-scan/trang-1.pdf': '%PDF-1.4',
      'files/nang.pdf': '',
      'files/qua-nang.pdf': '',
    });
    // Sparse files: their size without writing the bytes.
    fs.truncateSync(path.join(root, 'files/nang.pdf'), 11 * 1024 * 1024);
    fs.truncateSync(path.join(root, 'files/qua-nang.pdf'), 26 * 1024 * 1024);
    const result = checkContent(root, NOW);
    expect(result.problems.map((p) => [p.file, p.field, p.found])).toEqual([
      [shown(root, 'files/ban-scan'), '(tệp)', 'ban-scan/'],
      [shown(root, 'files/qua-nang.pdf'), '(tệp)', '26,0 MiB'],
      [shown(root, 'documents/a.mdx'), 'attachments[0].file', 'ban-scan'],
    ]);
    expect(result.problems[1]).toMatchObject({ code: 'file.tooLarge', params: { limitMiB: 25 } });
    expect(result.warnings.map((w) => [w.file, w.found])).toEqual([[shown(root, 'files/nang.pdf'), '11,0 MiB']]);
  });

  it('reports a link in the prose to a document that does not exist, and accepts one that does', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': `${document('"2023-01-17"')}Xem [kế hoạch](/van-ban/b/) và [báo cáo](/van-ban/khong-co/).\n`,
      'documents/b.mdx': document('"2023-01-18"').replace('12/KH-UBND', '13/KH-UBND'),
    });
    expect(checkContent(root, NOW).problems.map((p) => [p.file, p.line, p.found])).toEqual([
      [shown(root, 'documents/a.mdx'), 17, '/van-ban/khong-co/'],
    ]);
  });

  it('reads an unquoted date as the text written, not as a Date', () => {
    const root = contentFolder({ 'site.yaml': SITE_YAML, 'documents/a.mdx': document('2023-03-02') });
    const result = checkContent(root, NOW);
    expect(result.problems).toEqual([]);
    expect(result.documents[0]?.data.issued).toBe('2023-03-02');
  });

  it('reports an impossible date in one file exactly, with its line, and keeps the other documents', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a-dung.mdx': document('"2023-01-17"').replace('12/KH-UBND', '11/KH-UBND'),
      'documents/b-sai-ngay.mdx': document('2023-02-30'),
    });
    const result = checkContent(root, NOW);
    expect(result.problems).toEqual([
      {
        file: shown(root, 'documents/b-sai-ngay.mdx'),
        line: 6,
        field: 'issued',
        found: '2023-02-30',
        code: 'date.impossible',
        params: { year: 2023, month: 2, days: 28, full: false },
      },
    ]);
    expect(result.documents.map((d) => d.slug)).toEqual(['a-dung']);
  });

  // Same cause as the documentSchema test of this name: the build must list the
  // problem with its file and line, not stop on "Not a valid date".
  it('reports an impossible effective date next to an expiry date instead of crashing', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2023-01-17"', ['effective: 2023-02-30', 'expiry: 2024']),
    });
    expect(() => checkContent(root, NOW)).not.toThrow();
    expect(checkContent(root, NOW).problems.map((p) => [p.file, p.line, p.field, p.found])).toEqual([
      [shown(root, 'documents/a.mdx'), 14, 'effective', '2023-02-30'],
    ]);
  });

  it('runs the checks across files: missing attachment, duplicate number, unknown field', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2023-01-17"', ['attachments: [{ file: "thieu.pdf", title: "Bản scan" }]']),
      'documents/b.mdx': document('"2023-05-05"').replace('["Tiếp công dân"]', '["Tiếp dân"]'),
    });
    expect(checkContent(root, NOW).problems.map((p) => [p.file, p.line, p.field, p.found])).toEqual([
      [shown(root, 'documents/a.mdx'), 14, 'attachments[0].file', 'thieu.pdf'],
      [shown(root, 'documents/b.mdx'), 3, 'number', '12/KH-UBND'],
      [shown(root, 'documents/b.mdx'), 12, 'fields[0]', 'Tiếp dân'],
    ]);
  });

  it('reports a file name that cannot be an address without reading the file', () => {
    const root = contentFolder({ 'site.yaml': SITE_YAML, 'documents/Kế hoạch.mdx': document('"2023"') });
    const result = checkContent(root, NOW);
    expect(result.problems.map((p) => [p.file, p.field, p.found])).toEqual([
      [shown(root, 'documents/Kế hoạch.mdx'), '(tên tệp)', 'Kế hoạch.mdx'],
    ]);
    expect(result.documents).toEqual([]);
  });

  it('reports a YAML syntax error in a document at its line in the file', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2023"').replace('place: "Ia Băng"', '\tplace: "Ia Băng"'),
    });
    expect(checkContent(root, NOW).problems.map((p) => [p.file, p.line, p.field])).toEqual([[shown(root, 'documents/a.mdx'), 7, '(YAML)']]);
  });

  it('says what to change on the line of a YAML mistake, not what the parser calls it', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2023"').replace(
        'title: "Thực hiện công tác dân vận chính quyền năm 2023"',
        'title: Báo cáo: kết quả 6 tháng',
      ),
    });
    expect(checkContent(root, NOW).problems).toEqual([
      {
        file: shown(root, 'documents/a.mdx'),
        line: 4,
        field: '(YAML)',
        found: 'title: Báo cáo: kết quả 6 tháng',
        code: 'yaml.unquotedColon',
        params: { key: 'title', value: 'Báo cáo: kết quả 6 tháng' },
      },
    ]);
  });

  // js-yaml, which reads the values, refuses both; the parser that places them warned of a tag
  // and threw on an alias, so a tag passed the check and stopped the build, and an alias crashed it.
  it.each([
    ['a tag (!x), which Astro refuses,', 'title: !Khẩn "Thông báo"', '!'],
    ['an alias (*x) to no anchor', 'title: *Khẩn*', '*'],
  ])('reports %s at the start of a value as a problem of its line, not a crash', (_name, line, sign) => {
    const value = line.replace('title: ', '');
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2023"').replace('title: "Thực hiện công tác dân vận chính quyền năm 2023"', line),
    });
    const problems = checkContent(root, NOW).problems;
    expect(problems.map((p) => [p.file, p.line, p.field, p.found])).toEqual([[shown(root, 'documents/a.mdx'), 4, '(YAML)', line]]);
    expect(problems[0]).toMatchObject({ code: 'yaml.reservedStart', params: { sign, key: 'title', value } });
  });

  it('still checks the documents when site.yaml is broken, but not their vocabulary', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML.replace('https://iabang.example.org/', 'iabang.example.org'),
      'documents/a.mdx': document('"2023"').replace('["Tiếp công dân"]', '["Tiếp dân"]'),
    });
    const result = checkContent(root, NOW);
    expect(result.site).toBeUndefined();
    expect(result.problems.map((p) => [p.file, p.line, p.field])).toEqual([[shown(root, 'site.yaml'), 13, 'baseUrl']]);
    expect(result.documents.map((d) => d.slug)).toEqual(['a']);
  });

  it('treats a folder without documents as valid', () => {
    const root = contentFolder({ 'site.yaml': SITE_YAML });
    expect(checkContent(root, NOW)).toMatchObject({ problems: [], documents: [] });
  });
});

describe('checkSiteFile', () => {
  it('reports a missing site.yaml as a problem of the file, not a crash', () => {
    const root = contentFolder({ 'documents/.keep': '' });
    expect(checkSiteFile(root)).toEqual({
      site: undefined,
      problems: [
        {
          file: shown(root, 'site.yaml'),
          field: '(tệp)',
          found: undefined,
          code: 'site.missing',
          params: {},
        },
      ],
    });
  });
});

/** A valid standing page. */
const standingPage = [
  '---',
  'title: "Giới thiệu chung"',
  'summary: "Về Ủy ban nhân dân xã."',
  'sample: false',
  '---',
  '',
  'Nội dung.',
  '',
].join('\n');

describe("a standing page named like one of the site's own routes", () => {
  it.each(['gioi-thieu', 'lien-he', 'tim-kiem', 'van-ban', '404', 'lich-tiep-cong-dan', 'pagefind', 'pagefind-2'])(
    'is refused when named %s, with the address it would lose to, and the name it suggests is not',
    (name) => {
      const root = contentFolder({ 'site.yaml': SITE_YAML, [`pages/${name}.mdx`]: standingPage, [`pages/${name}-ubnd.mdx`]: standingPage });
      const problems = checkContent(root, NOW).problems;
      expect(problems.map((p) => [p.file, p.field, p.found])).toEqual([[shown(root, `pages/${name}.mdx`), '(tên tệp)', `${name}.mdx`]]);
      expect(problems[0]).toMatchObject({ code: 'file.routeTaken', params: { name, example: `${name}-ubnd.mdx` } });
    },
  );
});

describe('two content files with one name but different endings', () => {
  const schedule = ['title: "Lịch"', 'from: "2026-12-01"', 'to: "2026-12-31"', ''].join('\n');
  it.each([
    ['documents/a.md', 'documents/a.mdx', document('"2023-01-17"')],
    ['pages/gioi-thieu-chung.md', 'pages/gioi-thieu-chung.mdx', standingPage],
    ['receptions/2026-12.yaml', 'receptions/2026-12.yml', schedule],
  ])('are refused: %s beside %s is one address', (first, second, text) => {
    const root = contentFolder({ 'site.yaml': SITE_YAML, [first]: text, [second]: text });
    const named = checkContent(root, NOW).problems.filter((p) => p.field === '(tên tệp)');
    expect(named.map((p) => [p.file, p.found])).toEqual([[shown(root, second), path.basename(second)]]);
    const item = path.basename(first, path.extname(first));
    expect(named[0]).toMatchObject({ code: 'file.sameItem', params: { other: shown(root, first), item } });
  });
});

describe('the encoding of content files', () => {
  const windows1258 = fs.readFileSync(path.resolve(__dirname, '../fixtures/windows-1258/noi-quy.mdx'));

  it('refuses a page saved as Windows-1258 ("ANSI"), at its first line that is not UTF-8', () => {
    const root = contentFolder({ 'site.yaml': SITE_YAML });
    fs.mkdirSync(path.join(root, 'pages'));
    fs.writeFileSync(path.join(root, 'pages/noi-quy.mdx'), windows1258);
    const problems = checkContent(root, NOW).problems;
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([[shown(root, 'pages/noi-quy.mdx'), 2, '(bảng mã)']]);
    expect(problems[0]?.found).toMatch(/^title: "N\uFFFD+i quy ti\uFFFD+p/);
    expect(problems[0]).toMatchObject({ code: 'file.encoding', params: {} });
  });

  it('refuses a site.yaml saved as Windows-1258, and leaves an attachment in files/ as it is', () => {
    const root = contentFolder({ 'site.yaml': '' });
    // Line 6, the address, with "ă" as Windows-1258 writes it: the byte E3.
    const [before = '', after = ''] = SITE_YAML.split('Trụ sở UBND xã Ia Băng');
    fs.writeFileSync(
      path.join(root, 'site.yaml'),
      Buffer.concat([Buffer.from(before), Buffer.from('Ia B\xe3ng', 'latin1'), Buffer.from(after)]),
    );
    fs.mkdirSync(path.join(root, 'files'));
    fs.writeFileSync(path.join(root, 'files/danh-sach.txt'), windows1258);
    expect(
      checkContent(root, NOW)
        .problems.filter((p) => p.field === '(bảng mã)')
        .map((p) => [p.file, p.line]),
    ).toEqual([[shown(root, 'site.yaml'), 7]]);
  });

  // Unikey's "Unicode tổ hợp" writes a letter and its tone marks as separate characters.
  const decomposed = 'Tiếp công dân'.normalize('NFD');
  it.each([
    ['a document', 'documents/a.mdx'],
    ['site.yaml', 'site.yaml'],
  ])('matches a field written in decomposed Unicode (NFD) in %s with the same field composed', (_, decomposedFile) => {
    expect(decomposed).not.toBe('Tiếp công dân');
    const files: Record<string, string> = { 'site.yaml': SITE_YAML, 'documents/a.mdx': document('"2023-01-17"') };
    files[decomposedFile] = (files[decomposedFile] ?? '').replace('Tiếp công dân', decomposed);
    const result = checkContent(contentFolder(files), NOW);
    expect(result.problems).toEqual([]);
    expect(result.documents[0]?.data.fields).toEqual(['Tiếp công dân']);
  });

  it('reads every file of the valid fixture alike when it is written in decomposed Unicode (NFD)', () => {
    const root = contentFolder({});
    fs.cpSync(path.resolve(__dirname, '../fixtures/valid'), root, { recursive: true });
    for (const name of [
      'site.yaml',
      'dialogues/2023-hoi-nghi-doi-thoai.mdx',
      'documents/2023-ke-hoach-khung.mdx',
      'receptions/2026-11-tuan-48-49.yaml',
    ]) {
      const file = path.join(root, name);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').normalize('NFD'));
    }
    expect(checkContent(root, NOW).problems).toEqual([]);
  });
});

describe('checkContent on text that is not what it seems', () => {
  it('stops on an issued document dated after today, and lets a draft be dated ahead', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2026-12-24"'),
      'documents/b.mdx': document('"2027"').replace('12/KH-UBND', '13/KH-UBND'),
      'documents/c.mdx': document('"2026-12-24"', ['draft: true']).replace('number: "12/KH-UBND"\n', ''),
    });
    expect(checkContent(root, NOW).problems.map((p) => [p.file, p.line, p.code, p.params])).toEqual([
      [shown(root, 'documents/a.mdx'), 6, 'document.issuedAfterToday', { issued: '2026-12-24', today: '2026-11-26' }],
      [shown(root, 'documents/b.mdx'), 6, 'document.issuedAfterToday', { issued: '2027', today: '2026-11-26' }],
    ]);
  });

  it('stops on a withdrawal dated after today, and takes one dated today or before with its reason', () => {
    const withdrawn = (date: string): string[] => ['withdrawn:', `  date: ${date}`, '  reason: "Đăng nhầm bản chưa ký"'];
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2023-01-17"', withdrawn('2026-11-27')),
      'documents/b.mdx': document('"2023-01-17"', withdrawn('2026-11-26')).replace('12/KH-UBND', '13/KH-UBND'),
      'documents/c.mdx': document('"2023-01-17"', ['withdrawn:', '  date: 2026-11-20']).replace('12/KH-UBND', '14/KH-UBND'),
    });
    expect(checkContent(root, NOW).problems.map((p) => [p.file, p.line, p.field, p.code, p.params])).toEqual([
      [shown(root, 'documents/c.mdx'), 14, 'withdrawn.reason', 'field.required', { type: 'string' }],
      [shown(root, 'documents/a.mdx'), 15, 'withdrawn.date', 'withdrawn.afterToday', { date: '2026-11-27', today: '2026-11-26' }],
    ]);
  });

  it('holds change notes to the same rules as any text: no day ahead, no personal data', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2023-01-17"', [
        'changes:',
        '  - date: 2026-11-27',
        '    note: "Sửa ngày họp."',
        '  - date: 2026-11-20',
        '    note: "Bổ sung theo phản ánh của ông Hùng, số 0905123456."',
      ]),
    });
    expect(checkContent(root, NOW).problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [15, 'changes[0].date', 'changes.afterToday'],
      [18, 'changes[1].note', 'privacy.personalData'],
    ]);
  });

  it('takes one number used twice by one issuer for a duplicate, however the issuer is spelt', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2023-01-17"'),
      'documents/b.mdx': document('"2023-02-17"').replace('"Ủy ban nhân dân xã Ia Băng"', '"UBND xã Ia Băng"'),
      'documents/c.mdx': document('"2023-03-17"').replace('"Ủy ban nhân dân xã Ia Băng"', '"Uỷ ban Nhân dân xã Ia Băng"'),
    });
    expect(checkContent(root, NOW).problems.map((p) => [p.file, p.code])).toEqual([
      [shown(root, 'documents/b.mdx'), 'document.numberTaken'],
      [shown(root, 'documents/c.mdx'), 'document.numberTaken'],
    ]);
  });

  it('stops on a value cut short by " #", saying how to quote it', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2023-01-17"').replace(
        'title: "Thực hiện công tác dân vận chính quyền năm 2023"',
        'title: Kế hoạch Tết Trồng cây # đời đời nhớ ơn Bác Hồ',
      ),
    });
    const [problem, ...rest] = checkContent(root, NOW).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      line: 4,
      field: 'title',
      code: 'yaml.inlineComment',
      params: { key: 'title', value: 'Kế hoạch Tết Trồng cây', comment: ' đời đời nhớ ơn Bác Hồ' },
    });
  });

  it('stops on text typed in TCVN3 or VNI, naming the encoding and the first line typed in it', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': `${document('"2023-01-17"')}KÕ ho¹ch tæ chøc Tết trång c©y.\n`,
      'documents/b.mdx': `${document('"2023-01-18"').replace('12/KH-UBND', '13/KH-UBND')}Keá hoaïch toå chöùc.\n`,
    });
    expect(checkContent(root, NOW).problems.map((p) => [p.file, p.line, p.code, p.params])).toEqual([
      [shown(root, 'documents/a.mdx'), 17, 'file.legacyEncoding', { encoding: 'TCVN3' }],
      [shown(root, 'documents/b.mdx'), 17, 'file.legacyEncoding', { encoding: 'VNI' }],
    ]);
  });

  it('names a file saved as UTF-16 as such, and still reads it', () => {
    const text = document('"2023-01-17"');
    const root = contentFolder({ 'site.yaml': SITE_YAML });
    fs.mkdirSync(path.join(root, 'documents'));
    fs.writeFileSync(path.join(root, 'documents/a.mdx'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = checkContent(root, NOW);
    expect(result.problems.map((p) => [p.file, p.code, p.found])).toEqual([[shown(root, 'documents/a.mdx'), 'file.utf16', 'UTF-16']]);
    expect(result.documents[0]?.data.title).toBe('Thực hiện công tác dân vận chính quyền năm 2023');
  });
});
