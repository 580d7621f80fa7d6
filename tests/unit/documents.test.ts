import { describe, expect, it } from 'vitest';
import {
  collectBacklinks,
  documentStatus,
  issueDate,
  issueYear,
  sortNewestFirst,
  supersededFrom,
  type DocumentEntry,
  type StatusDates,
} from '../../src/lib/documents';
import {
  issuerLines,
  citationText,
  documentHeading,
  documentLabel,
  recipientLine,
  signatureLines,
  signerSummary,
} from '../../src/messages/documents';
import { type DocumentStatus } from '../../src/vocabulary/document-status';
import type { DocumentData, Reference, Signer } from '../../src/schemas/document';

/** A valid document's data with every default filled in, as the schema would give it. */
function data(overrides: Partial<DocumentData> = {}): DocumentData {
  return {
    sample: false,
    draft: false,
    kind: 'ke-hoach',
    title: 'Thực hiện công tác dân vận chính quyền năm 2023',
    issuer: 'Ủy ban nhân dân thị trấn Đak Đoa',
    place: 'Đak Đoa',
    issued: '2023-01-17',
    signer: { position: 'Chủ tịch' },
    recipients: [],
    implements: [],
    legalBases: [],
    supersedes: [],
    fields: [],
    localities: [],
    attachments: [],
    aliases: [],
    changes: [],
    ...overrides,
  };
}

const entry = (id: string, overrides: Partial<DocumentData> = {}): DocumentEntry => ({ id, data: data(overrides) });

describe('documentStatus', () => {
  it.each<[string, StatusDates, string, DocumentStatus]>([
    [
      'supersession wins over dates that say in force',
      { effective: '2023-01-01', expiry: '2025', supersededFrom: '2023-01-01' },
      '2024-06-01',
      'superseded',
    ],
    ['supersession wins over an expiry already passed', { expiry: '2023-06-30', supersededFrom: '2023-01-01' }, '2024-01-01', 'superseded'],
    ['supersession applies even without dates', { supersededFrom: '2023-01-01' }, '2024-01-01', 'superseded'],
    ['an expiry of a year lasts through its last day', { expiry: '2023' }, '2023-12-31', 'in-force'],
    ['an expiry of a year has passed the next day', { expiry: '2023' }, '2024-01-01', 'expired'],
    ['an expiry of a month lasts through its last day', { expiry: '2024-02' }, '2024-02-29', 'in-force'],
    ['an expiry of a month has passed on the first of the next', { expiry: '2024-02' }, '2024-03-01', 'expired'],
    ['an expiry day is still in force on that day', { expiry: '2023-06-30' }, '2023-06-30', 'in-force'],
    ['an effective date in the future is not yet in force', { effective: '2023-03-02' }, '2023-03-01', 'not-yet-in-force'],
    ['an effective date of today is in force', { effective: '2023-03-02' }, '2023-03-02', 'in-force'],
    ['an effective month starts on its first day', { effective: '2023-03' }, '2023-03-01', 'in-force'],
    ['an effective year not reached is not yet in force', { effective: '2024' }, '2023-12-31', 'not-yet-in-force'],
    ['an expiry passed wins over an effective date', { effective: '2023-01-01', expiry: '2023-06-30' }, '2023-07-01', 'expired'],
    ['a document with neither date is simply issued', {}, '2023-03-02', 'issued'],
    [
      'a replacement not yet in force leaves the document standing',
      { effective: '2023-01-01', supersededFrom: '2024-07-01' },
      '2024-06-30',
      'in-force',
    ],
    [
      'a replacement takes over on the day it takes effect',
      { effective: '2023-01-01', supersededFrom: '2024-07-01' },
      '2024-07-01',
      'superseded',
    ],
    ['a draft with no dates is a draft, not issued', { draft: true }, '2023-03-02', 'draft'],
    ['a draft is never in force, whatever its effective date says', { draft: true, effective: '2023-01-01' }, '2024-06-01', 'draft'],
    ['a draft does not expire, since it never took effect', { draft: true, expiry: '2023' }, '2024-06-01', 'draft'],
    ['a draft stays a draft when the issued document replaces it', { draft: true, supersededFrom: '2023-01-01' }, '2024-01-01', 'draft'],
    [
      'a withdrawn document is withdrawn, though its dates say it is in force',
      { withdrawn: { date: '2024-01-05', reason: 'Nhập nhầm' }, effective: '2023-01-01' },
      '2024-06-01',
      'withdrawn',
    ],
    [
      'a withdrawn draft is withdrawn, not a draft',
      { draft: true, withdrawn: { date: '2024-01-05', reason: 'Nhập nhầm' } },
      '2024-06-01',
      'withdrawn',
    ],
  ])('%s', (_name, dates, today, expected) => {
    expect(documentStatus(dates, today)).toBe(expected);
  });
});

describe('supersededFrom', () => {
  it('is the day the earliest replacement takes effect, or is issued if it gives no effective date', () => {
    expect(supersededFrom([{ issued: '2024-03-05', effective: '2024-04' }, { issued: '2024-03-20' }])).toBe('2024-03-20');
    expect(supersededFrom([{ issued: '2024-03-05', effective: '2024-04' }])).toBe('2024-04-01');
    expect(supersededFrom([])).toBeUndefined();
  });
});

describe('sortNewestFirst', () => {
  it('orders by issue date, newest first, whatever the input order', () => {
    const docs = [
      entry('a-2022', { issued: '2022-03-15' }),
      entry('b-2023-06', { issued: '2023-06-30' }),
      entry('c-2023-01', { issued: '2023-01-17' }),
      entry('d-2023-12', { issued: '2023-12-20' }),
    ];
    const expected = ['d-2023-12', 'b-2023-06', 'c-2023-01', 'a-2022'];
    expect(sortNewestFirst(docs).map((d) => d.id)).toEqual(expected);
    expect(sortNewestFirst([...docs].reverse()).map((d) => d.id)).toEqual(expected);
  });

  it('puts a document known only to its year or month at the head of that year or month', () => {
    const docs = [
      entry('a-2024-01', { issued: '2024-01-05' }),
      entry('b-2023-12', { issued: '2023-12-05' }),
      entry('c-2023', { issued: '2023' }),
      entry('d-2023-10', { issued: '2023-10' }),
      entry('e-2023-10-20', { issued: '2023-10-20' }),
      entry('f-2022', { issued: '2022-03-15' }),
    ];
    const expected = ['a-2024-01', 'c-2023', 'b-2023-12', 'd-2023-10', 'e-2023-10-20', 'f-2022'];
    expect(sortNewestFirst(docs).map((d) => d.id)).toEqual(expected);
    expect(sortNewestFirst([...docs].reverse()).map((d) => d.id)).toEqual(expected);
  });

  it('breaks a tie of dates by number, then by slug, so the order never depends on the input', () => {
    const docs = [
      entry('tb-b', { issued: '2023-03-02', number: '3/TB-UBND' }),
      entry('tb-z', { issued: '2023-03-02' }),
      entry('tb-a', { issued: '2023-03-02' }),
      entry('tb-c', { issued: '2023-03-02', number: '7/TB-UBND' }),
    ];
    const expected = ['tb-c', 'tb-b', 'tb-a', 'tb-z'];
    expect(sortNewestFirst(docs).map((d) => d.id)).toEqual(expected);
    expect(sortNewestFirst([...docs].reverse()).map((d) => d.id)).toEqual(expected);
  });

  it('puts a document known only by its year before the documents dated within that year', () => {
    const docs = [entry('day', { issued: '2023-01-01' }), entry('year', { issued: '2023' }), entry('month', { issued: '2023-01' })];
    expect(sortNewestFirst(docs).map((d) => d.id)).toEqual(['year', 'month', 'day']);
  });

  it('returns a new array and leaves its input alone', () => {
    const docs = [entry('old', { issued: '2022' }), entry('new', { issued: '2023' })];
    const sorted = sortNewestFirst(docs);
    expect(sorted).not.toBe(docs);
    expect(docs.map((d) => d.id)).toEqual(['old', 'new']);
  });
});

describe('issueYear and issueDate', () => {
  it.each([
    ['2023-01-17', 2023, { year: 2023, month: 1, day: 17 }],
    ['2022-11', 2022, { year: 2022, month: 11 }],
    ['2021', 2021, { year: 2021 }],
  ])('reads the issue date %s as year %i and %o', (issued, year, date) => {
    expect(issueYear(entry('x', { issued }))).toBe(year);
    expect(issueDate({ issued })).toEqual(date);
  });
});

describe('collectBacklinks', () => {
  const docs = [
    entry('ke-hoach', { issued: '2023-01-17' }),
    entry('quy-che-cu', { issued: '2022-03-15', kind: 'quy-che' }),
    entry('bao-cao-6-thang', {
      issued: '2023-06-20',
      kind: 'bao-cao',
      implements: [{ document: 'ke-hoach' }],
    }),
    entry('bao-cao-nam', {
      issued: '2023-12-15',
      kind: 'bao-cao',
      implements: [{ document: 'ke-hoach' }, { kind: 'luat', title: 'Luật Tiếp công dân' }],
      legalBases: [{ document: 'bao-cao-6-thang' }],
    }),
    entry('quy-che-moi', {
      issued: '2023-03-01',
      kind: 'quy-che',
      supersedes: ['quy-che-cu'],
      legalBases: [{ document: 'ke-hoach' }, { document: 'khong-co' }],
    }),
  ];
  const links = collectBacklinks(docs);

  it('has an entry for every document and none for slugs that do not exist', () => {
    expect([...links.keys()].sort()).toEqual(['bao-cao-6-thang', 'bao-cao-nam', 'ke-hoach', 'quy-che-cu', 'quy-che-moi']);
    expect(links.has('khong-co')).toBe(false);
  });

  it('lists the documents that implement, cite or supersede a document, newest first', () => {
    expect(links.get('ke-hoach')).toEqual({
      implementedBy: ['bao-cao-nam', 'bao-cao-6-thang'],
      supersededBy: [],
      referencedBy: ['quy-che-moi'],
    });
    expect(links.get('quy-che-cu')).toEqual({ implementedBy: [], supersededBy: ['quy-che-moi'], referencedBy: [] });
    expect(links.get('bao-cao-6-thang')).toEqual({
      implementedBy: [],
      supersededBy: [],
      referencedBy: ['bao-cao-nam'],
    });
  });

  it('gives a document nobody points at empty lists', () => {
    expect(links.get('bao-cao-nam')).toEqual({ implementedBy: [], supersededBy: [], referencedBy: [] });
    expect(links.get('quy-che-moi')).toEqual({ implementedBy: [], supersededBy: [], referencedBy: [] });
  });
});

describe('issuerLines', () => {
  it.each([
    ['Ủy ban nhân dân thị trấn Đak Đoa', ['Ủy ban nhân dân', 'thị trấn Đak Đoa']],
    ['Ủy ban nhân dân xã Ia Băng', ['Ủy ban nhân dân', 'xã Ia Băng']],
    ['Văn phòng HĐND và UBND huyện Đak Đoa', ['Văn phòng HĐND và UBND', 'huyện Đak Đoa']],
    ['Ủy ban nhân dân Thị trấn Đak Đoa', ['Ủy ban nhân dân', 'Thị trấn Đak Đoa']],
    ['Ban Chỉ đạo thực hiện dân chủ ở cơ sở', ['Ban Chỉ đạo thực hiện dân chủ ở cơ sở']],
    // "xã hội" is no commune.
    ['Bảo hiểm xã hội huyện Đak Đoa', ['Bảo hiểm xã hội', 'huyện Đak Đoa']],
    ['Phòng Lao động - Thương binh và Xã hội huyện Đak Đoa', ['Phòng Lao động - Thương binh và Xã hội', 'huyện Đak Đoa']],
  ])('sets %s on the lines %j', (issuer, lines) => {
    expect(issuerLines(issuer)).toEqual(lines);
  });
});

describe('documentLabel', () => {
  it.each([
    [{ kind: 'ke-hoach', number: '12/KH-UBND' }, 'Kế hoạch số 12/KH-UBND'],
    [{ kind: 'cong-van', number: '35/UBND-VP' }, 'Công văn số 35/UBND-VP'],
    [{ kind: 'bao-cao', number: undefined }, 'Báo cáo'],
  ] as const)('labels %o as "%s"', (doc, expected) => {
    expect(documentLabel(doc)).toBe(expected);
  });
});

describe('citationText', () => {
  it.each<[string, Reference, string]>([
    [
      'a law by its name, which already starts with the kind',
      { kind: 'luat', number: '42/2013/QH13', date: '2013-11-25', issuer: 'Quốc hội', title: 'Luật Tiếp công dân' },
      'Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013 của Quốc hội',
    ],
    [
      'a plan by kind, number, date and issuer, then its subject',
      {
        kind: 'ke-hoach',
        number: '12/KH-UBND',
        date: '2023-01-17',
        issuer: 'Ủy ban nhân dân huyện Đak Đoa',
        title: 'về thực hiện công tác dân vận chính quyền năm 2023',
      },
      'Kế hoạch số 12/KH-UBND ngày 17/01/2023 của Ủy ban nhân dân huyện Đak Đoa về thực hiện công tác dân vận chính quyền năm 2023',
    ],
    [
      'a decree whose subject does not start with the kind',
      {
        kind: 'nghi-dinh',
        number: '64/2014/NĐ-CP',
        date: '2014-06-26',
        issuer: 'Chính phủ',
        title: 'quy định chi tiết thi hành một số điều của Luật Tiếp công dân',
      },
      'Nghị định số 64/2014/NĐ-CP ngày 26/06/2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Tiếp công dân',
    ],
    [
      'a document dated only by month, without number or issuer',
      { kind: 'bao-cao', date: '2023-06', title: 'sơ kết 6 tháng' },
      'Báo cáo ngày 06/2023 sơ kết 6 tháng',
    ],
    ['a reference with only a title', { title: 'Luật Tổ chức chính quyền địa phương' }, 'Luật Tổ chức chính quyền địa phương'],
  ])('cites %s', (_name, ref, expected) => {
    expect(citationText(ref)).toBe(expected);
  });
});

describe('signatureLines', () => {
  it.each<[string, Signer, string[]]>([
    ['TM for the committee', { authority: 'TM', onBehalfOf: 'Ủy ban nhân dân', position: 'Chủ tịch' }, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    ['KT for the chair', { authority: 'KT', onBehalfOf: 'Chủ tịch', position: 'Phó Chủ tịch' }, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    ['TL for the chair', { authority: 'TL', onBehalfOf: 'Chủ tịch', position: 'Chánh Văn phòng' }, ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']],
    ['Q as acting chair', { authority: 'Q', position: 'Chủ tịch' }, ['Q. CHỦ TỊCH']],
    [
      'TM with a deputy signing for the chair on three lines',
      { authority: 'TM', onBehalfOf: 'Ủy ban nhân dân', deputyOf: 'Chủ tịch', position: 'Phó Chủ tịch' },
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ],
    ['no authority when the chair signs in person', { position: 'Chủ tịch', name: 'Nguyễn Văn A' }, ['CHỦ TỊCH']],
  ])('prints %s in capitals', (_name, signer, expected) => {
    expect(signatureLines(signer)).toEqual(expected);
  });
});

describe('signerSummary', () => {
  it.each<[string, Signer, string]>([
    [
      'TM',
      { authority: 'TM', onBehalfOf: 'Ủy ban nhân dân', position: 'Chủ tịch', name: 'Nguyễn Trọng Thành' },
      'Chủ tịch Nguyễn Trọng Thành (TM. Ủy ban nhân dân)',
    ],
    ['KT without a name', { authority: 'KT', onBehalfOf: 'Chủ tịch', position: 'Phó Chủ tịch' }, 'Phó Chủ tịch (KT. Chủ tịch)'],
    ['Q', { authority: 'Q', position: 'Chủ tịch', name: 'Lê Văn B' }, 'Q. Chủ tịch Lê Văn B'],
    [
      'TM and a deputy signing for the chair',
      { authority: 'TM', onBehalfOf: 'Ủy ban nhân dân', deputyOf: 'Chủ tịch', position: 'Phó Chủ tịch', name: 'Trần Văn C' },
      'Phó Chủ tịch Trần Văn C (TM. Ủy ban nhân dân, KT. Chủ tịch)',
    ],
    ['no authority', { position: 'Chủ tịch', name: 'Lê Văn B' }, 'Chủ tịch Lê Văn B'],
    ['no authority and no name', { position: 'Chủ tịch' }, 'Chủ tịch'],
  ])('sums up a signer with %s in one line', (_name, signer, expected) => {
    expect(signerSummary(signer)).toBe(expected);
  });
});

describe('recipientLine', () => {
  it.each([
    [{ name: 'UBND huyện', purpose: 'b/c' }, false, '- UBND huyện (b/c);'],
    [{ name: 'Như Điều 3' }, false, '- Như Điều 3;'],
    [{ name: 'Lưu VP.UBND' }, true, '- Lưu VP.UBND.'],
    [{ name: 'Các thôn, tổ dân phố', purpose: 't/h' }, true, '- Các thôn, tổ dân phố (t/h).'],
  ] as const)('writes %o (last: %s) as "%s"', (recipient, isLast, expected) => {
    expect(recipientLine(recipient, isLast)).toBe(expected);
  });
});

describe('documentHeading', () => {
  it.each([
    [
      { kind: 'ke-hoach', title: 'Thực hiện công tác dân vận chính quyền năm 2023' },
      'Kế hoạch thực hiện công tác dân vận chính quyền năm 2023',
    ],
    [{ kind: 'quyet-dinh', title: 'Ban hành Nội quy tiếp công dân' }, 'Quyết định ban hành Nội quy tiếp công dân'],
    [{ kind: 'bao-cao', title: 'Đánh giá kết quả 6 tháng' }, 'Báo cáo đánh giá kết quả 6 tháng'],
    [{ kind: 'thong-bao', title: 'lịch tiếp công dân' }, 'Thông báo lịch tiếp công dân'],
    [{ kind: 'thong-bao', title: 'UBND thị trấn tổ chức Tết trồng cây' }, 'Thông báo UBND thị trấn tổ chức Tết trồng cây'],
    [{ kind: 'ke-hoach', title: 'Đak Đoa xanh – sạch – đẹp năm 2024' }, 'Kế hoạch Đak Đoa xanh – sạch – đẹp năm 2024'],
    [{ kind: 'bao-cao', title: 'Nông thôn mới năm 2023' }, 'Báo cáo nông thôn mới năm 2023'],
  ] as const)('joins kind and title of %o as "%s"', (doc, expected) => {
    expect(documentHeading(doc)).toBe(expected);
  });
});
