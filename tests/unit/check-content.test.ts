import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, checkSiteFile } from '../../src/lib/validation/check-content';

const SITE_YAML = [
  'unit:',
  '  type: "xã"',
  '  name: "Ia Băng"',
  '  nameEn: "Ia Băng Commune People\'s Committee"',
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
const shown = (root: string, name: string): string =>
  path.relative(process.cwd(), path.join(root, name)).split(path.sep).join('/');

afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe('checkContent', () => {
  it('finds no problem in a valid folder and returns its site and documents', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/2023-ke-hoach-dan-van.mdx': document('"2023-01-17"', [
        'attachments: [{ file: "ke-hoach.pdf", title: "Bản scan" }]',
      ]),
      'documents/2023-bao-cao.md': document('2023-06', ['implements: ["2023-ke-hoach-dan-van"]'])
        .replace('12/KH-UBND', '45/BC-UBND')
        .replace('kind: ke-hoach', 'kind: bao-cao'),
      'documents/ghi-chu.txt': 'not a document',
      'files/ke-hoach.pdf': '%PDF-1.4',
    });
    const result = checkContent(root);
    expect(result.problems).toEqual([]);
    expect(result.site?.unit.name).toBe('Ia Băng');
    expect(result.documents.map((d) => [d.slug, d.file, d.data.issued])).toEqual([
      ['2023-bao-cao', shown(root, 'documents/2023-bao-cao.md'), '2023-06'],
      ['2023-ke-hoach-dan-van', shown(root, 'documents/2023-ke-hoach-dan-van.mdx'), '2023-01-17'],
    ]);
  });

  it('reads a file that starts with a byte-order mark, as Windows Notepad saves it', () => {
    const root = contentFolder({ 'site.yaml': SITE_YAML, 'documents/a.mdx': `\uFEFF${document('"2023-01-17"')}` });
    const result = checkContent(root);
    expect(result.problems).toEqual([]);
    expect(result.documents.map((d) => d.slug)).toEqual(['a']);
  });

  it('stops on a file meant as content but named so that it would not be published, and warns of any other file', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.MDX': document('"2023-01-17"'),
      'documents/b.mdx.txt': document('"2023-01-17"'),
      'documents/ghi-chu.txt': 'ghi chú của văn phòng',
      'documents/.gitkeep': '',
      'receptions/2023-03.Yaml': 'title: "Lịch"',
    });
    const result = checkContent(root);
    expect(result.problems.map((p) => [p.file, p.found])).toEqual([
      [shown(root, 'documents/a.MDX'), 'a.MDX'],
      [shown(root, 'documents/b.mdx.txt'), 'b.mdx.txt'],
      [shown(root, 'receptions/2023-03.Yaml'), '2023-03.Yaml'],
    ]);
    expect(result.problems[0]?.problem?.vi).toContain('không được xuất bản');
    expect(result.problems[2]?.expected.en).toBe('rename the file to end in .yaml, .yml, or move it out of content/receptions/');
    expect(result.warnings.map((w) => w.found)).toEqual(['ghi-chu.txt']);
  });

  it('stops on an attachment too large for static hosts, warns of a heavy one, and takes a folder for a missing file', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2023-01-17"', ['attachments: [{ file: "ban-scan", title: "Bản scan" }]']),
      'files/ban-scan/trang-1.pdf': '%PDF-1.4',
      'files/nang.pdf': '',
      'files/qua-nang.pdf': '',
    });
    // Sparse files: their size without writing the bytes.
    fs.truncateSync(path.join(root, 'files/nang.pdf'), 11 * 1024 * 1024);
    fs.truncateSync(path.join(root, 'files/qua-nang.pdf'), 26 * 1024 * 1024);
    const result = checkContent(root);
    expect(result.problems.map((p) => [p.file, p.field, p.found])).toEqual([
      [shown(root, 'files/qua-nang.pdf'), '(tệp)', '26,0 MiB'],
      [shown(root, 'documents/a.mdx'), 'attachments[0].file', 'ban-scan'],
    ]);
    expect(result.problems[0]?.problem?.vi).toContain('không nhận tệp lớn như vậy');
    expect(result.warnings.map((w) => [w.file, w.found])).toEqual([[shown(root, 'files/nang.pdf'), '11,0 MiB']]);
  });

  it('reports a link in the prose to a document that does not exist, and accepts one that does', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': `${document('"2023-01-17"')}Xem [kế hoạch](/van-ban/b/) và [báo cáo](/van-ban/khong-co/).\n`,
      'documents/b.mdx': document('"2023-01-18"').replace('12/KH-UBND', '13/KH-UBND'),
    });
    expect(checkContent(root).problems.map((p) => [p.file, p.line, p.found])).toEqual([
      [shown(root, 'documents/a.mdx'), 17, '/van-ban/khong-co/'],
    ]);
  });

  it('reads an unquoted date as the text written, not as a Date', () => {
    const root = contentFolder({ 'site.yaml': SITE_YAML, 'documents/a.mdx': document('2023-03-02') });
    const result = checkContent(root);
    expect(result.problems).toEqual([]);
    expect(result.documents[0]?.data.issued).toBe('2023-03-02');
  });

  it('reports an impossible date in one file exactly, with its line, and keeps the other documents', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a-dung.mdx': document('"2023-01-17"').replace('12/KH-UBND', '11/KH-UBND'),
      'documents/b-sai-ngay.mdx': document('2023-02-30'),
    });
    const result = checkContent(root);
    expect(result.problems).toEqual([
      {
        file: shown(root, 'documents/b-sai-ngay.mdx'),
        line: 6,
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
    expect(() => checkContent(root)).not.toThrow();
    expect(checkContent(root).problems.map((p) => [p.file, p.line, p.field, p.found])).toEqual([
      [shown(root, 'documents/a.mdx'), 14, 'effective', '2023-02-30'],
    ]);
  });

  it('runs the checks across files: missing attachment, duplicate number, unknown field', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML,
      'documents/a.mdx': document('"2023-01-17"', ['attachments: [{ file: "thieu.pdf", title: "Bản scan" }]']),
      'documents/b.mdx': document('"2023-05-05"').replace('["Tiếp công dân"]', '["Tiếp dân"]'),
    });
    expect(checkContent(root).problems.map((p) => [p.file, p.line, p.field, p.found])).toEqual([
      [shown(root, 'documents/a.mdx'), 14, 'attachments[0].file', 'thieu.pdf'],
      [shown(root, 'documents/b.mdx'), 3, 'number', '12/KH-UBND'],
      [shown(root, 'documents/b.mdx'), 12, 'fields[0]', 'Tiếp dân'],
    ]);
  });

  it('reports a file name that cannot be an address without reading the file', () => {
    const root = contentFolder({ 'site.yaml': SITE_YAML, 'documents/Kế hoạch.mdx': document('"2023"') });
    const result = checkContent(root);
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
    expect(checkContent(root).problems.map((p) => [p.file, p.line, p.field])).toEqual([
      [shown(root, 'documents/a.mdx'), 7, '(YAML)'],
    ]);
  });

  it('still checks the documents when site.yaml is broken, but not their vocabulary', () => {
    const root = contentFolder({
      'site.yaml': SITE_YAML.replace('https://iabang.example.org/', 'iabang.example.org'),
      'documents/a.mdx': document('"2023"').replace('["Tiếp công dân"]', '["Tiếp dân"]'),
    });
    const result = checkContent(root);
    expect(result.site).toBeUndefined();
    expect(result.problems.map((p) => [p.file, p.line, p.field])).toEqual([[shown(root, 'site.yaml'), 12, 'baseUrl']]);
    expect(result.documents.map((d) => d.slug)).toEqual(['a']);
  });

  it('treats a folder without documents as valid', () => {
    const root = contentFolder({ 'site.yaml': SITE_YAML });
    expect(checkContent(root)).toMatchObject({ problems: [], documents: [] });
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
          expected: { vi: 'tệp cấu hình content/site.yaml', en: 'the configuration file content/site.yaml' },
        },
      ],
    });
  });
});
