import { getEntry } from 'astro:content';
import type { History } from '../lib/history';
import { buildInfo } from './build';

/** The git history of a content file (a path relative to the project, as Astro gives it), as the content check read it. */
export async function contentHistory(file: string | undefined): Promise<History> {
  const { history } = await buildInfo();
  if (history !== 'available') return { available: false, reason: history };
  const entry = file === undefined ? undefined : await getEntry('history', file);
  return entry ? { available: true, changes: entry.data.changes } : { available: false, reason: 'untracked' };
}
