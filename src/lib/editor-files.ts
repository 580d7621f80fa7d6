/**
 * How the web editor reads and writes content files: MDX with YAML frontmatter, and YAML alone
 * (reception schedules, site.yaml).
 *
 * A new file is written as `npm run new` writes one: keys in the form's order, `sample` last; ids
 * (a kind, a status, an officer) plain, all other text in double quotes, so that a date or a
 * number typed as text stays text; lists in block style, an empty one `[]`.
 *
 * A file that already exists keeps what the editor did not change, as it was written: its order,
 * its quoting and its comments (the `#` notes a clerk leaves), so that the change for review shows
 * only what changed. Empty fields the form leaves (`""`, `{}`) are not written: the content check
 * reads an absent field and an empty one alike, and would refuse an empty one.
 */
import { Document, Scalar, YAMLMap, YAMLSeq, isMap, isNode, isScalar, isSeq, parse, parseDocument, type Pair } from 'yaml';
import type { EditorField } from './editor-config';

/** What the editor holds of one file: its fields and, for MDX, its body under `body`. */
export type EntryData = Record<string, unknown>;

/**
 * Where the editor keeps the text a file's fields were read from, so that writing it back can keep
 * what did not change. Not a field of any form: never written to the file.
 */
export const SOURCE_KEY = '__yaml';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** Reads an MDX file into the editor's fields: its frontmatter, and its body without the blank line after the fence. */
export function readMdx(text: string, fields: readonly EditorField[]): EntryData {
  const found = FENCE.exec(text);
  if (!found) return { body: text };
  const source = found[1] ?? '';
  return { ...readYaml(source, fields), body: text.slice(found[0].length).replace(/^\r?\n/, '') };
}

/** Reads a YAML file into the editor's fields. */
export function readYaml(text: string, fields: readonly EditorField[]): EntryData {
  const data = (parse(text) ?? {}) as unknown;
  return { ...(formValue(data, group(fields)) as EntryData), [SOURCE_KEY]: text };
}

const group = (fields: readonly EditorField[]): EditorField => ({ name: '', label: '', widget: 'object', fields });

const isRecord = (value: unknown): value is EntryData => value !== null && typeof value === 'object' && !Array.isArray(value);

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (isRecord(value) && Object.values(value).every(isEmpty));

/** The value as the file should hold it: without the empty fields and list items a form leaves. */
function withoutEmpties(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !isEmpty(item)).map(withoutEmpties);
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (isEmpty(item) ? [] : [[key, withoutEmpties(item)]])));
  }
  return value;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key]));
  }
  return a === b;
}

/** The fields of `data` in the form's order (`sample` last, as `npm run new` writes it), then any the form does not know. */
function orderedKeys(data: EntryData, fields: readonly EditorField[]): string[] {
  const known = fields.map((field) => field.name).filter((name) => name !== 'sample');
  const rest = Object.keys(data).filter((key) => !known.includes(key) && key !== 'sample');
  return [...known, ...rest, 'sample'].filter((key) => key in data);
}

/** An id as the content writes it: `ke-hoach`, `TM`, `đ/b`, `chu-tich`; a name with spaces is text. */
const ID = /^[\p{L}\d][\p{L}\d/_-]*$/u;

function scalar(value: unknown, chosen: boolean): Scalar {
  const node = new Scalar(value);
  if (typeof value === 'string') node.type = chosen && ID.test(value) ? 'PLAIN' : 'QUOTE_DOUBLE';
  return node;
}

/** The field that edits each item of a list field: for a list of several types, the item's type with its discriminator. */
function itemField(field: EditorField | undefined, item: unknown): EditorField | undefined {
  if (!field) return undefined;
  if (field.typeKey) {
    const typeKey = field.typeKey;
    const typed = field.types?.find((type) => isRecord(item) && type.name === item[typeKey]);
    return typed ? { ...typed, fields: [{ name: typeKey, label: '', widget: 'select' }, ...(typed.fields ?? [])] } : undefined;
  }
  return field.fields ? field : field.field;
}

/**
 * A value as the form edits it. The content may write a list item as text where the form has a
 * record (`- "Lưu VP"` for `- name: "Lưu VP"`, as the schemas read it), and a year as a number
 * (`issued: 2023`): the form gets the record and the text.
 */
function formValue(value: unknown, field: EditorField | undefined): unknown {
  if (!field) return value;
  if (Array.isArray(value)) {
    const first = field.fields?.[0]?.name;
    return value.map((item) =>
      typeof item === 'string' && first !== undefined ? { [first]: item } : formValue(item, itemField(field, item)),
    );
  }
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        formValue(
          item,
          field.fields?.find((f) => f.name === key),
        ),
      ]),
    );
  }
  return typeof value === 'number' && field.widget === 'string' ? String(value) : value;
}

/**
 * The YAML node of `value`, styled by the form field that edits it; where the file had a node of
 * the same value (`original`), that node, with its comments and quoting.
 */
function nodeOf(value: unknown, field: EditorField | undefined, original?: unknown): unknown {
  if (isNode(original) && sameValue(formValue(original.toJSON(), field), value)) return original;
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    const before = isSeq(original) ? original : undefined;
    seq.items = value.map((item, index) => nodeOf(item, itemField(field, item), before?.items[index]));
    // An inline list of plain values stays inline; one of records is written in blocks.
    seq.flow = before?.flow === true && value.every((item) => !isRecord(item));
    return seq;
  }
  if (isRecord(value)) return mapOf(value, field?.fields ?? [], isMap(original) ? original : undefined);
  return scalar(value, field?.widget === 'select');
}

const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);

/** A map of `data`'s fields: the file's own keys in the file's order, new ones in the form's. */
function mapOf(data: EntryData, fields: readonly EditorField[], original?: YAMLMap): YAMLMap {
  const map = new YAMLMap();
  const kept = (original?.items ?? []).filter((pair) => (keyOf(pair) as string) in data);
  const added = orderedKeys(data, fields).filter((key) => !kept.some((pair) => keyOf(pair) === key));
  map.flow = original?.flow === true;
  for (const pair of kept) {
    const key = keyOf(pair) as string;
    pair.value = nodeOf(
      data[key],
      fields.find((field) => field.name === key),
      pair.value,
    );
    map.items.push(pair);
  }
  for (const key of added)
    map.add({
      key: new Scalar(key),
      value: nodeOf(
        data[key],
        fields.find((field) => field.name === key),
      ),
    });
  return map;
}

/** The YAML text of an entry's fields (without its body), keeping what is unchanged from the text it was read from. */
export function yamlText(data: EntryData, fields: readonly EditorField[]): string {
  const { [SOURCE_KEY]: source, body: _body, ...values } = data;
  const doc = typeof source === 'string' ? parseDocument(source) : new Document();
  doc.contents = mapOf(withoutEmpties(values) as EntryData, fields, isMap(doc.contents) ? doc.contents : undefined);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The MDX text of an entry: its frontmatter, a blank line, its body ending with one line break. */
export function mdxText(data: EntryData, fields: readonly EditorField[]): string {
  const body = typeof data.body === 'string' ? data.body.replace(/\s+$/, '') : '';
  return `---\n${yamlText(data, fields)}---\n\n${body}\n`;
}
