import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import fs from 'node:fs';

// Unlike readFileSync(file, 'utf8'), a decoder drops the byte-order mark Windows Notepad puts at the
// start of a UTF-8 file, which would otherwise hide its opening `---`. Bytes that are not UTF-8 become U+FFFD.
const decoder = new TextDecoder('utf-8');

/** The first line of a file that is not UTF-8: its number, and its text as far as it can be read. */
export interface UndecodableLine {
  line: number;
  text: string;
}

/** A content file as read: its text, and where it stops being UTF-8 if it does. */
export interface SourceFile {
  text: string;
  undecodable?: UndecodableLine;
  /** Saved as UTF-16 ("Unicode" in Notepad's list): read as such, but not how the site keeps its files. */
  utf16?: boolean;
}

/**
 * The UTF-16 byte order of a file saved so, by its byte-order mark. Notepad calls UTF-16 "Unicode";
 * read as UTF-8, every other byte of it is a NUL.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The line holding the first byte that is not UTF-8, in a file known to hold one. A newline byte
 * never occurs inside a UTF-8 sequence, so each line can be tested on its own.
 */
function firstUndecodableLine(bytes: Uint8Array): UndecodableLine {
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    const piece = bytes.subarray(start, end === -1 ? bytes.length : end);
    if (end === -1 || !isUtf8(piece)) return { line, text: decoder.decode(piece).replace(/\r$/, '') };
    start = end + 1;
  }
}

/**
 * Reads a content file as UTF-8 in composed form (NFC). Unikey's "Unicode tổ hợp" writes a letter and
 * its tone marks as separate characters; composing them here, where both the checks and the prose
 * loader read, makes a field typed either way equal to the list in site.yaml, and gives the pages and
 * the search index one spelling. A file saved in another encoding ("ANSI", Windows-1258) is read with
 * U+FFFD for what cannot be decoded, and its first such line is given for the check to report.
 */
export function readSourceFile(file: string): SourceFile {
  const bytes = fs.readFileSync(file);
  const order = utf16Order(bytes);
  if (order !== undefined) return { text: new TextDecoder(order).decode(bytes).normalize('NFC'), utf16: true };
  const text = decoder.decode(bytes).normalize('NFC');
  return isUtf8(bytes) ? { text } : { text, undecodable: firstUndecodableLine(bytes) };
}

/** A content file's text, composed (NFC), without the byte-order mark some editors put at its start. */
export function readSourceText(file: string): string {
  return readSourceFile(file).text;
}

/** The YAML between the two `---` lines that open a Markdown or MDX content file. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * A Markdown or MDX file's prose: its text with the frontmatter blanked line for line, so that a
 * fault found in the prose is reported at the file's own line number.
 */
export function proseOf(text: string): string {
  const match = FRONTMATTER.exec(text);
  return match ? '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length) : text;
}

/** A text's fingerprint: the same text gives the same digest in every thread and every build. */
export function digestOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
