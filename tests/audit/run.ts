/**
 * `npm run audit`: Lighthouse (mobile) over one page of each type of the built site in
 * dist/, every category, printed as a table. Fails when a score is under 0.95.
 * Build first: `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../support/browser';
import { serveStatic } from '../support/static-server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = path.join(ROOT, process.env.OUT_DIR ?? 'dist');
const TARGET = 0.95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The first built page under a folder, so the audit follows whatever content exists. */
function firstPage(section: string): string | undefined {
  const dir = path.join(DIST, section);
  if (!fs.existsSync(dir)) return undefined;
  const child = fs
    .readdirSync(dir)
    .sort()
    .find(
      (name) =>
        fs.existsSync(path.join(dir, name, 'index.html')) &&
        !/^(trang|nam|loai|thang|can-bo|trang-thai|qua-han|dia-ban|linh-vuc)$/.test(name),
    );
  return child ? `/${section}/${child}/` : undefined;
}

const pages = [
  '/',
  firstPage('van-ban'),
  '/lich-tiep-cong-dan/',
  firstPage('lay-y-kien'),
  firstPage('doi-thoai'),
  '/kien-nghi/',
  '/tim-kiem/?q=dan+van',
].filter((p): p is string => p !== undefined);

if (!fs.existsSync(path.join(DIST, 'index.html'))) {
  console.error(`Chưa có ${DIST}: chạy npm run build trước. / Build first: npm run build.`);
  process.exit(2);
}

const server = await serveStatic(DIST);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const rows: Record<string, string | number>[] = [];
let failed = false;
try {
  for (const page of pages) {
    const result = await lighthouse(`${server.origin}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      formFactor: 'mobile',
    });
    const categories = result?.lhr.categories ?? {};
    const row: Record<string, string | number> = { page };
    for (const category of CATEGORIES) {
      const score = categories[category]?.score ?? 0;
      row[category] = score;
      if (score < TARGET) failed = true;
    }
    rows.push(row);
  }
} finally {
  chrome.kill();
  await server.close();
}
console.table(rows);
if (failed) {
  console.error(`Có điểm dưới ${TARGET}. / A score is below ${TARGET}.`);
  process.exitCode = 1;
}
