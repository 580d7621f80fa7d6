/**
 * `npm run new -- <loại> "<tiêu đề>"`: creates a correctly named content file with
 * every field present and explained, valid as it stands. Never overwrites a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildNow } from '../build/clock';
import { vietnamDate } from '../dates/calendar';
import { checkEntries, checkSiteFile, contentDir, siteRouteNames } from '../check';
import { SCAFFOLD_KINDS, reportScaffold, scaffold, translationScaffold, type Scaffold, type ScaffoldKind } from '../lib/scaffold';
import { translatedItemSchema } from '../schemas/translation';
import { TRANSLATED_SECTIONS } from '../vocabulary/translations';
import { slugify } from '../vocabulary/slug';
import { formatReport } from '../messages/problems';

const [kind, ...titleWords] = process.argv.slice(2);

/** Writes a new file under content/, never over one that exists, and says so in both languages. */
function writeNew(created: Scaffold): void {
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
}

// `npm run new -- bao-cao <kế hoạch> <kỳ báo cáo>`: a report answering a duty of a plan on the site.
if (kind === 'bao-cao') {
  const [plan = '', duty = ''] = titleWords;
  const content = checkEntries(contentDir(), buildNow());
  const planEntry = content.documents.find((doc) => doc.slug === plan);
  const duties = planEntry?.data.followUp?.reports ?? [];
  const found = duties.find((d) => d.id === duty);
  if (!content.site || !planEntry || !found) {
    const plans = content.documents.filter((doc) => (doc.data.followUp?.reports.length ?? 0) > 0).map((doc) => doc.slug);
    console.error('Cách dùng: npm run new -- bao-cao <tên tệp kế hoạch> <mã kỳ báo cáo>');
    console.error('Usage: npm run new -- bao-cao <plan file name> <reporting duty id>');
    if (!planEntry) console.error(`Kế hoạch có kỳ báo cáo / plans with reporting duties: ${plans.join(', ') || '(không có / none)'}`);
    else console.error(`Kỳ báo cáo của ${plan} / its reporting duties: ${duties.map((d) => d.id).join(', ') || '(không có / none)'}`);
    process.exit(2);
  }
  writeNew(
    reportScaffold(
      { plan, planTitle: planEntry.data.title, duty: found, tasks: planEntry.data.followUp?.tasks ?? [] },
      vietnamDate(buildNow()),
      content.site,
    ),
  );
  process.exit(0);
}
// `npm run new -- ban-dich <địa chỉ> <mã ngôn ngữ>`: a translation of an item into a language of site.yaml.
if (kind === 'ban-dich') {
  const [address = '', code = ''] = titleWords;
  const content = checkEntries(contentDir(), buildNow());
  const item = translatedItemSchema.safeParse(address);
  const entries = item.success ? content[TRANSLATED_SECTIONS[item.data.section]] : [];
  const entry = item.success ? entries.find((candidate) => candidate.slug === item.data.slug) : undefined;
  const language = content.site?.languages.find((candidate) => candidate.code === code);
  if (!item.success || !entry || !language) {
    const declared = content.site?.languages.map((candidate) => candidate.code) ?? [];
    const codes = declared.length > 0 ? declared.join(', ') : '(chưa khai báo / none declared)';
    console.error('Cách dùng: npm run new -- ban-dich <địa chỉ trang tiếng Việt> <mã ngôn ngữ>');
    console.error('Usage: npm run new -- ban-dich <address of the Vietnamese page> <language code>');
    if (!entry) console.error(`Không có trang tiếng Việt nào ở "${address}" / no Vietnamese page is at "${address}"`);
    if (!language) console.error(`Ngôn ngữ trong content/site.yaml / languages in content/site.yaml: ${codes}`);
    process.exit(2);
  }
  writeNew(translationScaffold({ item: item.data, itemTitle: entry.data.title, language }, vietnamDate(buildNow())));
  process.exit(0);
}
// Composed (NFC), as the content is read: a title typed with Unikey's "Unicode tổ hợp" is written as any other.
const title = titleWords.join(' ').trim().normalize('NFC');
const kinds = Object.keys(SCAFFOLD_KINDS).join(', ');

if (!kind || !(kind in SCAFFOLD_KINDS) || !title) {
  console.error(`Cách dùng: npm run new -- <loại> "<tiêu đề>"   (loại: ${kinds})`);
  console.error(`Usage: npm run new -- <kind> "<title>"   (kind: ${kinds})`);
  console.error('Ví dụ / example: npm run new -- van-ban "Kế hoạch tổ chức hội nghị đối thoại năm 2027"');
  console.error("Báo cáo cho một kỳ báo cáo của kế hoạch / a report for a plan's duty: npm run new -- bao-cao <kế hoạch> <kỳ>");
  console.error('Bản dịch / a translation: npm run new -- ban-dich <địa chỉ trang tiếng Việt / address> <mã ngôn ngữ / language code>');
  process.exit(2);
}

// The file is named from the title: one without a letter or digit would be named `.mdx`, no address at all.
if (slugify(title) === '') {
  console.error(
    `✗ Tiêu đề "${title}" không có chữ cái hay chữ số nào để đặt tên tệp: không tạo tệp. Viết tiêu đề bằng chữ, ví dụ "Hướng dẫn góp ý".`,
  );
  console.error(
    `✗ The title "${title}" has no letter or digit to name the file after: nothing created. Write the title in words, e.g. "Hướng dẫn góp ý".`,
  );
  process.exit(2);
}

const { site, problems } = checkSiteFile(contentDir());
if (!site) {
  console.error(formatReport(problems));
  process.exit(1);
}

const created = scaffold(kind as ScaffoldKind, title, vietnamDate(buildNow()), site);
const target = path.join(contentDir(), created.path);
const shown = path.relative(process.cwd(), target);
// A standing page is at /<file name>/, where one of the site's own pages may already be: the check would refuse it.
const address = path.basename(created.path, path.extname(created.path));
if (kind === 'trang' && siteRouteNames().has(address)) {
  console.error(
    `✗ Địa chỉ /${address}/ đã là một trang có sẵn của trang web: không tạo ${shown}. Đặt tiêu đề khác, ví dụ "${title} UBND".`,
  );
  console.error(`✗ The address /${address}/ is already one of the site's own pages: ${shown} not created. Choose another title.`);
  process.exit(1);
}
writeNew(created);
