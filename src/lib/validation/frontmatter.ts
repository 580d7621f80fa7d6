import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from './problems';

/** Frontmatter read from a content file, with a way to find the line of any field. */
export interface ParsedSource {
  data: Record<string, unknown>;
  /** Line of the field at `path` in the file (1-based), or of its nearest parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

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

function parseWithPlaces(file: string, text: string, lineOffset: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = firstError.linePos?.[0]?.line;
    return {
      ok: false,
      problem: {
        file,
        ...(line !== undefined ? { line: line + lineOffset } : {}),
        field: '(YAML)',
        // The parser counts lines from the start of the YAML, not of the file: keep only its words.
        found: (firstError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
        expected: {
          vi: 'phần đầu tệp viết đúng cú pháp YAML: mỗi dòng "tên: giá trị", thụt lề bằng dấu cách, chuỗi có dấu hai chấm thì đặt trong ngoặc kép',
          en: 'valid YAML: one "name: value" per line, indented with spaces, strings containing a colon in double quotes',
        },
      },
    };
  }
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

/** Splits the `---` fenced frontmatter off a Markdown or MDX file and parses it. */
export function parseFrontmatter(file: string, text: string): ParsedYaml {
  const match = FENCE.exec(text);
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
