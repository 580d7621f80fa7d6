import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';
import type { Bilingual } from '../schemas/issues';
import type { ContentProblem } from './problems';
import { FRONTMATTER } from './source-text';

/** Frontmatter read from a content file, with a way to find the line of any field. */
export interface ParsedSource {
  data: Record<string, unknown>;
  /** Line of the field at `path` in the file (1-based), or of its nearest parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

type ParsedYaml = { ok: true; source: ParsedSource } | { ok: false; problem: ContentProblem };

function asRecord(data: unknown): Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The YAML's values, or undefined where js-yaml finds anything wrong (a duplicate key, say). */
function quickValues(text: string): Record<string, unknown> | undefined {
  try {
    return asRecord(load(text, { schema: CORE_SCHEMA }));
  } catch {
    return undefined;
  }
}

/**
 * Parses YAML text with the YAML 1.2 core schema, so dates stay as the text
 * written (an impossible 2023-02-30 is reported, never rolled into March).
 * `lineOffset` is the number of lines before the YAML in its file.
 *
 * js-yaml reads the values, nine times faster than the parser that keeps each node's place;
 * that one runs only to report a fault or find a field's line, which few files need.
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): ParsedYaml {
  const data = quickValues(text);
  if (data === undefined) return parseWithPlaces(file, text, lineOffset);
  let placed: ParsedYaml | undefined;
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    placed ??= parseWithPlaces(file, text, lineOffset);
    // Should the placing parser refuse what js-yaml read, the YAML's first line is still near.
    return placed.ok ? placed.source.lineOf(path) : lineOffset + 1;
  };
  return { ok: true, source: { data, lineOf } };
}

/** What the YAML parser found wrong: its error code and message, and the line in the YAML (1-based). */
interface YamlFault {
  code: string;
  message: string;
  line: number | undefined;
}

/**
 * The first thing that stops the YAML being read. Besides the parser's errors: a tag (`!x`),
 * which it only warns of but js-yaml, and so Astro, refuses; and an alias (`*x`) to no anchor,
 * on which `toJS()` would throw instead of reporting.
 */
function firstFault(doc: Document.Parsed, lineCounter: LineCounter): YamlFault | undefined {
  const error = doc.errors[0] ?? doc.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (error) return { code: error.code, message: error.message.split('\n')[0] ?? '', line: error.linePos?.[0]?.line };
  const unresolved: Alias[] = [];
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) !== undefined) return undefined;
      unresolved.push(alias);
      return visit.BREAK;
    },
  });
  const [alias] = unresolved;
  if (!alias) return undefined;
  const start = alias.range?.[0];
  return {
    code: 'BAD_ALIAS',
    message: `Unresolved alias: ${alias.source}`,
    line: start === undefined ? undefined : lineCounter.linePos(start).line,
  };
}

function parseWithPlaces(file: string, text: string, lineOffset: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter, uniqueKeys: true });
  const fault = firstFault(doc, lineCounter);
  if (fault) return { ok: false, problem: yamlProblem(file, text, lineOffset, fault) };
  const record = asRecord(doc.toJS() ?? {});
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let offset: number | undefined = (doc.contents as Node | null)?.range?.[0];
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        offset = (pair.key as Node | null)?.range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
  };
  return { ok: true, source: { data: record, lineOf } };
}

/** `key: value` on one line, a list item's dash before it allowed. */
const PAIR = /^(\s*(?:-\s+)?)([^\s:#"'][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s+(.*?))?\s*$/;

/** The fault, with the text around it, that each reading below looks at. */
interface FaultContext {
  fault: YamlFault;
  lines: readonly string[];
  /** Line of the fault in the YAML (1-based), as the parser gives it. */
  line: number | undefined;
  /** The text of a YAML line, '' beyond the text. */
  textAt(line: number | undefined): string;
  /** Key and value of the fault's line, when it is a `key: value` line. */
  key: string;
  value: string;
  /** Lines before the YAML in its file, to name other lines as the report does. */
  lineOffset: number;
}

/** What to tell the clerk; `line` when the mistake is on another line than where the parser stopped. */
interface Reading {
  line?: number;
  problem: Bilingual;
  expected: Bilingual;
}

const indentOf = (row: string): number => /^\s*/.exec(row)?.[0].length ?? 0;

/** A value as the clerk should write it: the whole of it in double quotes. */
function quoted(key: string, value: string): string {
  return `${key}: "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The last line, from the fault's upwards, for which `test` holds: where a quote or bracket left open was opened. */
function openedAt(context: FaultContext, test: (row: string) => boolean): number | undefined {
  for (let at = context.line ?? context.lines.length; at >= 1; at--) if (test(context.textAt(at))) return at;
  return context.line;
}

function tabIndent({ fault, line, textAt }: FaultContext): Reading | undefined {
  if (fault.code !== 'TAB_AS_INDENT' && !/^\s*\t/.test(textAt(line))) return undefined;
  return {
    problem: { vi: 'dòng này thụt lề bằng phím Tab', en: 'this line is indented with a tab' },
    expected: {
      vi: 'thụt lề bằng dấu cách (hai dấu cách cho mỗi cấp), không dùng phím Tab',
      en: 'indent with spaces (two for each level), never with a tab',
    },
  };
}

function duplicateKey({ fault, lines, line, textAt, key, lineOffset }: FaultContext): Reading | undefined {
  if (fault.code !== 'DUPLICATE_KEY' || key === '') return undefined;
  const indent = indentOf(textAt(line));
  const first = lines.findIndex((row, i) => i < (line ?? 0) - 1 && indentOf(row) === indent && PAIR.exec(row)?.[2] === key);
  const where =
    first < 0
      ? { vi: '', en: '' }
      : { vi: ` (lần đầu ở dòng ${first + 1 + lineOffset})`, en: ` (first on line ${first + 1 + lineOffset})` };
  return {
    problem: { vi: `khóa "${key}" viết hai lần${where.vi}`, en: `the key "${key}" is written twice${where.en}` },
    expected: {
      vi: `mỗi khóa chỉ viết một lần: xóa một trong hai dòng "${key}:", hoặc gộp hai giá trị làm một`,
      en: `each key once: delete one of the two "${key}:" lines, or merge the two values into one`,
    },
  };
}

function unclosedQuote(context: FaultContext): Reading | undefined {
  const mark = /^Missing closing (["'])quote/.exec(context.fault.message)?.[1];
  if (context.fault.code !== 'MISSING_CHAR' || mark === undefined) return undefined;
  // The parser stops where the text ends; the clerk needs the line where the quote opened.
  const line = openedAt(context, (row) => (row.replace(/\\./g, '').split(mark).length - 1) % 2 === 1);
  const opened = context.textAt(line).trim();
  const name = mark === '"' ? { vi: 'ngoặc kép "', en: 'double quote "' } : { vi: "nháy đơn '", en: "single quote '" };
  return {
    ...(line !== undefined ? { line } : {}),
    problem: { vi: `dấu ${name.vi} mở đầu giá trị mà chưa được đóng`, en: `a ${name.en} opens the value but is never closed` },
    expected: {
      vi: `đóng dấu ${mark} ở cuối giá trị, trên cùng dòng: ${opened}${mark}; muốn có ngoặc kép trong câu thì dùng “ ”`,
      en: `the closing ${mark} at the end of the value, on the same line: ${opened}${mark}; quotes inside the text written “ ”`,
    },
  };
}

function unquotedColon({ key, value }: FaultContext): Reading | undefined {
  if (!/:(?:\s|$)/.test(value) || /^["'[{|>]/.test(value)) return undefined;
  return {
    problem: {
      vi: 'giá trị có dấu hai chấm ":" mà không đặt trong ngoặc kép, nên phần sau dấu hai chấm bị hiểu là một trường khác',
      en: 'the value contains a colon ":" and is not in double quotes, so what follows the colon is read as another field',
    },
    expected: {
      vi: `đặt cả giá trị trong ngoặc kép: ${quoted(key, value)}`,
      en: `the whole value in double quotes: ${quoted(key, value)}`,
    },
  };
}

function textAfterQuote({ value }: FaultContext): Reading | undefined {
  if (!/^"(?:[^"\\]|\\.)*"\s*[^\s#]|^'(?:[^']|'')*'\s*[^\s#]/.test(value)) return undefined;
  return {
    problem: {
      vi: 'có chữ sau dấu ngoặc kép đóng: một dấu ngoặc kép giữa câu đã kết thúc giá trị',
      en: 'there is text after the closing quote: a quote inside the text ended the value',
    },
    expected: {
      vi: 'một cặp ngoặc kép bao quanh cả giá trị; ngoặc kép bên trong câu viết “ ” (hoặc \\")',
      en: 'one pair of double quotes around the whole value; quotes inside the text written “ ” (or \\")',
    },
  };
}

/** `@` and backtick are reserved; `*`, `!`, `%`, `&` start an alias, a tag, a directive, an anchor. */
function reservedStart({ key, value }: FaultContext): Reading | undefined {
  const sign = /^[@`%*!&]/.exec(value)?.[0];
  if (sign === undefined) return undefined;
  return {
    problem: {
      vi: `giá trị bắt đầu bằng "${sign}", một ký hiệu riêng của YAML`,
      en: `the value starts with "${sign}", a sign YAML reserves`,
    },
    expected: {
      vi: `đặt cả giá trị trong ngoặc kép: ${quoted(key, value)}`,
      en: `the whole value in double quotes: ${quoted(key, value)}`,
    },
  };
}

function listOnKeyLine({ key, value }: FaultContext): Reading | undefined {
  if (!/^-\s/.test(value)) return undefined;
  return {
    problem: { vi: 'mục danh sách "- " viết cùng dòng với tên trường', en: 'a "- " list item is on the same line as its field name' },
    expected: {
      vi: `"${key}:" một mình một dòng, rồi mỗi mục một dòng bên dưới bắt đầu bằng "  - ", hoặc ${key}: ["…", "…"]`,
      en: `"${key}:" on a line of its own, then one item per line below starting with "  - ", or ${key}: ["…", "…"]`,
    },
  };
}

/** A backslash in double quotes starts an escape (`\n`, `\"`): `"Số 12\KH"` is not one. */
function badEscape({ fault }: FaultContext): Reading | undefined {
  if (fault.code !== 'BAD_DQ_ESCAPE') return undefined;
  return {
    problem: {
      vi: 'dấu \\ trong ngoặc kép mở đầu một ký tự đặc biệt, mà ký tự theo sau không phải loại đó',
      en: 'a \\ inside double quotes starts an escape, and what follows it is not one',
    },
    expected: {
      vi: "viết \\\\ cho một dấu \\, dùng dấu / thay cho \\, hoặc đặt giá trị trong nháy đơn '…'",
      en: "write \\\\ for one \\, use / instead of \\, or put the value in single quotes '…'",
    },
  };
}

/** A `---` line in a .yaml file begins a second document, which the file cannot have. */
function secondDocument({ fault }: FaultContext): Reading | undefined {
  if (fault.code !== 'MULTIPLE_DOCS') return undefined;
  return {
    problem: { vi: 'dòng "---" chia tệp thành hai phần', en: 'a "---" line splits the file in two' },
    expected: { vi: 'xóa dòng "---": tệp chỉ có một phần thông tin', en: 'delete the "---" line: the file holds one set of fields' },
  };
}

function unclosedBracket(context: FaultContext): Reading | undefined {
  const kind = /^Flow (sequence|map) /.exec(context.fault.message)?.[1];
  if (kind === undefined) return undefined;
  const [open, close] = kind === 'map' ? ['{', '}'] : ['[', ']'];
  // As with a quote, the parser stops where the text ends; find the line that opened the bracket.
  const line = openedAt(context, (row) => row.split(open).length > row.split(close).length);
  return {
    ...(line !== undefined ? { line } : {}),
    problem:
      kind === 'map'
        ? { vi: 'nhóm mở bằng "{" mà chưa đóng bằng "}"', en: 'a group opened with "{" is not closed with "}"' }
        : { vi: 'danh sách mở bằng "[" mà chưa đóng bằng "]"', en: 'a list opened with "[" is not closed with "]"' },
    expected:
      kind === 'map'
        ? {
            vi: 'đóng "}" ở cuối, trên cùng dòng, các trường cách nhau bằng dấu phẩy, ví dụ - { file: "bao-cao.pdf", title: "Báo cáo" }',
            en: 'the closing "}" at the end, on the same line, fields separated by commas, e.g. - { file: "bao-cao.pdf", title: "Báo cáo" }',
          }
        : {
            vi: 'đóng "]" ở cuối, trên cùng dòng, các mục cách nhau bằng dấu phẩy, ví dụ fields: ["Tiếp công dân", "Đất đai"]; hoặc viết mỗi mục một dòng bắt đầu bằng "- "',
            en: 'the closing "]" at the end, on the same line, items separated by commas, e.g. fields: ["Tiếp công dân", "Đất đai"]; or one item per line starting with "- "',
          },
  };
}

function missingColon({ line, textAt }: FaultContext): Reading | undefined {
  const row = textAt(line).trim();
  if (row === '' || /^[#\-"'[{]/.test(row) || row.includes(':')) return undefined;
  return {
    problem: { vi: 'dòng này không có dấu hai chấm sau tên trường', en: 'this line has no colon after the field name' },
    expected: {
      vi: 'mỗi dòng viết "tên: giá trị" (dấu hai chấm rồi một dấu cách); giá trị dài thì viết trên một dòng, trong ngoặc kép',
      en: 'one "name: value" per line (a colon, then a space); a long value on one line, in double quotes',
    },
  };
}

function badIndentation({ fault, lines, line, textAt, value }: FaultContext): Reading | undefined {
  if (!['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY'].includes(fault.code)) return undefined;
  // "kind: x" then "  title: y": the parser stops on the first line, but the second is the one to fix.
  const next = line === undefined ? -1 : lines.findIndex((row, i) => i >= line && row.trim() !== '');
  const deeper = next >= 0 && value !== '' && indentOf(lines[next] ?? '') > indentOf(textAt(line));
  return {
    ...(deeper ? { line: next + 1 } : {}),
    problem: {
      vi: 'dòng này thụt lề không khớp với các dòng cùng cấp',
      en: "this line's indentation does not match the lines at its level",
    },
    expected: {
      vi: 'các trường cùng cấp bắt đầu ở cùng một cột; chỉ các dòng bên trong một nhóm (như signer:) mới thụt vào, hai dấu cách cho mỗi cấp',
      en: 'fields at one level start in the same column; only the lines inside a group (such as signer:) are indented, two spaces per level',
    },
  };
}

/** In order: the first that recognises the fault explains it. */
const READINGS = [
  tabIndent,
  duplicateKey,
  unclosedQuote,
  unquotedColon,
  textAfterQuote,
  reservedStart,
  listOnKeyLine,
  badEscape,
  secondDocument,
  unclosedBracket,
  missingColon,
  badIndentation,
];

/**
 * A YAML fault said as what to change on which line, in words a clerk knows: the parser's own
 * message ("Nested mappings are not allowed in compact mappings") names YAML's grammar, not
 * the colon left unquoted in a title. Its words stay, in English, only where no reading fits.
 */
/** What YAML the top of a file needs, said where no more particular reading of the mistake fits. */
export const YAML_EXPECTED: Bilingual = {
  vi: 'phần đầu tệp viết đúng cú pháp YAML: mỗi dòng "tên: giá trị", thụt lề bằng dấu cách, chuỗi có dấu hai chấm thì đặt trong ngoặc kép',
  en: 'valid YAML: one "name: value" per line, indented with spaces, strings containing a colon in double quotes',
};

function yamlProblem(file: string, text: string, lineOffset: number, fault: YamlFault): ContentProblem {
  const lines = text.split(/\r?\n/);
  const textAt = (at: number | undefined): string => (at === undefined ? '' : (lines[at - 1] ?? ''));
  const pair = PAIR.exec(textAt(fault.line));
  const context: FaultContext = { fault, lines, line: fault.line, textAt, key: pair?.[2] ?? '', value: pair?.[3] ?? '', lineOffset };
  const parserWords = fault.message.replace(/ at line \d+, column \d+:?$/, '');
  const reading = READINGS.reduce<Reading | undefined>((found, read) => found ?? read(context), undefined) ?? {
    problem: { vi: 'phần đầu tệp sai cú pháp YAML', en: `the YAML could not be read (the parser says: ${parserWords})` },
    expected: YAML_EXPECTED,
  };
  const line = reading.line ?? fault.line;
  // The line as the clerk wrote it is what they will recognise; the parser's words, only without one.
  const found = line === undefined ? parserWords : textAt(line).trimEnd();
  return {
    file,
    ...(line !== undefined ? { line: line + lineOffset } : {}),
    field: '(YAML)',
    found,
    problem: reading.problem,
    expected: reading.expected,
  };
}

/** Splits the `---` fenced frontmatter off a Markdown or MDX file and parses it. */
export function parseFrontmatter(file: string, text: string): ParsedYaml {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        field: '(frontmatter)',
        found: text.slice(0, 40),
        expected: {
          vi: 'tệp bắt đầu bằng phần thông tin giữa hai dòng "---"',
          en: 'the file starts with its metadata between two "---" lines',
        },
      },
    };
  }
  return parseYamlSource(file, match[1] ?? '', 1);
}
