import path from 'node:path';
import { vietnamDate } from '../dates/calendar';

/** One commit that changed an item. */
export interface Change {
  hash: string;
  /** Commit time as an ISO instant with its offset. */
  date: string;
  subject: string;
}

/** An item's change history, or why it cannot be shown honestly. */
export type History = { available: true; changes: Change[] } | { available: false; reason: 'no-git' | 'shallow' | 'untracked' };

/** Every content file's history, read in one pass, or why it cannot be read. */
export type Histories =
  { available: true; byPath: Map<string, Change[]>; root: string } | { available: false; reason: 'no-git' | 'shallow' };

/** A commit as `git log -M --name-status` gives it: the files it added, changed, deleted or renamed. */
export interface LoggedCommit extends Change {
  files: { status: string; path: string; from?: string }[];
}

const RECORD = '\u001e';
const FIELD = '\u001f';

/** The arguments of the one `git log` that reads every item's history in a single pass. */
export const GIT_LOG_ARGS = ['log', '-M', '--name-status', `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`];

/** Parses `git log -M --name-status` output written with GIT_LOG_ARGS, newest commit first. */
export function parseGitLog(output: string): LoggedCommit[] {
  return output
    .split(RECORD)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [header = '', ...lines] = chunk.split('\n');
      const [hash = '', date = '', subject = ''] = header.split(FIELD);
      const files = lines
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const [status = '', first = '', second] = line.split('\t');
          return second === undefined ? { status, path: first } : { status, path: second, from: first };
        });
      return { hash, date, subject, files };
    });
}

/**
 * Each file's commits, newest first, under its current path. Walking back in
 * time, a rename hands the history of the old path on to the new one, so a
 * renamed item keeps the day it was first posted.
 */
export function changesByPath(commits: readonly LoggedCommit[]): Map<string, Change[]> {
  const histories = new Map<string, Change[]>();
  // Which current path a path name in history belongs to, as we walk back.
  const currentOf = new Map<string, string>();
  for (const commit of commits) {
    const change: Change = { hash: commit.hash, date: commit.date, subject: commit.subject };
    for (const file of commit.files) {
      const current = currentOf.get(file.path) ?? file.path;
      if (file.status.startsWith('D') && !currentOf.has(file.path)) continue; // deleted since: not published
      const list = histories.get(current) ?? [];
      list.push(change);
      histories.set(current, list);
      if (file.from !== undefined) currentOf.set(file.from, current);
    }
  }
  return histories;
}

/** A file that git has known, as its newest commit left it. */
export interface PastFile {
  /** Path in the repository. */
  path: string;
  /** The newest commit that touched it. */
  commit: string;
  /** That commit's time, an ISO instant with its offset. */
  date: string;
  /** Whether that commit deleted it or renamed it away; otherwise it is in that commit as it stands. */
  gone: boolean;
  /** Where that commit renamed it to. */
  renamedTo?: string;
}

/**
 * Every file that ever was under one of `folders` (repository paths), each as its newest commit left
 * it: walking the log from the newest commit, the first mention of a path is its last state.
 */
export function pastFiles(commits: readonly LoggedCommit[], folders: readonly string[]): PastFile[] {
  const inFolders = (file: string): boolean => folders.some((folder) => path.posix.dirname(file) === folder);
  const seen = new Map<string, PastFile>();
  const note = (file: PastFile): void => {
    if (inFolders(file.path) && !seen.has(file.path)) seen.set(file.path, file);
  };
  for (const commit of commits) {
    for (const file of commit.files) {
      const at = { commit: commit.hash, date: commit.date };
      if (file.from !== undefined) note({ path: file.from, ...at, gone: true, renamedTo: file.path });
      note({ path: file.path, ...at, gone: file.status.startsWith('D') });
    }
  }
  return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** The history of one file, from histories read once per build. */
export function historyOf(histories: Histories, file: string): History {
  if (!histories.available) return histories;
  const relative = path.relative(histories.root, path.resolve(file)).split(path.sep).join('/');
  const changes = histories.byPath.get(relative);
  return changes && changes.length > 0 ? { available: true, changes } : { available: false, reason: 'untracked' };
}

/** How often an item was revised after it was first committed, and when last. */
export interface Revision {
  /** Commits after the first: it only grows, as git history does. */
  count: number;
  /** When the latest commit was made, an ISO instant with its offset. */
  at: string;
}

/** An item's revision from its history, or undefined when the history cannot be read. */
export function revisionOf(history: History): Revision | undefined {
  const [latest] = history.available ? history.changes : [];
  return history.available && latest ? { count: history.changes.length - 1, at: latest.date } : undefined;
}

/**
 * The days, in Vietnam, an item was first posted and last changed, as its page states them: the
 * first and latest commits that touched its file. `updated` is left out while it is the posting day.
 */
export function postedAndUpdated(history: History): { posted: string; updated?: string } | undefined {
  if (!history.available) return undefined;
  const first = history.changes.at(-1);
  const latest = history.changes[0];
  if (first === undefined || latest === undefined) return undefined;
  const posted = vietnamDate(new Date(first.date));
  const updated = vietnamDate(new Date(latest.date));
  return updated > posted ? { posted, updated } : { posted };
}

/** Change notes newest first; notes of one day keep the order the office wrote them in. */
export function newestNotesFirst<T extends { date: string }>(notes: readonly T[]): T[] {
  return notes
    .map((note, index) => ({ note, index }))
    .sort((a, b) => b.note.date.localeCompare(a.note.date) || a.index - b.index)
    .map(({ note }) => note);
}
