/** One CSV column: its header and how to read it from a record. */
export interface CsvColumn<T> {
  key: string;
  /** What the column holds, shown on the open data page. */
  description: string;
  value: (record: T) => string | number | boolean | undefined;
}

/**
 * Text a spreadsheet would take for a formula. A clerk's "- Sửa đường" or "+84 …" would show as
 * an error, and a crafted "=HYPERLINK(…)" would run on the reader's computer (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const cell = (value: string | number | boolean | undefined): string => {
  // Numbers stay numbers; text that starts like a formula is kept as text by a leading apostrophe,
  // which spreadsheets read as "this cell is text".
  const text = value === undefined ? '' : typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 byte order mark, without which
 * spreadsheet programs on Windows read Vietnamese letters as mojibake.
 */
export function renderCsv<T>(columns: readonly CsvColumn<T>[], records: readonly T[]): string {
  const lines = [columns.map((c) => cell(c.key)), ...records.map((r) => columns.map((c) => cell(c.value(r))))];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}
