import { execFileSync } from 'node:child_process';

/**
 * Runs git in `cwd` as a clerk of the office would commit, at `date` if given, so that tests
 * which build a history of their own need no git identity on the machine.
 */
export function gitIn(cwd: string, args: string[], date?: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Văn phòng',
      GIT_AUTHOR_EMAIL: 'vp@example.org',
      GIT_COMMITTER_NAME: 'Văn phòng',
      GIT_COMMITTER_EMAIL: 'vp@example.org',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
}
