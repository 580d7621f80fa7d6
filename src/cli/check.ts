/**
 * `npm run check`: validates all content without building the site, in seconds, with the same
 * check the build starts with, and renders the prose into the build's cache as the build would.
 * Exits 1 when there are errors.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, startContentCheck } from '../check';
import { PROSE_LABELS } from '../messages/prose-labels';
import { formatReport, formatWarnings } from '../messages/problems';
import { buildNow } from '../build/clock';
import { cacheDirOf, proseDirOf } from '../build/cache-dir';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const run = startContentCheck({ dir: contentDir(), now: buildNow(), proseDir: proseDirOf(cacheDirOf(root)), proseLabels: PROSE_LABELS });
const outcome = await run.outcome;
const warnings = outcome.ok ? outcome.content.warnings : outcome.warnings;
if (warnings.length > 0) console.warn(`${formatWarnings(warnings)}\n`);
if (!outcome.ok) {
  console.error(formatReport(outcome.problems));
  process.exitCode = 1;
} else {
  console.log(`✓ Nội dung hợp lệ (${outcome.content.documents.length} văn bản và các mục khác). / Content is valid.`);
}
