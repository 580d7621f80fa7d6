/**
 * The web editor's whole configuration (Decap CMS): one collection per kind of content, each form
 * made from its Zod schema by editorFields, and the review workflow that turns every save into a
 * branch and a pull request, checked before it can be merged.
 */
import { z } from 'astro/zod';
import {
  CHANNEL_FORMS,
  CONSULTATION_SUBJECTS,
  ANSWER_TYPES,
  answerTypeSchema,
  channelSchema,
  consultationSchema,
  subjectSchema,
} from '../schemas/consultation';
import { DATE_JSON_SCHEMAS } from '../schemas/dates';
import { dialogueSchema } from '../schemas/dialogue';
import { documentSchema } from '../schemas/document';
import { pageSchema } from '../schemas/page';
import { receptionScheduleSchema } from '../schemas/reception';
import { siteSchema } from '../schemas/site';
import { translationSchema } from '../schemas/translation';
import {
  editorFields,
  formatName,
  LOCAL_PROXY_ORIGIN,
  type EditorField,
  type FormWords,
  type JsonSchemaNode,
  type SiteChoices,
} from './editor-config';

/** The kinds of content the editor edits, with the schema of each. */
export const EDITOR_KINDS = {
  documents: documentSchema,
  receptions: receptionScheduleSchema,
  consultations: consultationSchema,
  dialogues: dialogueSchema,
  pages: pageSchema,
  translations: translationSchema,
  site: siteSchema,
} as const;

export type EditorKind = keyof typeof EDITOR_KINDS;

/** Where each kind lives, how its files are named and written. */
const FILES: Record<Exclude<EditorKind, 'site'>, { extension: 'mdx' | 'yaml'; slug: string }> = {
  documents: { extension: 'mdx', slug: '{{year}}-{{fields.kind}}-{{slug}}' },
  receptions: { extension: 'yaml', slug: '{{year}}-{{month}}-{{slug}}' },
  consultations: { extension: 'mdx', slug: '{{year}}-{{slug}}' },
  dialogues: { extension: 'mdx', slug: '{{year}}-{{slug}}' },
  pages: { extension: 'mdx', slug: '{{slug}}' },
  translations: { extension: 'mdx', slug: '{{slug}}' },
};

/** Fields Zod cannot describe (a refined id, a piped union): how they read in JSON Schema. */
const JSON_SCHEMAS = new Map<z.core.$ZodType, Record<string, unknown>>([
  ...DATE_JSON_SCHEMAS,
  [subjectSchema, { type: 'string', enum: CONSULTATION_SUBJECTS }],
  [answerTypeSchema, { type: 'string', enum: ANSWER_TYPES }],
]);

/** The input side of a schema as JSON Schema, with the fields above described as they read. */
export function inputJsonSchema(schema: z.ZodType): JsonSchemaNode {
  const { $schema: _dialect, ...node } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // A way to respond is checked in two steps (its id, then its fields): the form offers each channel's fields.
      const described =
        zodSchema === channelSchema ? { anyOf: CHANNEL_FORMS.map((form) => inputJsonSchema(form)) } : JSON_SCHEMAS.get(zodSchema);
      if (!described) return;
      for (const key of Object.keys(jsonSchema)) Reflect.deleteProperty(jsonSchema, key);
      Object.assign(jsonSchema, described);
    },
  });
  return node as JsonSchemaNode;
}

/**
 * The words of the editor: those of each field and choice, asked for as `kind:path`
 * (`documents:signer.name`), the collections' names, and the body's label.
 */
export interface EditorWords extends FormWords {
  collection(kind: EditorKind): { label: string; singular: string; description: string };
  body: { label: string; hint: string };
}

/** The form of one kind: its schema's fields, and the body of prose for the kinds written in MDX. */
export function kindFields(kind: EditorKind, words: EditorWords, choices: SiteChoices): EditorField[] {
  const kindWords: FormWords = {
    field: (path) => words.field(`${kind}:${path}`),
    option: (path, value) => words.option(`${kind}:${path}`, value),
    patternMessage: (pattern) => words.patternMessage(pattern),
  };
  const fields = editorFields(inputJsonSchema(EDITOR_KINDS[kind]), kindWords, kind === 'site' ? undefined : choices);
  // `sample` last, as `npm run new` writes it; the body after every field.
  const ordered = [...fields.filter((field) => field.name !== 'sample'), ...fields.filter((field) => field.name === 'sample')];
  if (kind === 'site' || FILES[kind].extension !== 'mdx') return ordered;
  return [...ordered, { name: 'body', label: words.body.label, hint: words.body.hint, widget: 'text' }];
}

/** Where the site's repository is (site.yaml `editor`), and where the site is served. */
export interface EditorSite {
  /** `owner/name` on GitHub; none until the office has set it up. */
  repository: string | undefined;
  branch: string;
  /** The OAuth helper that signs staff in with their GitHub accounts (see the staff guide). */
  signInUrl: string | undefined;
  siteUrl: string;
}

/** The repository the editor names while site.yaml has none: only the local mode can work. */
export const UNSET_REPOSITORY = 'chua-cau-hinh/chua-cau-hinh';

/** The Decap CMS configuration of the site. */
export function editorConfig(site: EditorSite, words: EditorWords, choices: SiteChoices): Record<string, unknown> {
  const kinds = Object.keys(FILES) as (keyof typeof FILES)[];
  const collections: Record<string, unknown>[] = kinds.map((kind) => {
    const { label, singular, description } = words.collection(kind);
    return {
      name: kind,
      label,
      label_singular: singular,
      description,
      folder: `content/${kind}`,
      create: true,
      extension: FILES[kind].extension,
      format: formatName(kind),
      slug: FILES[kind].slug,
      identifier_field: 'title',
      summary: '{{title}}',
      // The editor's own preview shows the fields as bare text, not the page: the review's build shows the page.
      editor: { preview: false },
      fields: kindFields(kind, words, choices),
    };
  });
  const settings = words.collection('site');
  collections.push({
    name: 'site',
    label: settings.label,
    label_singular: settings.singular,
    description: settings.description,
    extension: 'yaml',
    format: formatName('site'),
    editor: { preview: false },
    files: [{ name: 'site', label: settings.singular, file: 'content/site.yaml', fields: kindFields('site', words, choices) }],
  });
  return {
    load_config_file: false,
    locale: 'vi',
    backend: {
      name: 'github',
      repo: site.repository ?? UNSET_REPOSITORY,
      branch: site.branch,
      ...(site.signInUrl ? { base_url: site.signInUrl } : {}),
      squash_merges: true,
    },
    local_backend: { url: `${LOCAL_PROXY_ORIGIN}/api/v1` },
    publish_mode: 'editorial_workflow',
    site_url: site.siteUrl,
    display_url: site.siteUrl,
    media_folder: 'content/files',
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}
