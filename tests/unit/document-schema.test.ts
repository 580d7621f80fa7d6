import { describe, expect, it } from 'vitest';
import { documentSchema, recipientSchema, referenceSchema, signerSchema } from '../../src/schemas/document';
import { fullDateSchema, partialDateSchema, yamlScalarToText } from '../../src/schemas/dates';
import { problemOfIssue } from '../../src/schemas/problems';

/** The smallest document the schema accepts. */
const minimal = {
  kind: 'ke-hoach',
  title: 'Thực hiện công tác dân vận chính quyền năm 2023',
  issuer: 'Ủy ban nhân dân thị trấn Đak Đoa',
  place: 'Đak Đoa',
  issued: '2023-01-17',
  signer: { position: 'Chủ tịch' },
};

/** The issues of a failed parse, reduced to what the report reads. */
function issuesOf(input: unknown): { code: string; path: PropertyKey[] }[] {
  const result = documentSchema.safeParse(input);
  if (result.success) throw new Error('expected the document to be refused');
  return result.error.issues.map(({ code, path }) => ({ code, path }));
}

/** The problems the schema's own checks add, by code and parameters. */
function problemsOf(result: { error?: { issues: readonly { code: string; params?: Record<string, unknown> | undefined }[] } | undefined }) {
  return (result.error?.issues ?? []).map((issue) => (issue.code === 'custom' ? problemOfIssue(issue.params) : undefined));
}

describe('documentSchema', () => {
  it('accepts a minimal document and fills in every default', () => {
    expect(documentSchema.safeParse(minimal)).toEqual({
      success: true,
      data: {
        ...minimal,
        sample: false,
        draft: false,
        recipients: [],
        implements: [],
        legalBases: [],
        supersedes: [],
        fields: [],
        localities: [],
        attachments: [],
        aliases: [],
        changes: [],
      },
    });
  });

  it('accepts a full document as the content folder writes it', () => {
    const input = {
      ...minimal,
      sample: true,
      number: '12/KH-UBND',
      parentIssuer: 'UBND huyện Đak Đoa',
      effective: '2023-01-17',
      expiry: '2023',
      signer: { authority: 'TM', onBehalfOf: 'Ủy ban nhân dân', position: 'Chủ tịch', name: 'Nguyễn Văn A' },
      recipients: [{ name: 'UBND huyện', purpose: 'b/c' }, 'Lưu VP'],
      implements: ['2022-ke-hoach-dan-van'],
      legalBases: [{ kind: 'luat', number: '42/2013/QH13', date: '2013-11-25', issuer: 'Quốc hội', title: 'Luật Tiếp công dân' }],
      supersedes: ['2022-ke-hoach-dan-van'],
      fields: ['Dân vận chính quyền'],
      localities: ['thon-1'],
      attachments: [{ file: 'ke-hoach-12.pdf', title: 'Bản scan' }],
    };
    const result = documentSchema.parse(input);
    expect(result.recipients).toEqual([{ name: 'UBND huyện', purpose: 'b/c' }, { name: 'Lưu VP' }]);
    expect(result.implements).toEqual([{ document: '2022-ke-hoach-dan-van' }]);
    expect(result.expiry).toBe('2023');
  });

  it.each([
    ['an issue year YAML read as the number 2023', 2023, '2023'],
    ['an issue date YAML read as a Date at UTC midnight', new Date(Date.UTC(2023, 2, 2)), '2023-03-02'],
  ])('normalises %s to the text %j', (_name, issued, expected) => {
    expect(documentSchema.parse({ ...minimal, issued }).issued).toBe(expected);
  });

  it('trims the text fields', () => {
    expect(documentSchema.parse({ ...minimal, title: '  Kế hoạch  ' }).title).toBe('Kế hoạch');
  });

  it.each([
    ['a missing title', { ...minimal, title: undefined }, [{ code: 'invalid_type', path: ['title'] }]],
    ['an empty title', { ...minimal, title: '   ' }, [{ code: 'too_small', path: ['title'] }]],
    ['an unknown kind', { ...minimal, kind: 'thong-tin' }, [{ code: 'invalid_value', path: ['kind'] }]],
    ['a kind a commune does not issue', { ...minimal, kind: 'luat' }, [{ code: 'invalid_value', path: ['kind'] }]],
    ['an unknown extra key', { ...minimal, tittle: 'x' }, [{ code: 'unrecognized_keys', path: [] }]],
    ['an issue year that is not a whole number', { ...minimal, issued: 2023.5 }, [{ code: 'invalid_type', path: ['issued'] }]],
    ['an impossible issue date', { ...minimal, issued: '2023-02-30' }, [{ code: 'custom', path: ['issued'] }]],
    ['a day-first issue date', { ...minimal, issued: '17/01/2023' }, [{ code: 'custom', path: ['issued'] }]],
    ['a missing signer position', { ...minimal, signer: {} }, [{ code: 'invalid_type', path: ['signer', 'position'] }]],
    [
      'a signer with TM but no body signed for',
      { ...minimal, signer: { authority: 'TM', position: 'Chủ tịch' } },
      [{ code: 'custom', path: ['signer', 'onBehalfOf'] }],
    ],
    [
      'a signer with KT but no head signed for',
      { ...minimal, signer: { authority: 'KT', position: 'Phó Chủ tịch' } },
      [{ code: 'custom', path: ['signer', 'onBehalfOf'] }],
    ],
    [
      'a deputy signing for the committee without the head they sign for, which would print "TM. … / PHÓ CHỦ TỊCH"',
      { ...minimal, signer: { authority: 'TM', onBehalfOf: 'Ủy ban nhân dân', position: 'Phó Chủ tịch' } },
      [{ code: 'custom', path: ['signer', 'deputyOf'] }],
    ],
    [
      'a deputy line after an authority other than TM',
      { ...minimal, signer: { authority: 'KT', onBehalfOf: 'Chủ tịch', deputyOf: 'Chủ tịch', position: 'Phó Chủ tịch' } },
      [{ code: 'custom', path: ['signer', 'deputyOf'] }],
    ],
    [
      'a deputy line without any authority',
      { ...minimal, signer: { deputyOf: 'Chủ tịch', position: 'Phó Chủ tịch' } },
      [{ code: 'custom', path: ['signer', 'deputyOf'] }],
    ],
    ['an issued document without a signer', { ...minimal, signer: undefined }, [{ code: 'custom', path: ['signer'] }]],
    [
      'a draft with a number, which only an issued document is given',
      { ...minimal, draft: true, number: '12/KH-UBND' },
      [{ code: 'custom', path: ['number'] }],
    ],
    ['a draft flag that is not true or false', { ...minimal, draft: 'có' }, [{ code: 'invalid_type', path: ['draft'] }]],
    [
      'an unknown signing authority',
      { ...minimal, signer: { authority: 'TT', position: 'Chủ tịch' } },
      [{ code: 'invalid_value', path: ['signer', 'authority'] }],
    ],
    [
      'a reference that both points at a document and cites one',
      { ...minimal, legalBases: [{ document: 'ke-hoach-12', kind: 'luat', title: 'Luật Tiếp công dân' }] },
      [{ code: 'custom', path: ['legalBases', 0] }],
    ],
    [
      'a citation without a title',
      { ...minimal, legalBases: [{ kind: 'luat', number: '42/2013/QH13' }] },
      [{ code: 'custom', path: ['legalBases', 0] }],
    ],
    [
      'a reference to a slug with capitals',
      { ...minimal, implements: ['Ke-Hoach-12'] },
      [{ code: 'custom', path: ['implements', 0, 'document'] }],
    ],
    [
      'a recipient purpose not in the list',
      { ...minimal, recipients: [{ name: 'UBND huyện', purpose: 'xem' }] },
      [{ code: 'invalid_value', path: ['recipients', 0, 'purpose'] }],
    ],
    [
      'an attachment that climbs out of content/files',
      { ...minimal, attachments: [{ file: '../site.yaml', title: 'x' }] },
      [{ code: 'custom', path: ['attachments', 0, 'file'] }],
    ],
    [
      'an expiry before the effective date',
      { ...minimal, effective: '2023-03-01', expiry: '2023-02' },
      [{ code: 'custom', path: ['expiry'] }],
    ],
    ['an expiry before the issue date', { ...minimal, expiry: '2022-12-31' }, [{ code: 'custom', path: ['expiry'] }]],
    ['a number with the word "Số" before it', { ...minimal, number: 'Số 12/KH-UBND' }, [{ code: 'custom', path: ['number'] }]],
    ['a number without its number', { ...minimal, number: 'KH-UBND' }, [{ code: 'custom', path: ['number'] }]],
    ['a number that is not a number', { ...minimal, number: 'abc/KH-UBND' }, [{ code: 'custom', path: ['number'] }]],
    [
      'a number with the look-alike letter Ð',
      { ...minimal, kind: 'quyet-dinh', number: '12/Q\u00D0-UBND' },
      [{ code: 'custom', path: ['number'] }],
    ],
  ])('refuses %s', (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it.each(['12/KH-UBND', '15/2023/QĐ-UBND', '35/UBND-VP', '01/CTr-UBND', '7a/TB-UBND', '08/BC-HĐND'])('accepts the number %s', (number) => {
    expect(documentSchema.safeParse({ ...minimal, number }).success).toBe(true);
  });

  it('accepts a draft published for comment with no signer and no number', () => {
    const { signer: _unsigned, ...unsigned } = minimal;
    expect(documentSchema.parse({ ...unsigned, draft: true })).toMatchObject({ draft: true, title: minimal.title });
  });

  it('accepts a draft that shows the signature block it will carry', () => {
    expect(documentSchema.safeParse({ ...minimal, draft: true }).success).toBe(true);
  });

  it('says that a deputy signing for the committee must sign for its head, naming the position', () => {
    const result = documentSchema.safeParse({
      ...minimal,
      signer: { authority: 'TM', onBehalfOf: 'Ủy ban nhân dân', position: 'Phó Chủ tịch' },
    });
    expect(problemsOf(result)).toEqual([{ code: 'document.deputyNeedsKT', params: { position: 'Phó Chủ tịch' } }]);
  });

  it('accepts an expiry in the same year as a later effective date, since 2023 runs to 31 December', () => {
    expect(documentSchema.safeParse({ ...minimal, effective: '2023-03-01', expiry: '2023' }).success).toBe(true);
  });

  it('says which date is impossible, with the days in that month', () => {
    const result = documentSchema.safeParse({ ...minimal, issued: '2023-02-30' });
    expect(result.success).toBe(false);
    expect(problemsOf(result)).toEqual([{ code: 'date.impossible', params: { year: 2023, month: 2, days: 28, full: false } }]);
  });

  it('suggests the ISO spelling of a day-first date', () => {
    const result = documentSchema.safeParse({ ...minimal, issued: '17/01/2023' });
    expect(problemsOf(result)).toEqual([{ code: 'date.dayFirst', params: { suggestion: '2023-01-17', full: false } }]);
  });

  // An impossible date must be reported like any other, not crash the check
  // that compares the expiry with the effective date.
  it.each([
    ['effective', { effective: '2023-02-30', expiry: '2024' }],
    ['expiry', { effective: '2023-01-01', expiry: '2023-02-30' }],
  ])('reports an impossible %s date next to the other one instead of throwing', (field, dates) => {
    expect(() => documentSchema.safeParse({ ...minimal, ...dates })).not.toThrow();
    expect(issuesOf({ ...minimal, ...dates })).toEqual([{ code: 'custom', path: [field] }]);
  });
});

describe('signerSchema', () => {
  it.each([
    [{ position: 'Chủ tịch' }],
    [{ authority: 'Q', position: 'Chủ tịch' }],
    [{ authority: 'TM', onBehalfOf: 'Ủy ban nhân dân', position: 'Chủ tịch' }],
    [{ authority: 'TUQ', onBehalfOf: 'Chủ tịch', position: 'Chánh Văn phòng', name: 'Trần Thị C' }],
    [{ authority: 'TM', onBehalfOf: 'Ủy ban nhân dân', deputyOf: 'Chủ tịch', position: 'Phó Chủ tịch', name: 'Trần Văn C' }],
  ])('accepts the signer %o', (signer) => {
    expect(signerSchema.parse(signer)).toEqual(signer);
  });
});

describe('recipientSchema', () => {
  it('reads a recipient given as a plain string as one without a purpose', () => {
    expect(recipientSchema.parse('Lưu VP.UBND')).toEqual({ name: 'Lưu VP.UBND' });
  });

  it('keeps the purpose of a recipient given in full', () => {
    expect(recipientSchema.parse({ name: 'UBND huyện', purpose: 'đ/b' })).toEqual({
      name: 'UBND huyện',
      purpose: 'đ/b',
    });
  });
});

describe('referenceSchema', () => {
  it('reads a bare slug as a reference to a document on the site', () => {
    expect(referenceSchema.parse('2023-ke-hoach-dan-van')).toEqual({ document: '2023-ke-hoach-dan-van' });
  });

  it('normalises the date of a citation YAML read as a Date', () => {
    expect(referenceSchema.parse({ kind: 'luat', title: 'Luật Tiếp công dân', date: new Date(Date.UTC(2013, 10, 25)) })).toEqual({
      kind: 'luat',
      title: 'Luật Tiếp công dân',
      date: '2013-11-25',
    });
  });
});

describe('yamlScalarToText', () => {
  it.each([
    [2023, '2023'],
    [new Date(Date.UTC(2023, 0, 1)), '2023-01-01'],
    [new Date(Date.UTC(2023, 11, 31)), '2023-12-31'],
    ['2023-03', '2023-03'],
    [2023.5, 2023.5],
    [null, null],
  ])('turns %o into %o', (value, expected) => {
    expect(yamlScalarToText(value)).toEqual(expected);
  });

  it('leaves an invalid Date alone for the schema to refuse', () => {
    const invalid = new Date('nonsense');
    expect(yamlScalarToText(invalid)).toBe(invalid);
  });
});

describe('partialDateSchema and fullDateSchema', () => {
  it.each([
    ['2023', true, false],
    ['2023-03', true, false],
    ['2023-03-02', true, true],
    ['2023-02-29', false, false],
    ['2023-13', false, false],
    ['17/01/2023', false, false],
  ])('takes %j as a partial date: %s, as a full date: %s', (text, partial, full) => {
    expect(partialDateSchema.safeParse(text).success).toBe(partial);
    expect(fullDateSchema.safeParse(text).success).toBe(full);
  });

  it('explains that a full date needs its day', () => {
    expect(problemsOf(fullDateSchema.safeParse('2023-03'))).toEqual([{ code: 'date.needsDay', params: {} }]);
  });
});
