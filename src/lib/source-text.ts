import fs from 'node:fs';

/** Windows Notepad begins a UTF-8 file with a byte-order mark, which would hide its opening `---`. */
const BYTE_ORDER_MARK = '\uFEFF';

/** A content file's text, without the byte-order mark some editors put at its start. */
export function readSourceText(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
}
