/**
 * `npm run new -- <loại> "<tiêu đề>"`: creates a correctly named content file with
 * every field present and explained, valid as it stands. Never overwrites a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildInstant } from '../lib/build-time';
import { vietnamDate } from '../lib/dates';
import { contentDir } from '../lib/paths';
import { SCAFFOLD_KINDS, scaffold, type ScaffoldKind } from '../lib/scaffold';
import { checkSiteFile } from '../lib/validation/check-content';
import { formatReport } from '../lib/validation/problems';

const [kind, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
const kinds = Object.keys(SCAFFOLD_KINDS).join(', ');

if (!kind || !(kind in SCAFFOLD_KINDS) || !title) {
  console.error(`Cách dùng: npm run new -- <loại> "<tiêu đề>"   (loại: ${kinds})`);
  console.error(`Usage: npm run new -- <kind> "<title>"   (kind: ${kinds})`);
  console.error('Ví dụ / example: npm run new -- van-ban "Kế hoạch tổ chức hội nghị đối thoại năm 2027"');
  process.exit(2);
}

const { site, problems } = checkSiteFile(contentDir());
if (!site) {
  console.error(formatReport(problems));
  process.exit(1);
}

const created = scaffold(kind as ScaffoldKind, title, vietnamDate(buildInstant()), site);
const target = path.join(contentDir(), created.path);
const shown = path.relative(process.cwd(), target);
if (fs.existsSync(target)) {
  console.error(`✗ Đã có tệp ${shown}: không ghi đè. Đặt tiêu đề khác hoặc sửa tệp đó.`);
  console.error(`✗ ${shown} already exists: not overwritten. Choose another title or edit that file.`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, created.text, { flag: 'wx' });
console.log(`✓ Đã tạo ${shown}. Mở tệp, điền nội dung, rồi chạy: npm run check`);
console.log(`✓ Created ${shown}. Fill it in, then run: npm run check`);
