import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../src/schemas/document';
import { siteSchema, type SiteConfig } from '../../src/schemas/site';
import { parseFrontmatter } from '../../src/check/frontmatter';
import {
  checkAttachments,
  checkDuplicateNumbers,
  checkInternalReferences,
  checkNumberCodes,
  checkSiteVocabulary,
  type CheckedDocument,
} from '../../src/check/cross-checks';

/**
 * A document as checkContent would hand it over: the frontmatter is the six
 * required lines (2–7 of the file) followed by `extra`, which starts on line 8.
 */
function checked(slug: string, extra: string[] = [], required: Record<string, string> = {}): CheckedDocument {
  const fields = {
    kind: 'ke-hoach',
    title: '"Thực hiện công tác dân vận chính quyền"',
    issuer: '"Ủy ban nhân dân thị trấn Đak Đoa"',
    place: '"Đak Đoa"',
    issued: '"2023-01-17"',
    signer: '{ position: "Chủ tịch" }',
    ...required,
  };
  const text = ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), ...extra, '---', ''].join('\n');
  const file = `content/documents/${slug}.mdx`;
  const parsed = parseFrontmatter(file, text);
  if (!parsed.ok) throw new Error(`bad test YAML in ${slug}`);
  return { slug, file, data: documentSchema.parse(parsed.source.data), lineOf: parsed.source.lineOf };
}

describe('checkInternalReferences', () => {
  const plan = checked('ke-hoach');

  it('accepts references to documents that exist', () => {
    const report = checked('bao-cao', ['implements: ["ke-hoach"]', 'legalBases:', '  - document: "ke-hoach"'], {
      kind: 'bao-cao',
    });
    const replacement = checked('ke-hoach-moi', ['supersedes: ["ke-hoach"]']);
    expect(checkInternalReferences([plan, report, replacement])).toEqual([]);
  });

  it('reports a slug that names no document, at its line', () => {
    const report = checked('bao-cao', ['implements:', '  - "ke-hoach"', '  - "ke-hoach-2022"'], { kind: 'bao-cao' });
    expect(checkInternalReferences([plan, report])).toEqual([
      {
        file: 'content/documents/bao-cao.mdx',
        line: 10,
        field: 'implements[1].document',
        found: 'ke-hoach-2022',
        code: 'reference.document',
        params: { slug: 'ke-hoach-2022' },
      },
    ]);
  });

  it('reports a document that points at itself', () => {
    const selfish = checked('ke-hoach-moi', ['supersedes:', '  - "ke-hoach"', '  - "ke-hoach-moi"']);
    expect(checkInternalReferences([plan, selfish])).toEqual([
      {
        file: 'content/documents/ke-hoach-moi.mdx',
        line: 10,
        field: 'supersedes[1]',
        found: 'ke-hoach-moi',
        code: 'reference.self',
        params: {},
      },
    ]);
  });

  it('reports a replacement issued before the document it replaces, and accepts one of the same day', () => {
    const older = checked('quyet-dinh-moi', ['supersedes: ["ke-hoach"]'], { kind: 'quyet-dinh', issued: '"2023-01-10"' });
    expect(checkInternalReferences([plan, older]).map((p) => [p.line, p.field, p.found, p.code, p.params])).toEqual([
      [
        8,
        'supersedes[0]',
        'ke-hoach',
        'document.replacesLater',
        { issued: '2023-01-10', replacedFile: 'content/documents/ke-hoach.mdx', replacedIssued: '2023-01-17' },
      ],
    ]);
    const sameDay = checked('quyet-dinh-moi', ['supersedes: ["ke-hoach"]'], { kind: 'quyet-dinh' });
    const sameYear = checked('quyet-dinh-moi', ['supersedes: ["ke-hoach"]'], { kind: 'quyet-dinh', issued: '"2023"' });
    expect(checkInternalReferences([plan, sameDay, sameYear])).toEqual([]);
  });

  it('checks implements, then legal bases, then supersedes, and ignores outside citations', () => {
    const doc = checked('quy-che', [
      'implements: ["a-1"]', // 8
      'legalBases:', // 9
      '  - { kind: "luat", title: "Luật Tiếp công dân" }', // 10
      '  - "b-2"', // 11
      'supersedes: ["c-3"]', // 12
    ]);
    expect(checkInternalReferences([doc]).map((p) => [p.line, p.field, p.found])).toEqual([
      [8, 'implements[0].document', 'a-1'],
      [11, 'legalBases[1].document', 'b-2'],
      [12, 'supersedes[0]', 'c-3'],
    ]);
  });
});

describe('checkAttachments', () => {
  const doc = checked('bao-cao', [
    'attachments:', // 8
    '  - { file: "bao-cao.pdf", title: "Bản scan" }', // 9
    '  - file: "phu-luc.xlsx"', // 10
    '    title: "Phụ lục"', // 11
  ]);

  it('accepts attachments whose files exist', () => {
    expect(checkAttachments([doc], () => true)).toEqual([]);
  });

  it('reports each attachment whose file is missing, at its line', () => {
    const asked: string[] = [];
    const problems = checkAttachments([doc], (name) => {
      asked.push(name);
      return name === 'bao-cao.pdf';
    });
    expect(asked).toEqual(['bao-cao.pdf', 'phu-luc.xlsx']);
    expect(problems).toEqual([
      {
        file: 'content/documents/bao-cao.mdx',
        line: 10,
        field: 'attachments[1].file',
        found: 'phu-luc.xlsx',
        code: 'file.missing',
        params: { name: 'phu-luc.xlsx' },
      },
    ]);
  });
});

describe('checkDuplicateNumbers', () => {
  const numbered = (slug: string, number: string, issued = '"2023-01-17"', issuer = '"Ủy ban nhân dân thị trấn Đak Đoa"') =>
    checked(slug, [`number: "${number}"`], { issued, issuer });

  it('reports a number reused by the same issuer in the same year once, naming the file that has it first', () => {
    const problems = checkDuplicateNumbers([
      numbered('b-ke-hoach', '12/KH-UBND', '"2023-06"'),
      numbered('a-ke-hoach', '12/KH-UBND', '"2023-01-17"'),
    ]);
    expect(problems).toEqual([
      {
        file: 'content/documents/b-ke-hoach.mdx',
        line: 8,
        field: 'number',
        found: '12/KH-UBND',
        code: 'document.numberTaken',
        params: {
          number: '12/KH-UBND',
          issuer: 'Ủy ban nhân dân thị trấn Đak Đoa',
          year: 2023,
          otherFile: 'content/documents/a-ke-hoach.mdx',
        },
      },
    ]);
  });

  it('names the first file for every later reuse', () => {
    const problems = checkDuplicateNumbers([numbered('c', '12/KH-UBND'), numbered('a', '12/KH-UBND'), numbered('b', '12/KH-UBND')]);
    expect(problems.map((p) => [p.file, p.code === 'document.numberTaken' ? p.params.otherFile : undefined])).toEqual([
      ['content/documents/b.mdx', 'content/documents/a.mdx'],
      ['content/documents/c.mdx', 'content/documents/a.mdx'],
    ]);
  });

  it('matches numbers whatever their case and issuers whatever their case', () => {
    const problems = checkDuplicateNumbers([
      numbered('a', '12/KH-UBND'),
      numbered('b', '12/kh-ubnd', '"2023-05-05"', '"ỦY BAN NHÂN DÂN THỊ TRẤN ĐAK ĐOA"'),
    ]);
    expect(problems.map((p) => [p.file, p.found])).toEqual([['content/documents/b.mdx', '12/kh-ubnd']]);
  });

  it.each([
    ['in different years', [numbered('a', '12/KH-UBND', '"2022-12-30"'), numbered('b', '12/KH-UBND', '"2023"')]],
    ['from different issuers', [numbered('a', '12/KH-UBND'), numbered('b', '12/KH-UBND', '"2023-01-17"', '"Ủy ban nhân dân xã Ia Băng"')]],
    ['that differ', [numbered('a', '12/KH-UBND'), numbered('b', '13/KH-UBND')]],
    ['when numbers are not known', [checked('a'), checked('b')]],
  ])('accepts the same-looking numbers %s', (_name, docs) => {
    expect(checkDuplicateNumbers(docs)).toEqual([]);
  });
});

describe('checkNumberCodes', () => {
  it('reports a number whose code is not the kind’s, at the line of the number', () => {
    const doc = checked('ke-hoach', ['number: "45/BC-UBND"']);
    expect(checkNumberCodes([doc])).toEqual([
      {
        file: 'content/documents/ke-hoach.mdx',
        line: 8,
        field: 'number',
        found: '45/BC-UBND',
        code: 'document.numberCodeMismatch',
        params: { kind: 'ke-hoach', kindName: 'Kế hoạch', code: 'KH' },
      },
    ]);
  });

  it("reports a công văn numbered with another kind's code, which Nghị định 30 gives it none of", () => {
    const letter = checked('cong-van', ['number: "45/BC-UBND"'], { kind: 'cong-van' });
    expect(checkNumberCodes([letter]).map((p) => [p.field, p.found, p.code, p.params])).toEqual([
      ['number', '45/BC-UBND', 'document.numberCodeOfOtherKind', { kind: 'cong-van', kindName: 'Công văn' }],
    ]);
  });

  it.each([
    ['a plan numbered …/KH-…', 'ke-hoach', '12/KH-UBND'],
    ['a report numbered …/BC-…', 'bao-cao', '45/BC-UBND'],
    ['a công văn with any number', 'cong-van', '35/UBND-VP'],
    ['a document without a number', 'ke-hoach', undefined],
    // Nghị định 30/2020: a legal normative decision carries its year, "15/2023/QĐ-UBND".
    ['a legal normative decision numbered with its year', 'quyet-dinh', '15/2023/QĐ-UBND'],
  ])('accepts %s', (_name, kind, number) => {
    const doc = checked('van-ban', number === undefined ? [] : [`number: "${number}"`], { kind });
    expect(checkNumberCodes([doc])).toEqual([]);
  });
});

describe('checkSiteVocabulary', () => {
  const site: SiteConfig = siteSchema.parse({
    unit: { type: 'xã', name: 'Ia Băng', nameEn: 'Ia Băng Commune', since: '2025-07-01' },
    province: 'Gia Lai',
    address: 'Trụ sở',
    officeHours: [{ days: 'Thứ Hai', hours: '7:00' }],
    baseUrl: 'https://iabang.example.org/',
    fields: ['Tiếp công dân', 'Dân chủ ở cơ sở'],
    localities: [
      { id: 'thon-1', name: 'Thôn 1' },
      { id: 'thon-2', name: 'Thôn 2' },
    ],
  });

  it('accepts fields and localities from the site lists', () => {
    const doc = checked('a', ['fields: ["Tiếp công dân", "Dân chủ ở cơ sở"]', 'localities: ["thon-2"]']);
    expect(checkSiteVocabulary([doc], site)).toEqual([]);
  });

  it('reports a field and a locality that are not in the site lists, naming the allowed fields', () => {
    const doc = checked('a', [
      'fields:', // 8
      '  - "Tiếp công dân"', // 9
      '  - "Tiếp dân"', // 10
      'localities:', // 11
      '  - "thon-3"', // 12
    ]);
    expect(checkSiteVocabulary([doc], site)).toEqual([
      {
        file: 'content/documents/a.mdx',
        line: 10,
        field: 'fields[1]',
        found: 'Tiếp dân',
        code: 'reference.field',
        params: { fields: ['Tiếp công dân', 'Dân chủ ở cơ sở'] },
      },
      {
        file: 'content/documents/a.mdx',
        line: 12,
        field: 'localities[0]',
        found: 'thon-3',
        code: 'reference.locality',
        params: { ids: ['thon-1', 'thon-2'] },
      },
    ]);
  });

  it('does not match a field that differs only in case', () => {
    const doc = checked('a', ['fields: ["tiếp công dân"]']);
    expect(checkSiteVocabulary([doc], site).map((p) => p.field)).toEqual(['fields[0]']);
  });
});
