import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';
import type { ContentProblem, ProblemDescriptor } from '../vocabulary/problems';
import { FRONTMATTER } from './source-text';

/** Frontmatter read from a content file, with a way to find the line of any field. */
export interface ParsedSource {
  data: Record<string, unknown>;
  /** Line of the field at `path` in the file (1-based), or of its nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
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
  const cut = valueCutByComment(text);
  if (cut) {
    const { line, ...params } = cut;
    const field = params.key === '-' ? '(YAML)' : params.key;
    return { ok: false, problem: { file, line: line + lineOffset, field, found: params.value, code: 'yaml.inlineComment', params } };
  }
  let placed: ParsedYaml | undefined;
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    placed ??= parseWithPlaces(file, text, lineOffset);
    // Should the placing parser refuse what js-yaml read, the YAML's first line is still near.
    return placed.ok ? placed.source.lineOf(path) : lineOffset + 1;
  };
  return { ok: true, source: { data, lineOf } };
}

/** A line that opens a block of text (`summary: |`, `- >-`): the lines under it are text, not YAML. */
const BLOCK_START = /:\s*[|>][-+0-9]*\s*(?:#.*)?$|^\s*-\s+[|>][-+0-9]*\s*$/;
/** `key: value` or `- key: value`, and `- value`: where a line's value starts. */
const KEY_VALUE = /^\s*(?:-\s+)?([^\s#"'-][^:#]*?)\s*:\s+(.*)$/;
const LIST_ITEM = /^\s*-\s+(.*)$/;
/** A plain value (not quoted, not a list, map or block) with ` #` and a note after it. */
const PLAIN_THEN_COMMENT = /^([^\s"'#|>&*!{[][^#]*?)\s+#(.*)$/;

/**
 * The first unquoted value that a ` #` cuts short: YAML reads `title: Kế hoạch Tết Trồng cây # 2024`
 * as the title "Kế hoạch Tết Trồng cây" and a note. `npm run new` writes its notes on lines of their
 * own, so a note after a value is taken for text that was meant to be kept.
 */
function valueCutByComment(text: string): { line: number; key: string; value: string; comment: string } | undefined {
  const lines = text.split(/\r?\n/);
  let blockIndent: number | undefined;
  for (const [index, row] of lines.entries()) {
    const indent = indentOf(row);
    if (blockIndent !== undefined && (row.trim() === '' || indent > blockIndent)) continue;
    blockIndent = BLOCK_START.test(row) ? indent : undefined;
    if (/^\s*#/.test(row)) continue;
    const pair = KEY_VALUE.exec(row);
    const item = pair ? undefined : LIST_ITEM.exec(row);
    const cut = PLAIN_THEN_COMMENT.exec(pair?.[2] ?? item?.[1] ?? '');
    if (cut) return { line: index + 1, key: pair?.[1]?.trim() ?? '-', value: (cut[1] ?? '').trim(), comment: cut[2] ?? '' };
  }
  return undefined;
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
  textAt: (line: number | undefined) => string;
  /** Key and value of the fault's line, when it is a `key: value` line. */
  key: string;
  value: string;
  /** Lines before the YAML in its file, to name other lines as the report does. */
  lineOffset: number;
}

/** The mistake a reading finds; `line` when it is on another line than where the parser stopped. */
type Reading = ProblemDescriptor & { line?: number };

const indentOf = (row: string): number => /^\s*/.exec(row)?.[0].length ?? 0;

/** The last line, from the fault's upwards, for which `test` holds: where a quote or bracket left open was opened. */
function openedAt(context: FaultContext, test: (row: string) => boolean): number | undefined {
  for (let at = context.line ?? context.lines.length; at >= 1; at--) if (test(context.textAt(at))) return at;
  return context.line;
}

const atLine = (line: number | undefined): { line?: number } => (line !== undefined ? { line } : {});

function tabIndent({ fault, line, textAt }: FaultContext): Reading | undefined {
  if (fault.code !== 'TAB_AS_INDENT' && !/^\s*\t/.test(textAt(line))) return undefined;
  return { code: 'yaml.tab', params: {} };
}

function duplicateKey({ fault, lines, line, textAt, key, lineOffset }: FaultContext): Reading | undefined {
  if (fault.code !== 'DUPLICATE_KEY' || key === '') return undefined;
  const indent = indentOf(textAt(line));
  const first = lines.findIndex((row, i) => i < (line ?? 0) - 1 && indentOf(row) === indent && PAIR.exec(row)?.[2] === key);
  return { code: 'yaml.duplicateKey', params: { key, ...(first < 0 ? {} : { firstLine: first + 1 + lineOffset }) } };
}

function unclosedQuote(context: FaultContext): Reading | undefined {
  const mark = /^Missing closing (["'])quote/.exec(context.fault.message)?.[1];
  if (context.fault.code !== 'MISSING_CHAR' || (mark !== '"' && mark !== "'")) return undefined;
  // The parser stops where the text ends; the clerk needs the line where the quote opened.
  const line = openedAt(context, (row) => (row.replace(/\\./g, '').split(mark).length - 1) % 2 === 1);
  return { ...atLine(line), code: 'yaml.unclosedQuote', params: { mark, opened: context.textAt(line).trim() } };
}

function unquotedColon({ key, value }: FaultContext): Reading | undefined {
  if (!/:(?:\s|$)/.test(value) || /^["'[{|>]/.test(value)) return undefined;
  return { code: 'yaml.unquotedColon', params: { key, value } };
}

function textAfterQuote({ value }: FaultContext): Reading | undefined {
  if (!/^"(?:[^"\\]|\\.)*"\s*[^\s#]|^'(?:[^']|'')*'\s*[^\s#]/.test(value)) return undefined;
  return { code: 'yaml.textAfterQuote', params: {} };
}

/** `@` and backtick are reserved; `*`, `!`, `%`, `&` start an alias, a tag, a directive, an anchor. */
function reservedStart({ key, value }: FaultContext): Reading | undefined {
  const sign = /^[@`%*!&]/.exec(value)?.[0];
  if (sign === undefined) return undefined;
  return { code: 'yaml.reservedStart', params: { sign, key, value } };
}

function listOnKeyLine({ key, value }: FaultContext): Reading | undefined {
  if (!/^-\s/.test(value)) return undefined;
  return { code: 'yaml.listOnKeyLine', params: { key } };
}

/** A backslash in double quotes starts an escape (`\n`, `\"`): `"Số 12\KH"` is not one. */
function badEscape({ fault }: FaultContext): Reading | undefined {
  if (fault.code !== 'BAD_DQ_ESCAPE') return undefined;
  return { code: 'yaml.badEscape', params: {} };
}

/** A `---` line in a .yaml file begins a second document, which the file cannot have. */
function secondDocument({ fault }: FaultContext): Reading | undefined {
  if (fault.code !== 'MULTIPLE_DOCS') return undefined;
  return { code: 'yaml.secondDocument', params: {} };
}

function unclosedBracket(context: FaultContext): Reading | undefined {
  const kind = /^Flow (sequence|map) /.exec(context.fault.message)?.[1];
  if (kind === undefined) return undefined;
  const [open, close] = kind === 'map' ? ['{', '}'] : ['[', ']'];
  // As with a quote, the parser stops where the text ends; find the line that opened the bracket.
  const line = openedAt(context, (row) => row.split(open).length > row.split(close).length);
  return { ...atLine(line), code: kind === 'map' ? 'yaml.unclosedGroup' : 'yaml.unclosedList', params: {} };
}

function missingColon({ line, textAt }: FaultContext): Reading | undefined {
  const row = textAt(line).trim();
  if (row === '' || /^[#\-"'[{]/.test(row) || row.includes(':')) return undefined;
  return { code: 'yaml.missingColon', params: {} };
}

/** `kind:ke-hoach`: without a space after the colon, YAML reads one word, not a field and its value. */
function colonWithoutSpace({ line, textAt }: FaultContext): Reading | undefined {
  const pair = /^\s*(?:-\s+)?([A-Za-z][\w-]*):([^\s/].*)$/.exec(textAt(line));
  if (pair === null) return undefined;
  const [, key = '', value = ''] = pair;
  return { code: 'yaml.colonWithoutSpace', params: { key, value: value.trim() } };
}

function badIndentation({ fault, lines, line, textAt, value }: FaultContext): Reading | undefined {
  if (!['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY'].includes(fault.code)) return undefined;
  // "kind: x" then "  title: y": the parser stops on the first line, but the second is the one to fix.
  const next = line === undefined ? -1 : lines.findIndex((row, i) => i >= line && row.trim() !== '');
  const deeper = next >= 0 && value !== '' && indentOf(lines[next] ?? '') > indentOf(textAt(line));
  return { ...(deeper ? { line: next + 1 } : {}), code: 'yaml.indentation', params: {} };
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
  colonWithoutSpace,
  badIndentation,
];

/**
 * A YAML fault read as what to change on which line, in terms a clerk knows: the parser's own
 * message ("Nested mappings are not allowed in compact mappings") names YAML's grammar, not
 * the colon left unquoted in a title. Its words are kept only where no reading fits.
 */
function yamlProblem(file: string, text: string, lineOffset: number, fault: YamlFault): ContentProblem {
  const lines = text.split(/\r?\n/);
  const textAt = (at: number | undefined): string => (at === undefined ? '' : (lines[at - 1] ?? ''));
  const pair = PAIR.exec(textAt(fault.line));
  const context: FaultContext = { fault, lines, line: fault.line, textAt, key: pair?.[2] ?? '', value: pair?.[3] ?? '', lineOffset };
  const parserWords = fault.message.replace(/ at line \d+, column \d+:?$/, '');
  const { line: readingLine, ...reading } = READINGS.reduce<Reading | undefined>((found, read) => found ?? read(context), undefined) ?? {
    code: 'yaml.syntax',
    params: { parserWords },
  };
  const line = readingLine ?? fault.line;
  // The line as the clerk wrote it is what they will recognise; the parser's words, only without one.
  const found = line === undefined ? parserWords : textAt(line).trimEnd();
  return { file, ...atLine(line === undefined ? undefined : line + lineOffset), field: '(YAML)', found, ...reading };
}

/** Splits the `---` fenced frontmatter off a Markdown or MDX file and parses it. */
export function parseFrontmatter(file: string, text: string): ParsedYaml {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      problem: { file, line: 1, field: '(frontmatter)', found: text.slice(0, 40), code: 'yaml.noFrontmatter', params: {} },
    };
  }
  return parseYamlSource(file, match[1] ?? '', 1);
}
