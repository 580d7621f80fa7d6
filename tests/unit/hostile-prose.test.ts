import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startContentCheck } from '../../src/check';
import { PROSE_LABELS } from '../../src/messages/prose-labels';
import { formatProblem } from '../../src/messages/problems';
import { FIXTURES } from '../support/build-site';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** The valid fixture with the hostile document laid over it. */
function hostileContent(): string {
  const dir = path.join(scratch, 'content');
  for (const source of ['valid', 'hostile']) fs.cpSync(path.join(FIXTURES, source), dir, { recursive: true });
  return dir;
}

describe('a document that tries to run code or load from another site', () => {
  it('stops the check with one message per attempt, each at its line', async () => {
    const run = startContentCheck({
      dir: hostileContent(),
      now: new Date('2026-11-26T05:00:00Z'),
      proseDir: path.join(scratch, 'prose'),
      proseLabels: PROSE_LABELS,
    });
    const outcome = await run.outcome;
    expect(outcome.ok).toBe(false);
    const problems = outcome.ok ? [] : outcome.problems.filter((p) => p.file.endsWith('2023-thong-bao-doc-hai.mdx'));
    expect(problems.map((p) => [p.line, p.code, p.found])).toEqual([
      [14, 'mdx.scriptAddress', 'java\tscript:alert(1)'],
      [16, 'mdx.scriptAddress', 'java\tscript:alert(1)'],
      [18, 'mdx.scriptAddress', 'java\tscript:alert(1)'],
      [20, 'mdx.scriptAddress', 'java\nscript:alert(1)'],
      [22, 'mdx.forbiddenTag', '<svg>'],
      [24, 'mdx.forbiddenAttribute', '<span style>'],
      [26, 'mdx.forbiddenAttribute', '<a ping>'],
      [28, 'mdx.forbiddenAttribute', '<div style>'],
      [30, 'mdx.forbiddenTag', '<script>'],
      [32, 'mdx.scriptedAttribute', '<img onerror>'],
      [34, 'mdx.forbiddenTag', '<iframe>'],
      [36, 'mdx.forbiddenTag', '<base>'],
      [38, 'mdx.forbiddenTag', '<meta>'],
      [40, 'mdx.forbiddenTag', '<button>'],
      [42, 'mdx.forbiddenTag', '<iframe>'],
      [44, 'mdx.scriptAddress', 'data:text/html,<script>alert(1)</script>'],
      [46, 'mdx.scriptAddress', 'vbscript:msgbox(1)'],
    ]);
    // Said so that the clerk sees what to write instead, the attributes a tag may carry among it.
    const ping = problems.find((p) => p.line === 26);
    expect(ping && formatProblem(ping)).toContain('thẻ <a> chỉ được mang: href, id, lang, title');
    // Nothing else in the fixture is wrong: every problem is one of these.
    expect(outcome.ok ? [] : outcome.problems.length).toBe(problems.length);
  });
});
