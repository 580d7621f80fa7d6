import { execFileSync } from 'node:child_process';
import { changesByPath, GIT_LOG_ARGS, parseGitLog, type Histories } from '../lib/history';

/** Reads the history of every file under `dir`, or says why it cannot. */
export function readHistories(dir: string): Histories {
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  let root: string;
  try {
    root = git('rev-parse', '--show-toplevel').trim();
  } catch {
    return { available: false, reason: 'no-git' };
  }
  // In a shallow clone the oldest commit we see is not when an item was posted: say so instead.
  if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return { available: false, reason: 'shallow' };
  const byPath = changesByPath(parseGitLog(git(...GIT_LOG_ARGS, '--', '.')));
  return { available: true, byPath, root };
}
