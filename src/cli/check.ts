/**
 * `npm run check`: validates all content without building the site, in seconds,
 * with the same code the build runs first. Exits 1 when there are errors.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentDir } from '../check/paths';
import { checkContent } from '../check/check-content';
import { formatProblem, formatReport, formatWarnings } from '../messages/problems';
import { PROSE_FOLDERS, proseFiles, renderProseFiles, type ProseFolder } from '../loaders/prose-loader';

const { problems, warnings, documents } = checkContent(contentDir());
// The render reads each file's frontmatter too: a file whose YAML the check could not read comes
// back, unrendered, with the same problem, which is said once.
const reported = new Set(problems.map(formatProblem));
// The prose itself, as the build renders it: code where text belongs, or MDX that cannot be read.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'minh-bach-xa-check-'));
try {
  for (const folder of Object.keys(PROSE_FOLDERS) as ProseFolder[]) {
    const rendered = await renderProseFiles(folder, proseFiles(folder), scratch);
    problems.push(...rendered.problems.filter((problem) => !reported.has(formatProblem(problem))));
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
if (warnings.length > 0) console.warn(`${formatWarnings(warnings)}\n`);
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  console.log(`✓ Nội dung hợp lệ (${documents.length} văn bản và các mục khác). / Content is valid.`);
}
