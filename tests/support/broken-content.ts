import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startContentCheck } from '../../src/check';
import { formatReport } from '../../src/messages/problems';
import { PROSE_LABELS } from '../../src/messages/prose-labels';
import { buildSite, composeContent, FIXED_EPOCH, FIXTURES, removeTempDirs, tempDir } from './build-site';

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
  /** A fixture folder laid over the valid one before the broken one: `merged` for a site with former units. */
  base?: string;
}

/** The report of the content check that a build starts with, run here in the test's own process. */
async function checkReport(content: string): Promise<string | undefined> {
  const run = startContentCheck({
    dir: content,
    now: new Date(Number(FIXED_EPOCH) * 1000),
    proseDir: path.join(tempDir('prose'), 'prose'),
    proseLabels: PROSE_LABELS,
  });
  const outcome = await run.outcome;
  return outcome.ok ? undefined : formatReport(outcome.problems);
}

function expectReportOf(broken: BrokenCase, report: string): void {
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
}

/**
 * For each case: lay the broken folder over the valid fixture and check that the content check
 * stops with a bilingual report of exactly that one mistake. The check is the build's first step
 * and the whole of what stops it, so the first case of each file also goes through `astro build`,
 * which must print that same report and leave the previous output untouched; the others are
 * read by the check alone, a fiftieth of a build's time.
 */
export function describeBrokenContent(cases: BrokenCase[]): void {
  afterAll(removeTempDirs);
  describe.each(cases.map((broken, i) => ({ ...broken, built: i === 0 })))('content with one mistake: $folder', (broken) => {
    it('stops the check with a report that names file, field, found and expected in Vietnamese then English', async () => {
      const overlays = [...(broken.base ? [path.join(FIXTURES, broken.base)] : []), path.join(FIXTURES, 'broken', broken.folder)];
      const content = composeContent(broken.folder, ...overlays);
      const report = await checkReport(content);
      expect(report).toBeDefined();
      expectReportOf(broken, report ?? '');
      if (!broken.built) return;

      const outDir = tempDir('dist-previous');
      fs.writeFileSync(path.join(outDir, 'previous-build.txt'), 'the last good build');
      const result = await buildSite(content, { outDir });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(report);
      expectReportOf(broken, result.output);
      expect(fs.readdirSync(outDir)).toEqual(['previous-build.txt']);
    });
  });
}
