import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeContent, FIXED_EPOCH, FIXTURES, PROJECT_ROOT, removeTempDirs } from '../support/build-site';

afterAll(removeTempDirs);

/** Runs `npm run check` as a clerk does, on the content folder `dir`. */
function check(dir: string): { status: number | null; stderr: string } {
  return spawnSync(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [path.join(PROJECT_ROOT, 'src/cli/check.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CONTENT_DIR: dir, SOURCE_DATE_EPOCH: FIXED_EPOCH, NO_COLOR: '1' },
    encoding: 'utf8',
  });
}

// Each case runs the command in a process of its own.
describe('npm run check', { timeout: 60_000 }, () => {
  // The prose render reads the frontmatter with js-yaml too; it used to throw on this file and
  // print js-yaml's stack instead of the report the check had already made.
  it('reports a colon left unquoted in a title at its line, Vietnamese then English, once, and exits 1 without a stack trace', () => {
    const dir = composeContent('yaml-unquoted-colon', path.join(FIXTURES, 'broken', 'yaml-unquoted-colon'));
    const { status, stderr: report } = check(dir);

    expect(status).toBe(1);
    const where = `${path.relative(PROJECT_ROOT, dir)}/documents/2023-bao-cao-6-thang.mdx:5`;
    expect(report).toContain('Nội dung có 1 lỗi, chưa xuất bản gì.');
    expect(report).toContain(
      [
        `✗ ${where} — trường "(YAML)"`,
        '  Lỗi: giá trị có dấu hai chấm ":" mà không đặt trong ngoặc kép, nên phần sau dấu hai chấm bị hiểu là một trường khác',
        '  Giá trị hiện có: "title: Báo cáo: kết quả 6 tháng đầu năm 2023"',
        '  Cần: đặt cả giá trị trong ngoặc kép: title: "Báo cáo: kết quả 6 tháng đầu năm 2023"',
        `  [EN] ${where} — field "(YAML)"`,
        '  Problem: the value contains a colon ":" and is not in double quotes, so what follows the colon is read as another field',
        '  Found: "title: Báo cáo: kết quả 6 tháng đầu năm 2023"',
        '  Expected: the whole value in double quotes: title: "Báo cáo: kết quả 6 tháng đầu năm 2023"',
      ].join('\n'),
    );
    // Found by the check and again by the prose render: said once.
    expect(report.match(/^✗ /gm)).toHaveLength(1);
    expect(report).not.toMatch(/YAMLException|^\s+at .+:\d+:\d+\)?$/m);
  });
});
