/**
 * Nothing published disappears without a word. A document, consultation or dialogue that git says
 * was once in content/ and is no longer there – deleted, or renamed without its old name in the new
 * file's `aliases:` – stops the build: its address was given out, on paper and in links. To take an
 * item down the office marks it withdrawn; to rename it, it keeps the old name as an alias. Sample
 * content was never the office's word and may go.
 */
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { vietnamDate } from '../dates/calendar';
import { pastFiles } from '../lib/history';
import type { ContentProblem } from '../vocabulary/problems';
import { textAt, type GitLog } from './git-history';
import { FRONTMATTER } from './source-text';

/** The kinds whose items have addresses people keep. */
export const KEPT_KINDS = ['documents', 'consultations', 'dialogues'] as const;
export type KeptKind = (typeof KEPT_KINDS)[number];

const PROSE = /\.mdx?$/;

/** Whether a file's text marks it as sample content (`sample: true` in its frontmatter). */
function isSample(text: string): boolean {
  const yaml = FRONTMATTER.exec(text)?.[1];
  if (yaml === undefined) return false;
  try {
    const data = load(yaml, { schema: CORE_SCHEMA }) as { sample?: unknown } | null;
    return data?.sample === true;
  } catch {
    return false;
  }
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
