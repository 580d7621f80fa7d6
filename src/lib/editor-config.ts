/**
 * The web editor's forms (Decap CMS, at /quan-tri/), made from the JSON Schema of each kind's Zod
 * schema, so that a field added to a schema cannot be missing from its form: a field without
 * words (label, hint) stops the build, naming it.
 *
 * The forms check what a form can (required fields, date and id patterns, lists of choices);
 * what needs the other files (a document that does not exist, a schedule that misses a week) is
 * left to `npm run check`, which the review workflow runs on every change before it can be merged.
 */

/** Where the editor finds its local proxy (decap-server, port 8081) when opened from the computer running it. */
export const LOCAL_PROXY_ORIGIN = 'http://localhost:8081';

/** The name of the file format of a collection, which the editor page's script registers. */
export const formatName = (collection: string): string => `minh-bach-xa-${collection}`;

/** A JSON Schema node, as z.toJSONSchema writes it. */
export interface JsonSchemaNode {
  type?: string;
  enum?: readonly unknown[];
  const?: unknown;
  pattern?: string;
  default?: unknown;
  minimum?: number;
  minItems?: number;
  properties?: Record<string, JsonSchemaNode>;
  required?: readonly string[];
  items?: JsonSchemaNode;
  anyOf?: readonly JsonSchemaNode[];
  oneOf?: readonly JsonSchemaNode[];
}

/** One field of a Decap CMS form. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: readonly [string, string];
  options?: readonly { label: string; value: string }[];
  multiple?: boolean;
  value_type?: 'int';
  min?: number;
  fields?: readonly EditorField[];
  field?: EditorField;
  types?: readonly EditorField[];
  typeKey?: string;
  collapsed?: boolean;
  choose_url?: boolean;
}

/** What a form shows for one field: its label and, where useful, a line of help. */
export interface FieldWords {
  label: string;
  hint?: string;
}

/** A choice offered by a select field. */
export interface Choice {
  value: string;
  label: string;
}

/** The lists of content/site.yaml that fields choose from. */
export interface SiteChoices {
  officers: readonly Choice[];
  localities: readonly Choice[];
  fields: readonly Choice[];
  /** The languages of translations (content/site.yaml `languages`). */
  languages: readonly Choice[];
}

/** Which list of site.yaml a string field of this name chooses from. */
const SITE_LIST_OF_FIELD: Record<string, keyof SiteChoices> = {
  officer: 'officers',
  locality: 'localities',
  localities: 'localities',
  field: 'fields',
  fields: 'fields',
  language: 'languages',
};

/** What the generator needs besides the schema: the words of each field and the choices. */
export interface FormWords {
  /** The words of the field at `path` (`signer.position`, `issues.updates.date`), or undefined. */
  field(path: string): FieldWords | undefined;
  /** The label of one value of an enumerated field. */
  option(path: string, value: string): string;
  /** What a pattern-checked field says when the text does not match. */
  patternMessage(pattern: string): string;
}

/** A field of a schema that has no words: the editor cannot show it, and the build stops. */
export class FieldWithoutWords extends Error {
  constructor(readonly paths: readonly string[]) {
    super(`The editor has no label for: ${paths.join(', ')} (add them to src/messages/editor.ts)`);
  }
}

interface Context {
  words: FormWords;
  /** The site's lists; none for the site settings form, which edits those lists. */
  choices: SiteChoices | undefined;
  missing: string[];
}

/**
 * The fields of an object node, in the schema's order. The fields an optional group requires are
 * not required by the form (`enforced` false): Decap checks them even while the group is left
 * empty, which would refuse every document that is not withdrawn. The content check still
 * requires them once the group is filled in.
 */
function objectFields(node: JsonSchemaNode, at: string, context: Context, enforced = true): EditorField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) =>
    formField(name, child, enforced && required.has(name), at ? `${at}.${name}` : name, context),
  );
}

/** A union of objects (`{ document } | { file, title }`) as one object whose fields are all optional. */
function mergedBranches(branches: readonly JsonSchemaNode[]): JsonSchemaNode {
  const properties: Record<string, JsonSchemaNode> = {};
  for (const branch of branches) Object.assign(properties, branch.properties);
  return { type: 'object', properties, required: [] };
}

/** The property every branch fixes with a `const` (the discriminator `channel`), if there is one. */
function discriminatorOf(branches: readonly JsonSchemaNode[]): string | undefined {
  const first = branches[0]?.properties ?? {};
  return Object.keys(first).find((key) => branches.every((branch) => branch.properties?.[key]?.const !== undefined));
}

function choicesField(base: EditorField, options: readonly Choice[], multiple: boolean): EditorField {
  return { ...base, widget: 'select', options: options.map(({ label, value }) => ({ label, value })), ...(multiple ? { multiple } : {}) };
}

function formField(name: string, node: JsonSchemaNode, required: boolean, path: string, context: Context): EditorField {
  const branches = node.anyOf ?? node.oneOf;
  if (branches) return formField(name, mergedBranches(branches), required, path, context);
  const words = context.words.field(path);
  if (!words) context.missing.push(path);
  const base: EditorField = {
    name,
    label: words?.label ?? name,
    widget: 'string',
    required,
    ...(words?.hint ? { hint: words.hint } : {}),
  };
  const siteList = context.choices && SITE_LIST_OF_FIELD[name];
  // A default inside a list makes Decap add an item of the list to every new entry; the content
  // check applies the schema's defaults to whatever the file leaves out.
  const topLevel = !path.includes('.');

  switch (node.type) {
    case 'object':
      return { ...base, widget: 'object', collapsed: !required, fields: objectFields(node, path, context, required) };
    case 'array': {
      const items = node.items ?? {};
      const list = { ...base, required: required || (node.minItems ?? 0) > 0 };
      if (items.type === 'string' && siteList && context.choices) return choicesField(list, context.choices[siteList], true);
      if (items.type === 'string' && items.enum) return choicesField(list, enumChoices(items.enum, path, context), true);
      const itemBranches = items.anyOf ?? items.oneOf;
      const key = itemBranches && discriminatorOf(itemBranches);
      if (itemBranches && key) {
        const types = itemBranches.map((branch): EditorField => {
          const value = String(branch.properties?.[key]?.const);
          const { [key]: _discriminator, ...properties } = branch.properties ?? {};
          const fields = objectFields({ ...branch, properties, required: (branch.required ?? []).filter((r) => r !== key) }, path, context);
          return { name: value, label: context.words.option(`${path}.${key}`, value), widget: 'object', fields };
        });
        return { ...list, widget: 'list', typeKey: key, types };
      }
      if (items.type === 'object' || itemBranches) {
        const itemNode = itemBranches ? mergedBranches(itemBranches) : items;
        return { ...list, widget: 'list', collapsed: false, fields: objectFields(itemNode, path, context) };
      }
      // Named apart from its list, so that the list and its items are told apart on the page.
      const item = formField(`${name}-item`, items, true, path, { ...context, missing: [] });
      return { ...list, widget: 'list', field: item };
    }
    case 'boolean':
      return { ...base, widget: 'boolean', required: false, ...(topLevel ? { default: node.default ?? false } : {}) };
    case 'integer':
    case 'number':
      return { ...base, widget: 'number', value_type: 'int', ...(node.minimum === undefined ? {} : { min: node.minimum }) };
    default:
      break;
  }
  if (node.enum) {
    const field = choicesField(base, enumChoices(node.enum, path, context), false);
    return node.default === undefined || !topLevel ? field : { ...field, default: node.default };
  }
  if (siteList && context.choices) return choicesField(base, context.choices[siteList], false);
  // A file published with the content: uploaded into content/files/, named by its file name.
  if (name === 'file') return { ...base, widget: 'file', choose_url: false };
  if (node.pattern) return { ...base, pattern: [node.pattern, context.words.patternMessage(node.pattern)] };
  return base;
}

function enumChoices(values: readonly unknown[], path: string, context: Context): Choice[] {
  return values.map((value) => ({ value: String(value), label: context.words.option(path, String(value)) }));
}

/**
 * The form fields of one kind of content, from its schema's JSON Schema (input side). Throws
 * FieldWithoutWords naming every field the words do not cover.
 */
export function editorFields(schema: JsonSchemaNode, words: FormWords, choices: SiteChoices | undefined): EditorField[] {
  const context: Context = { words, choices, missing: [] };
  const fields = objectFields(schema, '', context);
  if (context.missing.length > 0) throw new FieldWithoutWords(context.missing);
  return fields;
}

/** Every field path of a JSON Schema, as the forms must cover them (`signer.position`). */
export function schemaFieldPaths(schema: JsonSchemaNode, at = ''): string[] {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return [...new Set(branches.flatMap((branch) => schemaFieldPaths(branch, at)))];
  if (schema.type === 'array' && schema.items) return schemaFieldPaths(schema.items, at);
  return Object.entries(schema.properties ?? {}).flatMap(([name, child]) => {
    const path = at ? `${at}.${name}` : name;
    return [path, ...schemaFieldPaths(child, path)];
  });
}

/** Every field path a form covers, the same way. */
export function formFieldPaths(fields: readonly EditorField[], at = ''): string[] {
  return fields.flatMap((field) => {
    const path = at ? `${at}.${field.name}` : field.name;
    const inner = [...(field.fields ?? []), ...(field.types ?? []).flatMap((type) => type.fields ?? [])];
    const discriminator = field.typeKey ? [`${path}.${field.typeKey}`] : [];
    return [path, ...discriminator, ...new Set(formFieldPaths(inner, path))];
  });
}
