import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { changesByPath, GIT_LOG_ARGS, parseGitLog, type Histories, type LoggedCommit } from '../lib/history';

/** The git log of a content folder, read once, or why it cannot be read. */
export type GitLog = { available: true; root: string; commits: LoggedCommit[] } | { available: false; reason: 'no-git' | 'shallow' };

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });

/** Reads the log of every file under `dir` in one pass, or says why it cannot. */
export function readGitLog(dir: string): GitLog {
  let root: string;
  try {
    root = git(dir, 'rev-parse', '--show-toplevel').trim();
  } catch {
    return { available: false, reason: 'no-git' };
  }
  // In a shallow clone the oldest commit we see is not when an item was posted: say so instead.
  if (git(dir, 'rev-parse', '--is-shallow-repository').trim() === 'true') return { available: false, reason: 'shallow' };
  return { available: true, root, commits: parseGitLog(git(dir, ...GIT_LOG_ARGS, '--', '.')) };
}

/** Every content file's history, from the log. */
export function historiesOf(log: GitLog): Histories {
  return log.available ? { available: true, byPath: changesByPath(log.commits), root: log.root } : log;
}

/** Reads the history of every file under `dir`, or says why it cannot. */
export function readHistories(dir: string): Histories {
  return historiesOf(readGitLog(dir));
}

/** A file's text at a revision (`abc123`, `abc123^`), or undefined when git has none. */
export function textAt(root: string, revision: string, file: string): string | undefined {
  try {
    return git(root, 'show', `${revision}:${file.split(path.sep).join('/')}`);
  } catch {
    return undefined;
  }
}
