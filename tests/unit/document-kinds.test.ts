import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KIND_IDS,
  DOCUMENT_KINDS,
  ISSUABLE_KIND_IDS,
  kindCode,
  kindName,
  numberMatchesKind,
  type DocumentKindId,
} from '../../src/vocabulary/document-kinds';

describe('kindName and kindCode', () => {
  it.each<[DocumentKindId, string, string | undefined]>([
    ['ke-hoach', 'Kế hoạch', 'KH'],
    ['quyet-dinh', 'Quyết định', 'QĐ'],
    ['bao-cao', 'Báo cáo', 'BC'],
    ['chuong-trinh', 'Chương trình', 'CTr'],
    ['quy-dinh', 'Quy định', 'QyĐ'],
    ['cong-van', 'Công văn', undefined],
    ['luat', 'Luật', undefined],
    ['nghi-dinh', 'Nghị định', 'NĐ'],
  ])('names %s "%s" with the code %s', (kind, name, code) => {
    expect(kindName(kind)).toBe(name);
    expect(kindCode(kind)).toBe(code);
  });
});

describe('the kinds table', () => {
  it('lists every kind once, in table order', () => {
    expect(DOCUMENT_KIND_IDS).toEqual(Object.keys(DOCUMENT_KINDS));
    expect(DOCUMENT_KIND_IDS).toHaveLength(20);
  });

  it('lets a commune issue everything except laws, decrees, circulars, conclusions and thông tri', () => {
    expect(DOCUMENT_KIND_IDS.filter((kind) => !ISSUABLE_KIND_IDS.includes(kind))).toEqual([
      'luat',
      'nghi-dinh',
      'thong-tu',
      'ket-luan',
      'thong-tri',
    ]);
    expect(ISSUABLE_KIND_IDS).toHaveLength(15);
  });
});

describe('numberMatchesKind', () => {
  it.each<[string, DocumentKindId, boolean]>([
    ['12/KH-UBND', 'ke-hoach', true],
    ['45/BC-UBND', 'bao-cao', true],
    ['45/BC-UBND', 'ke-hoach', false],
    ['21/QĐ-UBND', 'quyet-dinh', true],
    ['21/QD-UBND', 'quyet-dinh', false],
    ['7/CTr-UBND', 'chuong-trinh', true],
    ['7/CT-UBND', 'chuong-trinh', false],
    ['7/CT-UBND', 'chi-thi', true],
    ['3/TTr-UBND', 'to-trinh', true],
    ['12/KH', 'ke-hoach', true],
    ['12-KH-UBND', 'ke-hoach', false],
    ['35/UBND-VP', 'cong-van', true],
    ['anything at all', 'cong-van', true],
    ['35/KH-UBND', 'cong-van', false],
    ['42/2013/QH13', 'luat', true],
  ])('says whether %j carries the code of %s: %s', (number, kind, matches) => {
    expect(numberMatchesKind(number, kind)).toBe(matches);
  });

  // Nghị định 30/2020, Phụ lục I: a legal normative document carries its year,
  // "Số: 15/2023/QĐ-UBND", and a commune People's Committee issues such decisions.
  it.each<[string, DocumentKindId]>([
    ['15/2023/QĐ-UBND', 'quyet-dinh'],
    ['05/2023/NQ-HĐND', 'nghi-quyet'],
  ])('accepts the year-bearing number %j of a legal normative %s', (number, kind) => {
    expect(numberMatchesKind(number, kind)).toBe(true);
  });
});
