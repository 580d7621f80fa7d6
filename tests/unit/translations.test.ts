import { describe, expect, it } from 'vitest';
import { parseFrontmatter, parseYamlSource } from '../../src/check/frontmatter';
import { checkLanguageWords, checkTranslations, staleTranslations } from '../../src/check/translation-checks';
import type { CheckedEntry } from '../../src/check/cross-checks';
import { languageWordsSchema, translationSchema, type LanguageWords, type TranslationData } from '../../src/schemas/translation';
import { changedSince, latestChange, translationAddress } from '../../src/lib/translations';
import { frameOf } from '../../src/messages/translations';
import { vi } from '../../src/messages/vi';
import { OFFICE_WORDS, placeholdersOf, type OfficeWordKey } from '../../src/vocabulary/translations';

const LANGUAGES = [{ code: 'bdq', name: 'Bahnar', vietnameseName: 'tiếng Ba Na' }];

/** A translation file as the content check reads it: `fields` are its frontmatter lines from line 2. */
function translation(name: string, fields: Record<string, string> = {}): CheckedEntry<TranslationData> {
  const all = { language: 'bdq', translates: '/van-ban/ke-hoach/', vietnameseVersion: '2026-11-10', title: '"Hla bar"', ...fields };
  const file = `content/translations/${name}.mdx`;
  const parsed = parseFrontmatter(file, ['---', ...Object.entries(all).map(([k, v]) => `${k}: ${v}`), '---', '', 'Text.'].join('\n'));
  if (!parsed.ok) throw new Error('unreadable fixture');
  return { slug: name, file, data: translationSchema.parse(parsed.source.data), lineOf: parsed.source.lineOf };
}

function words(code: string, yaml: string): CheckedEntry<LanguageWords> {
  const file = `content/languages/${code}.yaml`;
  const parsed = parseYamlSource(file, yaml);
  if (!parsed.ok) throw new Error('unreadable fixture');
  return { slug: code, file, data: languageWordsSchema.parse(parsed.source.data), lineOf: parsed.source.lineOf };
}

describe('the address of the Vietnamese item a translation translates', () => {
  it('is read as a clerk copies it from the browser or writes it', () => {
    for (const written of [
      '/van-ban/ke-hoach/',
      'van-ban/ke-hoach',
      'https://xa.example.org/van-ban/ke-hoach/',
      '/van-ban/ke-hoach/?q=1',
    ]) {
      expect(translationSchema.shape.translates.parse(written)).toEqual({ section: 'van-ban', slug: 'ke-hoach' });
    }
    expect(translationAddress('bdq', { section: 'lay-y-kien', slug: 'x' })).toBe('/ban-dich/bdq/lay-y-kien/x/');
  });

  it('is refused outside the sections that can be translated', () => {
    for (const written of ['/lich-tiep-cong-dan/2026-11/', '/van-ban/', 'ke-hoach.mdx', '/van-ban/Ke-Hoach/']) {
      const result = translationSchema.shape.translates.safeParse(written);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('translation.address');
    }
  });
});

describe('checkTranslations', () => {
  const present = new Set(['/van-ban/ke-hoach/']);

  it('accepts a translation in a listed language of an item that is there', () => {
    expect(checkTranslations([translation('a')], LANGUAGES, present, '2026-12-07')).toEqual([]);
  });

  it('names the field and line of a language not listed, an item not there, a second translation and a version still to come', () => {
    const problems = checkTranslations(
      [
        translation('a', { language: 'jra' }),
        translation('b', { translates: '/van-ban/khong-co/' }),
        translation('c'),
        translation('d'),
        translation('e', { vietnameseVersion: '2026-12-08' }),
      ],
      LANGUAGES,
      present,
      '2026-12-07',
    );
    expect(problems.map(({ file, line, field, code, params }) => ({ file, line, field, code, params }))).toEqual([
      {
        file: 'content/translations/a.mdx',
        line: 2,
        field: 'language',
        code: 'translation.language',
        params: { code: 'jra', codes: ['bdq'] },
      },
      {
        file: 'content/translations/b.mdx',
        line: 3,
        field: 'translates',
        code: 'translation.itemMissing',
        params: { address: '/van-ban/khong-co/' },
      },
      {
        file: 'content/translations/d.mdx',
        line: 3,
        field: 'translates',
        code: 'translation.duplicate',
        params: { other: 'content/translations/c.mdx', address: '/van-ban/ke-hoach/', language: 'bdq' },
      },
      {
        file: 'content/translations/e.mdx',
        line: 3,
        field: 'translates',
        code: 'translation.duplicate',
        params: { other: 'content/translations/c.mdx', address: '/van-ban/ke-hoach/', language: 'bdq' },
      },
      {
        file: 'content/translations/e.mdx',
        line: 4,
        field: 'vietnameseVersion',
        code: 'translation.versionFuture',
        params: { date: '2026-12-08', today: '2026-12-07' },
      },
    ]);
  });
});

describe('staleTranslations', () => {
  it('warns of a translation whose Vietnamese text changed after the day it translates, and of no other', () => {
    const latest = new Map([['/van-ban/ke-hoach/', '2026-11-20']]);
    const warnings = staleTranslations([translation('a'), translation('b', { vietnameseVersion: '2026-11-20' })], (address) =>
      latest.get(address),
    );
    expect(warnings.map(({ file, line, code, params }) => ({ file, line, code, params }))).toEqual([
      {
        file: 'content/translations/a.mdx',
        line: 4,
        code: 'translation.stale',
        params: { address: '/van-ban/ke-hoach/', language: 'bdq', version: '2026-11-10', changed: '2026-11-20' },
      },
    ]);
    expect(staleTranslations([translation('a')], () => undefined)).toEqual([]);
  });

  it('takes the later of the last commit and the office’s latest change note as the last change', () => {
    expect(latestChange('2026-11-12', [{ date: '2026-11-20' }, { date: '2026-11-01' }])).toBe('2026-11-20');
    expect(latestChange('2026-11-25', [{ date: '2026-11-20' }])).toBe('2026-11-25');
    expect(latestChange(undefined, [])).toBeUndefined();
    expect(changedSince('2026-11-20', '2026-11-20')).toBeUndefined();
    expect(changedSince('2026-11-19', '2026-11-20')).toBe('2026-11-20');
  });
});

describe('checkLanguageWords', () => {
  it('accepts words of the interface that keep their placeholders', () => {
    const file = words('bdq', ['words:', '  nav.documents: "Hla bar"', '  translation.version: "Pơblang {date}"'].join('\n'));
    expect(checkLanguageWords([file], LANGUAGES)).toEqual([]);
  });

  it('refuses a file of a language not listed, a word of no key, and a word that drops or adds a placeholder', () => {
    const problems = checkLanguageWords(
      [
        words('jra', 'words: {}'),
        words('bdq', ['words:', '  nav.documets: "Hla bar"', '  translation.version: "Pơblang"', '  nav.menu: "Menu {count}"'].join('\n')),
      ],
      LANGUAGES,
    );
    expect(problems.map(({ file, line, field, code, params }) => ({ file, line, field, code, params }))).toEqual([
      {
        file: 'content/languages/jra.yaml',
        line: undefined,
        field: '(tên tệp)',
        code: 'languageWords.unknownLanguage',
        params: { code: 'jra', codes: ['bdq'] },
      },
      {
        file: 'content/languages/bdq.yaml',
        line: 2,
        field: 'words.nav.documets',
        code: 'languageWords.unknownKey',
        params: { key: 'nav.documets', suggestion: 'nav.documents' },
      },
      {
        file: 'content/languages/bdq.yaml',
        line: 3,
        field: 'words.translation.version',
        code: 'languageWords.placeholders',
        params: { key: 'translation.version', expected: ['date'] },
      },
      {
        file: 'content/languages/bdq.yaml',
        line: 4,
        field: 'words.nav.menu',
        code: 'languageWords.placeholders',
        params: { key: 'nav.menu', expected: [] },
      },
    ]);
  });
});

describe('the words of a page in a language of the translations', () => {
  it('every word an office may give has a Vietnamese text with the same placeholders', () => {
    for (const [key, placeholders] of Object.entries(OFFICE_WORDS)) {
      expect(placeholdersOf(vi[key as OfficeWordKey]).sort(), key).toEqual([...placeholders].sort());
    }
  });

  it('are the office’s where it gave them, and Vietnamese marked as such where it did not', () => {
    const frame = frameOf('bdq', { 'nav.documents': 'Hla bar', 'translation.version': 'Pơblang {date}' });
    expect(frame.word('nav.documents')).toEqual({ text: 'Hla bar' });
    expect(frame.word('translation.version', { date: '01/03/2023' })).toEqual({ text: 'Pơblang 01/03/2023' });
    expect(frame.word('nav.menu')).toEqual({ text: 'Danh mục', lang: 'vi' });
    expect(frame.word('translation.of', { language: 'Bahnar' })).toEqual({ text: 'Bản dịch sang Bahnar', lang: 'vi' });
  });

  it('are Vietnamese on a Vietnamese page and English on the English one, unmarked', () => {
    expect(frameOf('vi').word('nav.menu')).toEqual({ text: 'Danh mục' });
    expect(frameOf('en').word('nav.menu')).toEqual({ text: 'Menu' });
    expect(frameOf('en').word('translation.original')).toEqual({ text: 'Bản tiếng Việt', lang: 'vi' });
  });
});
