import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeContent, removeTempDirs, runAstro } from '../support/build-site';

afterAll(removeTempDirs);

/** The valid fixture with one mistake: the plan's `place` left out (line 2 opens its frontmatter's fields). */
function contentWithoutPlace(): { dir: string; where: string } {
  const dir = composeContent('without-place');
  const file = path.join(dir, 'documents/2023-ke-hoach-khung.mdx');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^place: .*\n/m, ''));
  return { dir, where: `${path.relative(process.cwd(), file).split(path.sep).join('/')}:2` };
}

/** The report every way of reading content must give: the same lines, Vietnamese then English. */
function expectReport(output: string, where: string): void {
  expect(output).toContain(
    [
      `✗ ${where} — trường "place"`,
      '  Giá trị hiện có: (không có)',
      '  Cần: trường bắt buộc: một đoạn chữ',
      `  [EN] ${where} — field "place"`,
      '  Found: (missing)',
      '  Expected: a required field: text',
    ].join('\n'),
  );
  // Astro's own error for entry data, with its hint about browser APIs, never reaches the clerk.
  expect(output).not.toContain('InvalidContentEntryDataError');
  expect(output).not.toMatch(/does not match collection schema|Cannot read properties/);
}

// npm run check and npm run build are tested with every broken fixture (tests/unit/check-cli.test.ts,
// tests/build/broken-*.test.ts); the deploy workflow runs npm run build.
describe('a content mistake read by Astro’s other commands', { timeout: 120_000 }, () => {
  it('stops astro check with the bilingual report', async () => {
    const { dir, where } = contentWithoutPlace();
    const result = await runAstro(dir, ['check']);
    expect(result.code).not.toBe(0);
    expectReport(result.output, where);
  });

  it('is reported by astro dev in the same words as it starts', async () => {
    const { dir, where } = contentWithoutPlace();
    const result = await runAstro(dir, ['dev', '--port', '0', '--host', '127.0.0.1'], {
      until: /Expected: a required field: text/,
      timeoutMs: 90_000,
    });
    expectReport(result.output, where);
  });
});
