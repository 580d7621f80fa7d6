/**
 * Nothing published disappears without a word. A document, consultation, dialogue or translation
 * that git says was once in content/ and is no longer there – deleted, or renamed without its old
 * name in the new file's `aliases:` – stops the build: its address was given out, on paper and in
 * links. To take an item down the office marks it withdrawn; to rename it, it keeps the old name as
 * an alias. Sample content was never the office's word and may go.
 */
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { vietnamDate } from '../dates/calendar';
import { pastFiles } from '../lib/history';
import { itemAddress } from '../lib/translations';
import { translatedItemSchema, type TranslatedItem } from '../schemas/translation';
import { TRANSLATIONS_FOLDER } from '../vocabulary/translations';
import type { ContentProblem } from '../vocabulary/problems';
import { textAt, type GitLog } from './git-history';
import { FRONTMATTER } from './source-text';

/** The kinds whose items have addresses people keep. */
export const KEPT_KINDS = ['documents', 'consultations', 'dialogues'] as const;
export type KeptKind = (typeof KEPT_KINDS)[number];

const PROSE = /\.mdx?$/;

/** A file's frontmatter as plain data, or undefined when it has none that reads. */
function frontmatterOf(text: string): Record<string, unknown> | undefined {
  const yaml = FRONTMATTER.exec(text)?.[1];
  if (yaml === undefined) return undefined;
  try {
    const data = load(yaml, { schema: CORE_SCHEMA });
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a file's text marks it as sample content (`sample: true` in its frontmatter). */
const isSample = (text: string): boolean => frontmatterOf(text)?.sample === true;

/** What a translation is the translation of: its language and the item's address, `bdq /van-ban/x/`. */
export const translationKey = (language: string, item: TranslatedItem): string => `${language} ${itemAddress(item)}`;

/** The key of a translation as an earlier version of its file wrote it, or undefined when it does not read as one. */
function pastTranslationKey(data: Record<string, unknown> | undefined): string | undefined {
  const item = translatedItemSchema.safeParse(data?.translates);
  return typeof data?.language === 'string' && item.success ? translationKey(data.language, item.data) : undefined;
}

const displayPath = (file: string): string => path.relative(process.cwd(), file).split(path.sep).join('/');

/**
 * The items git has known under `dir` that are neither there now nor kept by an alias (`current`:
 * for each kind, the names of its files and every alias its items list). A shallow clone cannot
 * tell what was published: that is a warning, said once.
 */
export function checkRemovedItems(
  dir: string,
  log: GitLog,
  current: Readonly<Record<KeptKind, ReadonlySet<string>>>,
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  if (!log.available) {
    const warnings: ContentProblem[] =
      log.reason === 'shallow'
        ? [{ file: displayPath(dir), field: '(git)', found: 'shallow', code: 'item.historyUnavailable', params: {} }]
        : [];
    return { problems: [], warnings };
  }
  const inRepository = path.relative(log.root, path.resolve(dir)).split(path.sep).join('/');
  const folderOf = (kind: KeptKind): string => (inRepository === '' ? kind : `${inRepository}/${kind}`);
  const problems: ContentProblem[] = [];
  for (const kind of KEPT_KINDS) {
    for (const past of pastFiles(log.commits, [folderOf(kind)])) {
      const name = path.posix.basename(past.path);
      if (!PROSE.test(name)) continue;
      const slug = name.replace(PROSE, '');
      if (current[kind].has(slug)) continue;
      const text = textAt(log.root, past.gone ? `${past.commit}^` : past.commit, past.path);
      if (text !== undefined && isSample(text)) continue;
      const renamedTo = past.renamedTo === undefined ? undefined : path.posix.basename(past.renamedTo).replace(PROSE, '');
      problems.push({
        file: displayPath(path.join(log.root, past.path)),
        field: '(tệp)',
        found: slug,
        code: 'item.removed',
        params: { kind, slug, date: vietnamDate(new Date(past.date)), ...(renamedTo === undefined ? {} : { renamedTo }) },
      });
    }
  }
  return { problems, warnings: [] };
}

/**
 * The same for translations, whose address is their language and the item they translate, not
 * their file's name: a translation git has known that no translation of the same language and item
 * now replaces (`current`: their translationKey) stops the build, unless it was sample content. A
 * renamed file that still translates the same item is the same page.
 */
export function checkRemovedTranslations(dir: string, log: GitLog, current: ReadonlySet<string>): ContentProblem[] {
  if (!log.available) return [];
  const inRepository = path.relative(log.root, path.resolve(dir)).split(path.sep).join('/');
  const folder = inRepository === '' ? TRANSLATIONS_FOLDER : `${inRepository}/${TRANSLATIONS_FOLDER}`;
  return pastFiles(log.commits, [folder]).flatMap((past): ContentProblem[] => {
    const name = path.posix.basename(past.path);
    if (!PROSE.test(name) || !(past.gone || past.renamedTo !== undefined)) return [];
    const text = textAt(log.root, past.gone ? `${past.commit}^` : past.commit, past.path);
    const data = text === undefined ? undefined : frontmatterOf(text);
    const key = pastTranslationKey(data);
    if (data?.sample === true || key === undefined || current.has(key)) return [];
    const slug = name.replace(PROSE, '');
    return [
      {
        file: displayPath(path.join(log.root, past.path)),
        field: '(tệp)',
        found: slug,
        code: 'item.removed',
        params: { kind: TRANSLATIONS_FOLDER, slug, date: vietnamDate(new Date(past.date)) },
      },
    ];
  });
}
