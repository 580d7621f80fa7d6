import { describe, expect, it } from 'vitest';
import {
  firstKeepingReal,
  DOCUMENTS_PER_PAGE,
  documentKinds,
  documentListPages,
  listFacets,
  documentYears,
  listPageHref,
  listPagePath,
} from '../../src/lib/document-lists';
import type { DocumentEntry } from '../../src/lib/documents';
import type { DocumentData } from '../../src/schemas/document';

function entry(id: string, kind: DocumentData['kind'], issued: string): DocumentEntry {
  return {
    id,
    data: {
      sample: false,
      draft: false,
      kind,
      title: id,
      issuer: 'Ủy ban nhân dân thị trấn Đak Đoa',
      place: 'Đak Đoa',
      issued,
      signer: { position: 'Chủ tịch' },
      recipients: [],
      implements: [],
      legalBases: [],
      supersedes: [],
      fields: [],
      localities: [],
      attachments: [],
      changes: [],
      aliases: [],
    },
  };
}

const docs = [
  entry('kh-2023', 'ke-hoach', '2023-01-17'),
  entry('bc-6-thang', 'bao-cao', '2023-06-20'),
  entry('qd-2022', 'quyet-dinh', '2022-03-15'),
  entry('bc-nam', 'bao-cao', '2023-12-15'),
  entry('tb-lich', 'thong-bao', '2023-03-01'),
];

describe('documentListPages', () => {
  const pages = documentListPages(docs, 2);

  it('publishes every list, then each year newest first, then each kind in table order, split two to a page', () => {
    expect(pages.map((p) => p.path)).toEqual([
      undefined,
      'trang/2',
      'trang/3',
      'nam/2023',
      'nam/2023/trang/2',
      'nam/2022',
      'loai/ke-hoach',
      'loai/quyet-dinh',
      'loai/thong-bao',
      'loai/bao-cao',
    ]);
  });

  it('fills each page with its documents, newest first', () => {
    expect(pages.map((p) => p.items.map((d) => d.id))).toEqual([
      ['bc-nam', 'bc-6-thang'],
      ['tb-lich', 'kh-2023'],
      ['qd-2022'],
      ['bc-nam', 'bc-6-thang'],
      ['tb-lich', 'kh-2023'],
      ['qd-2022'],
      ['kh-2023'],
      ['qd-2022'],
      ['tb-lich'],
      ['bc-nam', 'bc-6-thang'],
    ]);
  });

  it('tells each page its number, the last page and the first page of its list', () => {
    expect(pages.map(({ page, lastPage, basePath }) => [page, lastPage, basePath])).toEqual([
      [1, 3, undefined],
      [2, 3, undefined],
      [3, 3, undefined],
      [1, 2, 'nam/2023'],
      [2, 2, 'nam/2023'],
      [1, 1, 'nam/2022'],
      [1, 1, 'loai/ke-hoach'],
      [1, 1, 'loai/quyet-dinh'],
      [1, 1, 'loai/thong-bao'],
      [1, 1, 'loai/bao-cao'],
    ]);
  });

  it('marks year pages with their year and kind pages with their kind, and nothing on the full list', () => {
    expect(pages.map((p) => [p.year, p.kind])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [2023, undefined],
      [2023, undefined],
      [2022, undefined],
      [undefined, 'ke-hoach'],
      [undefined, 'quyet-dinh'],
      [undefined, 'thong-bao'],
      [undefined, 'bao-cao'],
    ]);
    expect('year' in pages[0]!).toBe(false);
    expect('kind' in pages[0]!).toBe(false);
  });

  it('puts everything on one page per list at the default of 50 a page', () => {
    expect(DOCUMENTS_PER_PAGE).toBe(50);
    expect(documentListPages(docs).map((p) => [p.path, p.items.length])).toEqual([
      [undefined, 5],
      ['nam/2023', 4],
      ['nam/2022', 1],
      ['loai/ke-hoach', 1],
      ['loai/quyet-dinh', 1],
      ['loai/thong-bao', 1],
      ['loai/bao-cao', 2],
    ]);
  });

  it('still publishes an empty first page when there are no documents', () => {
    expect(documentListPages([], 2)).toEqual([{ path: undefined, page: 1, lastPage: 1, basePath: undefined, total: 0, items: [] }]);
  });

  it('ends a list that fills its pages exactly without an empty extra page', () => {
    expect(
      documentListPages(docs.slice(0, 4), 2)
        .filter((p) => p.basePath === undefined)
        .map((p) => p.path),
    ).toEqual([undefined, 'trang/2']);
  });
});

describe('documentYears and documentKinds', () => {
  it('lists the years that have documents, newest first, once each', () => {
    expect(documentYears(docs)).toEqual([2023, 2022]);
  });

  it('lists the kinds that have documents in the order of the kinds table', () => {
    expect(documentKinds(docs)).toEqual(['ke-hoach', 'quyet-dinh', 'thong-bao', 'bao-cao']);
  });
});

describe('listPagePath', () => {
  it.each<[string | undefined, number, string | undefined]>([
    [undefined, 1, undefined],
    [undefined, 2, 'trang/2'],
    ['nam/2023', 1, 'nam/2023'],
    ['nam/2023', 2, 'nam/2023/trang/2'],
    ['loai/bao-cao', 12, 'loai/bao-cao/trang/12'],
  ])('puts the list first found at %s, page %i, at %s', (basePath, page, expected) => {
    expect(listPagePath(basePath, page)).toBe(expected);
  });
});

describe('listPageHref', () => {
  it.each<[string | undefined, string]>([
    [undefined, '/van-ban/'],
    ['trang/2', '/van-ban/trang/2/'],
    ['nam/2023/trang/2', '/van-ban/nam/2023/trang/2/'],
    ['loai/bao-cao', '/van-ban/loai/bao-cao/'],
  ])('links the list page %s at %s', (path, expected) => {
    expect(listPageHref(path)).toBe(expected);
  });
});

describe('list facets', () => {
  it('count each year and each kind once, newest year first, kinds in table order', () => {
    const docs = [entry('a', 'bao-cao', '2023-05-03'), entry('b', 'ke-hoach', '2023'), entry('c', 'bao-cao', '2022-01-10')];
    expect(listFacets(docs)).toEqual({
      total: 3,
      years: [
        { year: 2023, count: 2 },
        { year: 2022, count: 1 },
      ],
      kinds: [
        { kind: 'ke-hoach', count: 1 },
        { kind: 'bao-cao', count: 2 },
      ],
      units: [],
    });
  });

  it('count the documents of each former unit, in site order, and list each unit that has any on its own pages', () => {
    const docs = [entry('a', 'bao-cao', '2025-05-03'), entry('b', 'ke-hoach', '2024'), entry('c', 'bao-cao', '2025-08-10')];
    // a and b are the first former unit's by date; none is the second's; c is the current unit's.
    const units = { ids: ['xa-cu', 'xa-khac', 'thi-tran-cu'], of: (doc: { id: string }) => (doc.id === 'c' ? undefined : 'thi-tran-cu') };
    expect(listFacets(docs, units).units).toEqual([{ unit: 'thi-tran-cu', count: 2 }]);
    const pages = documentListPages(docs, 1, units).filter((p) => p.unit !== undefined);
    expect(pages.map((p) => [p.path, p.unit, p.items.map((d) => d.id)])).toEqual([
      ['don-vi/thi-tran-cu', 'thi-tran-cu', ['a']],
      ['don-vi/thi-tran-cu/trang/2', 'thi-tran-cu', ['b']],
    ]);
  });

  it('give each list page the size of its own list', () => {
    const docs = [entry('a', 'bao-cao', '2023-05-03'), entry('b', 'ke-hoach', '2023'), entry('c', 'bao-cao', '2022')];
    const pages = documentListPages(docs, 2);
    expect(pages.find((p) => p.path === 'nam/2023')?.total).toBe(2);
    expect(pages.find((p) => p.path === undefined)?.total).toBe(3);
  });
});

describe('firstKeepingReal', () => {
  const item = (id: string, sample: boolean): { id: string; data: { sample: boolean } } => ({ id, data: { sample } });
  const sorted = [item('s1', true), item('s2', true), item('s3', true), item('r1', false), item('s4', true), item('r2', false)];

  it('keeps every real item a short list has room for, in the order given, before any sample', () => {
    expect(firstKeepingReal(sorted, 4).map((i) => i.id)).toEqual(['s1', 's2', 'r1', 'r2']);
    expect(firstKeepingReal(sorted, 2).map((i) => i.id)).toEqual(['r1', 'r2']);
  });

  it('fills the rest with the first samples, and takes all when there is room', () => {
    expect(firstKeepingReal(sorted, 10)).toEqual(sorted);
    expect(firstKeepingReal([item('s1', true), item('s2', true)], 1).map((i) => i.id)).toEqual(['s1']);
  });
});
