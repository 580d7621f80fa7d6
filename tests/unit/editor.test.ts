import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { EDITOR_KINDS, editorConfig, inputJsonSchema, kindFields, type EditorKind } from '../../src/lib/editor-collections';
import {
  editorFields,
  FieldWithoutWords,
  formFieldPaths,
  schemaFieldPaths,
  type EditorField,
  type SiteChoices,
} from '../../src/lib/editor-config';
import { mdxText, readMdx, readYaml, SOURCE_KEY, yamlText } from '../../src/lib/editor-files';
import { EDITOR_WORDS } from '../../src/messages/editor';
import { checkContent } from '../../src/check/check-content';
import { PROJECT_ROOT } from '../support/build-site';

const CHOICES: SiteChoices = {
  officers: [{ value: 'chu-tich', label: 'Chủ tịch UBND xã' }],
  localities: [{ value: 'thon-1', label: 'Thôn 1' }],
  fields: [{ value: 'Tiếp công dân', label: 'Tiếp công dân' }],
  languages: [{ value: 'bdq', label: 'Bahnar (tiếng Ba Na)' }],
};
const KINDS = Object.keys(EDITOR_KINDS) as EditorKind[];
const NOW = new Date('2026-11-26T05:00:00Z');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The field at a path of a form (`signer.authority`). */
function fieldAt(fields: readonly EditorField[], dotted: string): EditorField | undefined {
  const [name, ...rest] = dotted.split('.');
  const field = fields.find((f) => f.name === name);
  if (!field || rest.length === 0) return field;
  return fieldAt([...(field.fields ?? []), ...(field.types ?? []).flatMap((type) => type.fields ?? [])], rest.join('.'));
}

describe('the editor forms, made from the schemas', () => {
  it.each(KINDS)('%s: every field of the schema has a form field, and no form field lacks one in the schema', (kind) => {
    const fields = kindFields(kind, EDITOR_WORDS, CHOICES);
    const schemaPaths = schemaFieldPaths(inputJsonSchema(EDITOR_KINDS[kind]));
    const formPaths = formFieldPaths(fields).filter((p) => p !== 'body');
    expect(new Set(formPaths)).toEqual(new Set(schemaPaths));
    // Each with Vietnamese words of its own, not the field's English name.
    for (const p of formPaths) expect(fieldAt(fields, p)?.label, p).not.toBe(p.split('.').pop());
  });

  it('stops at a schema field that has no words, naming every such field', () => {
    const schema = {
      type: 'object',
      properties: { title: { type: 'string' }, newField: { type: 'object', properties: { inner: { type: 'string' } } } },
    };
    const words = { ...EDITOR_WORDS, field: (p: string) => (p === 'title' ? { label: 'Tiêu đề' } : undefined) };
    expect(() => editorFields(schema, words, CHOICES)).toThrow(FieldWithoutWords);
    expect(() => editorFields(schema, words, CHOICES)).toThrow(/newField, newField\.inner/);
  });

  it("offers the site's officers, thôn and fields as choices, and the schema's ids with their Vietnamese names", () => {
    const receptions = kindFields('receptions', EDITOR_WORDS, CHOICES);
    expect(fieldAt(receptions, 'rules.officer')).toMatchObject({
      widget: 'select',
      options: [{ value: 'chu-tich', label: 'Chủ tịch UBND xã' }],
    });
    expect(fieldAt(receptions, 'rules.weekday')?.options?.[0]).toEqual({ value: 'thu-hai', label: 'Thứ Hai' });
    const documents = kindFields('documents', EDITOR_WORDS, CHOICES);
    expect(fieldAt(documents, 'kind')?.options).toContainEqual({ value: 'ke-hoach', label: 'Kế hoạch' });
    expect(fieldAt(documents, 'localities')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: [{ value: 'thon-1', label: 'Thôn 1' }],
    });
    expect(fieldAt(documents, 'fields')).toMatchObject({ widget: 'select', multiple: true });
    const consultations = kindFields('consultations', EDITOR_WORDS, CHOICES);
    expect(fieldAt(consultations, 'channels')).toMatchObject({ widget: 'list', typeKey: 'channel' });
    expect(fieldAt(consultations, 'channels')?.types?.map((type) => type.label)).toContain('Hòm thư góp ý');
    expect(fieldAt(consultations, 'outcome.points.answer')?.options).toContainEqual({ value: 'explained', label: 'Giải trình' });
  });

  it('checks dates, times and required fields in the form itself, with the way to write them', () => {
    const documents = kindFields('documents', EDITOR_WORDS, CHOICES);
    const issued = fieldAt(documents, 'issued');
    expect(issued?.required).toBe(true);
    const [pattern = '', message = ''] = issued?.pattern ?? [];
    expect(new RegExp(pattern).test('2023-01-17')).toBe(true);
    expect(new RegExp(pattern).test('2023')).toBe(true);
    expect(new RegExp(pattern).test('17/01/2023')).toBe(false);
    expect(message).toContain('năm-tháng-ngày');
    expect(fieldAt(documents, 'number')?.required).toBe(false);
    expect(fieldAt(documents, 'body')).toMatchObject({ widget: 'text' });
    const dialogues = kindFields('dialogues', EDITOR_WORDS, CHOICES);
    expect(new RegExp(fieldAt(dialogues, 'end')?.pattern?.[0] ?? '').test('11:00')).toBe(true);
  });

  it('commits through the review workflow, with the offline proxy and files in content/files/', () => {
    const config = editorConfig(
      { repository: 'ubnd/trang', branch: 'main', signInUrl: 'https://dang-nhap.example.org', siteUrl: 'https://x.example.org/' },
      EDITOR_WORDS,
      CHOICES,
    );
    expect(config).toMatchObject({
      publish_mode: 'editorial_workflow',
      backend: { name: 'github', repo: 'ubnd/trang', branch: 'main', base_url: 'https://dang-nhap.example.org' },
      local_backend: { url: 'http://localhost:8081/api/v1' },
      media_folder: 'content/files',
      public_folder: '',
      locale: 'vi',
    });
    const collections = config.collections as { name: string; folder?: string; files?: { file: string }[] }[];
    expect(collections.map((c) => c.folder ?? c.files?.[0]?.file)).toEqual([
      'content/documents',
      'content/receptions',
      'content/consultations',
      'content/dialogues',
      'content/pages',
      'content/translations',
      'content/site.yaml',
    ]);
  });
});

describe('the files the editor writes', () => {
  const contentFiles = KINDS.flatMap((kind): [EditorKind, string][] =>
    kind === 'site'
      ? [[kind, 'site.yaml']]
      : // The real site has no translations until the office has one written by a person.
        (fs.existsSync(path.join(PROJECT_ROOT, 'content', kind)) ? fs.readdirSync(path.join(PROJECT_ROOT, 'content', kind)) : []).map(
          (name): [EditorKind, string] => [kind, `${kind}/${name}`],
        ),
  );

  it.each(contentFiles)('%s: content/%s, opened and saved unchanged, is the same bytes', (kind, file) => {
    const text = fs.readFileSync(path.join(PROJECT_ROOT, 'content', file), 'utf8');
    const fields = kindFields(kind, EDITOR_WORDS, CHOICES);
    const saved = file.endsWith('.mdx') ? mdxText(readMdx(text, fields), fields) : yamlText(readYaml(text, fields), fields);
    expect(saved).toBe(text);
  });

  it('opens and saves a translation unchanged, its language chosen from the languages of site.yaml', () => {
    const file = path.join(PROJECT_ROOT, 'tests/fixtures/translations/translations/2023-ke-hoach-khung-qaa.mdx');
    const text = fs.readFileSync(file, 'utf8');
    const fields = kindFields('translations', EDITOR_WORDS, CHOICES);
    expect(mdxText(readMdx(text, fields), fields)).toBe(text);
    expect(fieldAt(fields, 'language')).toMatchObject({ widget: 'select', options: [{ value: 'bdq', label: 'Bahnar (tiếng Ba Na)' }] });
  });

  it('changes only the lines of a changed field, keeping comments and quoting', () => {
    const text = '---\n# Ghi chú của văn thư.\nkind: "ke-hoach"\ntitle: \'Cũ\'\nissued: 2023-01-17\n---\n\nNội dung.\n';
    const fields = kindFields('documents', EDITOR_WORDS, CHOICES);
    const data = readMdx(text, fields);
    expect(data).toMatchObject({ kind: 'ke-hoach', title: 'Cũ', issued: '2023-01-17', body: 'Nội dung.\n' });
    expect(mdxText({ ...data, title: 'Mới' }, fields)).toBe(
      '---\n# Ghi chú của văn thư.\nkind: "ke-hoach"\ntitle: "Mới"\nissued: 2023-01-17\n---\n\nNội dung.\n',
    );
  });

  it('writes a new entry as npm run new does: form order, sample last, ids plain, text and dates quoted, no empty fields', () => {
    const fields = kindFields('documents', EDITOR_WORDS, CHOICES);
    const text = mdxText(
      {
        sample: false,
        title: 'Tổ chức hội nghị đối thoại năm 2027',
        kind: 'ke-hoach',
        issued: '2027-01-17',
        issuer: 'Ủy ban nhân dân xã Thử Nghiệm',
        place: 'Thử Nghiệm',
        number: '',
        signer: { authority: 'TM', onBehalfOf: 'Ủy ban nhân dân', position: 'Chủ tịch', deputyOf: '' },
        recipients: [{ name: 'Lưu VP' }, {}],
        fields: ['Tiếp công dân'],
        withdrawn: { date: '', reason: '' },
        body: 'Nội dung.\n\n\n',
      },
      fields,
    );
    expect(text).toBe(
      [
        '---',
        'kind: ke-hoach',
        'title: "Tổ chức hội nghị đối thoại năm 2027"',
        'issuer: "Ủy ban nhân dân xã Thử Nghiệm"',
        'place: "Thử Nghiệm"',
        'issued: "2027-01-17"',
        'signer:',
        '  authority: TM',
        '  onBehalfOf: "Ủy ban nhân dân"',
        '  position: "Chủ tịch"',
        'recipients:',
        '  - name: "Lưu VP"',
        'fields:',
        '  - "Tiếp công dân"',
        'sample: false',
        '---',
        '',
        'Nội dung.',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain(SOURCE_KEY);
  });

  it('writes a new file of each kind that the content check accepts and reads as written', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-'));
    made.push(dir);
    fs.cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/valid'), dir, { recursive: true });
    const site = parse(fs.readFileSync(path.join(dir, 'site.yaml'), 'utf8')) as { officers: { id: string; role: string }[] };
    const choices = { ...CHOICES, officers: site.officers.map((o) => ({ value: o.id, label: o.role })) };
    const write = (kind: EditorKind, name: string, data: Record<string, unknown>): void => {
      const fields = kindFields(kind, EDITOR_WORDS, choices);
      const text = name.endsWith('.mdx') ? mdxText(data, fields) : yamlText(data, fields);
      fs.writeFileSync(path.join(dir, kind, name), text);
    };
    write('receptions', '2027-01-lich-tiep-cong-dan.yaml', {
      title: 'Lịch tiếp công dân tháng 1 năm 2027',
      from: '2027-01-01',
      to: '2027-01-31',
      published: '2026-11-25',
      place: 'Phòng tiếp công dân',
      rules: [
        {
          id: 'chu-tich-thu-nam',
          weekday: 'thu-nam',
          start: '07:30',
          end: '11:00',
          officer: 'chu-tich',
          kind: 'dinh-ky',
          until: '2027-01-31',
        },
      ],
      sample: true,
    });
    write('pages', 'quy-che-lam-viec.mdx', {
      title: 'Quy chế làm việc',
      summary: 'Quy chế làm việc của Ủy ban.',
      sample: true,
      body: 'Ủy ban làm việc theo quy chế.',
    });
    const result = checkContent(dir, NOW);
    expect(result.problems).toEqual([]);
    expect(result.receptions.find((r) => r.slug === '2027-01-lich-tiep-cong-dan')?.data.rules[0]).toMatchObject({
      start: '07:30',
      officer: 'chu-tich',
    });
  });
});

describe('content the form reads in the shape the schemas accept it', () => {
  it('opens a recipient written as text, and a year written as a number, and leaves both as written when unchanged', () => {
    const text = '---\nissued: 2023\nrecipients:\n  - {name: "UBND huyện", purpose: "b/c"}\n  - "Lưu VP"\n---\n\nNội dung.\n';
    const fields = kindFields('documents', EDITOR_WORDS, CHOICES);
    const data = readMdx(text, fields);
    expect(data).toMatchObject({ issued: '2023', recipients: [{ name: 'UBND huyện', purpose: 'b/c' }, { name: 'Lưu VP' }] });
    expect(mdxText(data, fields)).toBe(text);
    expect(mdxText({ ...data, issued: '2024' }, fields)).toBe(text.replace('issued: 2023', 'issued: "2024"'));
  });
});
