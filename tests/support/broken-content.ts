import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, composeContent, FIXTURES, removeTempDirs, tempDir } from './build-site';

/** A fixture folder under tests/fixtures/broken/ that carries one mistake, and what the report must say. */
export interface BrokenCase {
  folder: string;
  /** Path inside the content folder, with `:line` when the line is known. */
  file: string;
  field: string;
  /** The found value as the report prints it (JSON-quoted, or `(không có)`). */
  found: string;
  /** Vietnamese phrases the report must contain; the first must come before the English. */
  vi: string[];
  en: string[];
}

/**
 * For each case: lay the broken folder over the valid fixture, build, and check
 * that the build stops with a bilingual report of exactly that one mistake and
 * leaves the previous output untouched.
 */
export function describeBrokenContent(cases: BrokenCase[]): void {
  afterAll(removeTempDirs);
  describe.each(cases)('content with one mistake: $folder', (broken) => {
    it('stops the build, names file, field, found and expected in Vietnamese then English, and writes nothing', async () => {
      const content = composeContent(broken.folder, path.join(FIXTURES, 'broken', broken.folder));
      const outDir = tempDir('dist-previous');
      fs.writeFileSync(path.join(outDir, 'previous-build.txt'), 'the last good build');

      const result = await buildSite(content, { outDir });

      expect(result.code).not.toBe(0);
      const report = result.output;
      expect(report).toContain(`${broken.file} — trường "${broken.field}"`);
      expect(report).toContain(`Giá trị hiện có: ${broken.found}`);
      for (const text of broken.vi) expect(report).toContain(text);
      for (const text of broken.en) expect(report).toContain(text);
      // Warnings about other content may come first; read the error's own lines.
      const error = report.indexOf('✗ ');
      const firstVietnamese = report.indexOf(broken.vi[0] ?? '', error);
      const firstEnglish = report.indexOf(`— field "${broken.field}"`, error);
      expect(firstVietnamese).toBeGreaterThan(error);
      expect(firstEnglish).toBeGreaterThan(firstVietnamese);
      expect(report).toContain('chưa xuất bản gì');
      // Exactly one mistake was planted, so exactly one is reported.
      expect(report.match(/^✗ /gm)).toHaveLength(1);
      expect(fs.readdirSync(outDir)).toEqual(['previous-build.txt']);
    });
  });
}
