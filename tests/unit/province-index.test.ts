import { describe, expect, it } from 'vitest';
import {
  buildProvinceIndex,
  decodeNumbers,
  encodeNumbers,
  foldedWords,
  intersect,
  orderRecords,
  PREFIX_WORDS,
  recordPlace,
  RECORDS_PER_FILE,
  union,
  wordsOfQuery,
  type ProvinceRecord,
} from '../../src/lib/province-index';
import { provinceConfigSchema } from '../../src/schemas/province';
import { problemOfIssue } from '../../src/schemas/problems';

const record = (title: string, date: string, commune: number, extra: Partial<ProvinceRecord> = {}): ProvinceRecord => ({
  title,
  kind: 'Thông báo',
  date,
  url: `https://xa-${String(commune)}.example.org/van-ban/${encodeURIComponent(title)}/`,
  commune,
  sample: false,
  ...extra,
});

describe('foldedWords', () => {
  it.each([
    ['Kế hoạch tiếp công dân', ['ke', 'hoach', 'tiep', 'cong', 'dan']],
    ['ĐỐI THOẠI ở Đak Đoa', ['doi', 'thoai', 'o', 'dak', 'doa']],
    ['Số 12/KH-UBND', ['so', '12', 'kh', 'ubnd']],
    ['Kế hoạch'.normalize('NFD'), ['ke', 'hoach']],
    ['  ', []],
  ])('reads %j as %j', (text, words) => {
    expect(foldedWords(text)).toEqual(words);
  });
});

describe('item numbers', () => {
  it('are stored as gaps and read back whole', () => {
    expect(encodeNumbers([3, 4, 10, 200])).toEqual([3, 1, 6, 190]);
    expect(decodeNumbers(encodeNumbers([0, 1, 2, 5000]))).toEqual([0, 1, 2, 5000]);
    expect(decodeNumbers([])).toEqual([]);
  });

  it('are combined: every list for the words typed, any list for a prefix', () => {
    expect(
      intersect([
        [1, 3, 5, 7],
        [3, 4, 5],
        [0, 3, 5, 9],
      ]),
    ).toEqual([3, 5]);
    expect(intersect([])).toEqual([]);
    expect(union([[5, 9], [1, 5], [2]])).toEqual([1, 2, 5, 9]);
  });

  it('place an item in its record file', () => {
    expect(recordPlace(0, 200)).toEqual({ file: 0, offset: 0 });
    expect(recordPlace(401, 200)).toEqual({ file: 2, offset: 1 });
  });
});

describe('buildProvinceIndex', () => {
  const records = [
    record('Kế hoạch tiếp công dân năm 2024', '2024', 0, { kind: 'Kế hoạch', number: '12/KH-UBND' }),
    record('Lịch cắt nước', '2026-11-20', 1),
    record('Lịch cắt điện', '2026-11-20', 0),
    record('Kế hoạch chiếu sáng', '2025-03', 2, { kind: 'Kế hoạch', sample: true }),
  ];
  const index = buildProvinceIndex(records, 3);

  it('numbers items newest first, a year or month counting from its first day, then by commune', () => {
    expect(orderRecords(records).map((r) => r.title)).toEqual([
      'Lịch cắt điện',
      'Lịch cắt nước',
      'Kế hoạch chiếu sáng',
      'Kế hoạch tiếp công dân năm 2024',
    ]);
    expect(index.recordFiles).toEqual([
      [
        ['Lịch cắt điện', 'Thông báo', '2026-11-20', null, records[2]?.url, 0, 0],
        ['Lịch cắt nước', 'Thông báo', '2026-11-20', null, records[1]?.url, 1, 0],
        ['Kế hoạch chiếu sáng', 'Kế hoạch', '2025-03', null, records[3]?.url, 2, 1],
        ['Kế hoạch tiếp công dân năm 2024', 'Kế hoạch', '2024', '12/KH-UBND', records[0]?.url, 0, 0],
      ],
    ]);
  });

  it('lists each folded word of the title, kind and number once per item, and each commune’s items', () => {
    expect(decodeNumbers(index.words.get('lich') ?? [])).toEqual([0, 1]);
    expect(decodeNumbers(index.words.get('ke') ?? [])).toEqual([2, 3]);
    expect(decodeNumbers(index.words.get('ubnd') ?? [])).toEqual([3]);
    expect(decodeNumbers(index.words.get('thong') ?? [])).toEqual([0, 1]);
    expect(index.communes.map(decodeNumbers)).toEqual([[0, 3], [1], [2]]);
    expect(index.manifest).toEqual({ records: 4, recordsPerFile: RECORDS_PER_FILE, words: [...index.words.keys()] });
    expect(index.manifest.words).toEqual([...index.manifest.words].sort());
  });

  it('splits the records into files of RECORDS_PER_FILE', () => {
    const many = Array.from({ length: RECORDS_PER_FILE * 2 + 1 }, (_, i) => record(`Mục ${String(i)}`, '2026-01-01', 0));
    expect(buildProvinceIndex(many, 1).recordFiles.map((file) => file.length)).toEqual([RECORDS_PER_FILE, RECORDS_PER_FILE, 1]);
  });
});

describe('wordsOfQuery', () => {
  const vocabulary = ['cat', 'dien', 'hoach', 'ke', 'ken', 'keo', 'lich', 'nuoc'];

  it('asks for each whole word typed, with or without its diacritics', () => {
    expect(wordsOfQuery('kế hoạch', vocabulary)).toEqual([['ke'], ['hoach']]);
    expect(wordsOfQuery('ke hoach', vocabulary)).toEqual([['ke'], ['hoach']]);
  });

  it('takes the last word, while it is being typed, as the start of the words it begins', () => {
    expect(wordsOfQuery('lich ca', vocabulary)).toEqual([['lich'], ['cat']]);
    expect(wordsOfQuery('lich n', vocabulary)).toEqual([['lich'], ['nuoc']]);
  });

  it('answers with no result, before loading anything, a word no item has', () => {
    expect(wordsOfQuery('lich bay', vocabulary)).toBeUndefined();
    expect(wordsOfQuery('ca lich', vocabulary)).toBeUndefined();
  });

  it('stops a short prefix at PREFIX_WORDS words', () => {
    const long = Array.from({ length: 20 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    expect(wordsOfQuery('t', long)?.[0]).toHaveLength(PREFIX_WORDS);
  });
});

describe('provinceConfigSchema', () => {
  it('refuses two communes with one id, at the later one, naming the earlier', () => {
    const result = provinceConfigSchema.safeParse({
      province: 'Gia Lai',
      communes: [
        { id: 'glar', name: 'xã Glar', site: '../glar/dist' },
        { id: 'glar', name: 'xã Glar mới', site: '../glar-moi/dist' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, problemOfIssue(issue.code === 'custom' ? issue.params : undefined)])).toEqual([
      [['communes', 1, 'id'], { code: 'province.duplicateCommune', params: { id: 'glar', index: 0 } }],
    ]);
  });
});
