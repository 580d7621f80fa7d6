/**
 * `npm run check`: validates all content without building the site, in seconds,
 * with the same code the build runs first. Exits 1 when there are errors.
 */
import { contentDir } from '../lib/paths';
import { checkContent } from '../lib/validation/check-content';
import { formatReport, formatWarnings } from '../lib/validation/problems';

const { problems, warnings, documents } = checkContent(contentDir());
if (warnings.length > 0) console.warn(`${formatWarnings(warnings)}\n`);
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  console.log(`✓ Nội dung hợp lệ (${documents.length} văn bản và các mục khác). / Content is valid.`);
}
