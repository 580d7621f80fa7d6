import { contentDir } from '../check/paths';
import { readHistories } from '../check/git-history';
import { historyOf, type History } from '../lib/history';

let cached: ReturnType<typeof readHistories> | undefined;

/** The git history of a content file (a path relative to the project, as Astro gives it). */
export function contentHistory(file: string | undefined): History {
  cached ??= readHistories(contentDir());
  if (file === undefined) return { available: false, reason: 'untracked' };
  return historyOf(cached, file);
}
