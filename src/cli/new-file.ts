/**
 * What `npm run new` does (src/cli/new.ts runs it): creates a correctly named content file with
 * every field present and explained, valid as it stands. Never overwrites a file. Given the
 * content folder and the instant, it says what it would print and the exit status.
 */
import fs from 'node:fs';
import path from 'node:path';
import { vietnamDate } from '../dates/calendar';
import { checkEntries, checkSiteFile, siteRouteNames } from '../check';
import { SCAFFOLD_KINDS, reportScaffold, scaffold, translationScaffold, type Scaffold, type ScaffoldKind } from '../lib/scaffold';
import { translatedItemSchema } from '../schemas/translation';
import { TRANSLATED_SECTIONS } from '../vocabulary/translations';
import { slugify } from '../vocabulary/slug';
import { formatReport } from '../messages/problems';

/** What the command prints, on stdout and stderr, and its exit status: 0 done, 1 refused, 2 misused. */
export interface NewFileOutcome {
  status: 0 | 1 | 2;
  out: string[];
  err: string[];
}

/** Where the command runs: the content folder, the build's instant, and the folder paths are shown from. */
export interface NewFileSetting {
  contentDir: string;
  now: Date;
  cwd: string;
}

const refused = (status: 1 | 2, ...err: string[]): NewFileOutcome => ({ status, out: [], err });

/** Writes a new file under content/, never over one that exists, and says so in both languages. */
function writeNew(created: Scaffold, setting: NewFileSetting): NewFileOutcome {
  const target = path.join(setting.contentDir, created.path);
  const shown = path.relative(setting.cwd, target);
  if (fs.existsSync(target)) {
    return refused(
      1,
      `✗ Đã có tệp ${shown}: không ghi đè. Đặt tiêu đề khác hoặc sửa tệp đó.`,
      `✗ ${shown} already exists: not overwritten. Choose another title or edit that file.`,
    );
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, created.text, { flag: 'wx' });
  return {
    status: 0,
    out: [`✓ Đã tạo ${shown}. Mở tệp, điền nội dung, rồi chạy: npm run check`, `✓ Created ${shown}. Fill it in, then run: npm run check`],
    err: [],
  };
}

/** `npm run new -- <args>`: a report, a translation, or a file of a kind with a title. */
export function newFile(args: readonly string[], setting: NewFileSetting): NewFileOutcome {
  const [kind, ...titleWords] = args;
  const today = vietnamDate(setting.now);

  // `npm run new -- bao-cao <kế hoạch> <kỳ báo cáo>`: a report answering a duty of a plan on the site.
  if (kind === 'bao-cao') {
    const [plan = '', duty = ''] = titleWords;
    const content = checkEntries(setting.contentDir, setting.now);
    const planEntry = content.documents.find((doc) => doc.slug === plan);
    const duties = planEntry?.data.followUp?.reports ?? [];
    const found = duties.find((d) => d.id === duty);
    if (!content.site || !planEntry || !found) {
      const plans = content.documents.filter((doc) => (doc.data.followUp?.reports.length ?? 0) > 0).map((doc) => doc.slug);
      return refused(
        2,
        'Cách dùng: npm run new -- bao-cao <tên tệp kế hoạch> <mã kỳ báo cáo>',
        'Usage: npm run new -- bao-cao <plan file name> <reporting duty id>',
        planEntry
          ? `Kỳ báo cáo của ${plan} / its reporting duties: ${duties.map((d) => d.id).join(', ') || '(không có / none)'}`
          : `Kế hoạch có kỳ báo cáo / plans with reporting duties: ${plans.join(', ') || '(không có / none)'}`,
      );
    }
    return writeNew(
      reportScaffold(
        { plan, planTitle: planEntry.data.title, duty: found, tasks: planEntry.data.followUp?.tasks ?? [] },
        today,
        content.site,
      ),
      setting,
    );
  }
  // `npm run new -- ban-dich <địa chỉ> <mã ngôn ngữ>`: a translation of an item into a language of site.yaml.
  if (kind === 'ban-dich') {
    const [address = '', code = ''] = titleWords;
    const content = checkEntries(setting.contentDir, setting.now);
    const item = translatedItemSchema.safeParse(address);
    const entries = item.success ? content[TRANSLATED_SECTIONS[item.data.section]] : [];
    const entry = item.success ? entries.find((candidate) => candidate.slug === item.data.slug) : undefined;
    const language = content.site?.languages.find((candidate) => candidate.code === code);
    if (!item.success || !entry || !language) {
      const declared = content.site?.languages.map((candidate) => candidate.code) ?? [];
      const codes = declared.length > 0 ? declared.join(', ') : '(chưa khai báo / none declared)';
      return refused(
        2,
        'Cách dùng: npm run new -- ban-dich <địa chỉ trang tiếng Việt> <mã ngôn ngữ>',
        'Usage: npm run new -- ban-dich <address of the Vietnamese page> <language code>',
        ...(entry ? [] : [`Không có trang tiếng Việt nào ở "${address}" / no Vietnamese page is at "${address}"`]),
        ...(language ? [] : [`Ngôn ngữ trong content/site.yaml / languages in content/site.yaml: ${codes}`]),
      );
    }
    return writeNew(translationScaffold({ item: item.data, itemTitle: entry.data.title, language }, today), setting);
  }
  // Composed (NFC), as the content is read: a title typed with Unikey's "Unicode tổ hợp" is written as any other.
  const title = titleWords.join(' ').trim().normalize('NFC');
  const kinds = Object.keys(SCAFFOLD_KINDS).join(', ');

  if (!kind || !(kind in SCAFFOLD_KINDS) || !title) {
    return refused(
      2,
      `Cách dùng: npm run new -- <loại> "<tiêu đề>"   (loại: ${kinds})`,
      `Usage: npm run new -- <kind> "<title>"   (kind: ${kinds})`,
      'Ví dụ / example: npm run new -- van-ban "Kế hoạch tổ chức hội nghị đối thoại năm 2027"',
      "Báo cáo cho một kỳ báo cáo của kế hoạch / a report for a plan's duty: npm run new -- bao-cao <kế hoạch> <kỳ>",
      'Bản dịch / a translation: npm run new -- ban-dich <địa chỉ trang tiếng Việt / address> <mã ngôn ngữ / language code>',
    );
  }

  // The file is named from the title: one without a letter or digit would be named `.mdx`, no address at all.
  if (slugify(title) === '') {
    return refused(
      2,
      `✗ Tiêu đề "${title}" không có chữ cái hay chữ số nào để đặt tên tệp: không tạo tệp. Viết tiêu đề bằng chữ, ví dụ "Hướng dẫn góp ý".`,
      `✗ The title "${title}" has no letter or digit to name the file after: nothing created. Write the title in words, e.g. "Hướng dẫn góp ý".`,
    );
  }

  const { site, problems } = checkSiteFile(setting.contentDir);
  if (!site) return refused(1, formatReport(problems));

  const created = scaffold(kind as ScaffoldKind, title, today, site);
  const shown = path.relative(setting.cwd, path.join(setting.contentDir, created.path));
  // A standing page is at /<file name>/, where one of the site's own pages may already be: the check would refuse it.
  const address = path.basename(created.path, path.extname(created.path));
  if (kind === 'trang' && siteRouteNames().has(address)) {
    return refused(
      1,
      `✗ Địa chỉ /${address}/ đã là một trang có sẵn của trang web: không tạo ${shown}. Đặt tiêu đề khác, ví dụ "${title} UBND".`,
      `✗ The address /${address}/ is already one of the site's own pages: ${shown} not created. Choose another title.`,
    );
  }
  return writeNew(created, setting);
}
