import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPagesBasePath } from '../../src/check';
import { buildSite, composeContent, FIXTURES, removeTempDirs, runAstro, tempDir, type BuildResult } from '../support/build-site';

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

describe('a build for a GitHub Pages project site, served under /<repository>/', () => {
  let outDir: string;
  let summary: string;
  let result: BuildResult;
  beforeAll(async () => {
    outDir = tempDir('dist-previous');
    fs.writeFileSync(path.join(outDir, 'previous-build.txt'), 'the last good build');
    summary = path.join(tempDir('summary'), 'step-summary.md');
    result = await buildSite(path.join(FIXTURES, 'valid'), { outDir, env: { PAGES_BASE_PATH: '/trang-xa', GITHUB_STEP_SUMMARY: summary } });
  });

  it('stops before it writes anything, saying how to serve the site from the root of a host', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('✗ GitHub Pages — trường "base_path"');
    expect(result.output).toContain('GitHub Pages sẽ đặt trang ở thư mục con /trang-xa/ của tên miền');
    expect(result.output).toContain('Expected: a site at the root of a host: set a Custom domain');
    expect(fs.readdirSync(outDir)).toEqual(['previous-build.txt']);
  });

  it('writes its warnings and errors to the job summary on GitHub Actions, where the office sees them', () => {
    const written = fs.readFileSync(summary, 'utf8');
    // The valid fixture's own warnings (years without a dialogue conference), then the error.
    expect(written).toMatch(/^### Cảnh báo \(\d+\): trang vẫn được xuất bản, nhưng nên xem lại\.\n\nWarnings \(\d+\)/);
    expect(written).toContain('### Nội dung có 1 lỗi, chưa xuất bản gì.');
    expect(written).toContain('````text\n✗ GitHub Pages — trường "base_path"');
  });

  // Every other build here runs without the variable, as a build off GitHub Pages does.
  it('lets a site at the root through: a custom domain or a user site gives an empty base path', () => {
    expect(checkPagesBasePath(undefined)).toEqual([]);
    expect(checkPagesBasePath('')).toEqual([]);
    expect(checkPagesBasePath('/')).toEqual([]);
  });
});

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
