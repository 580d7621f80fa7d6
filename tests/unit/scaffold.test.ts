import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentKindFromTitle, SCAFFOLD_KINDS, SCAFFOLD_PLACEHOLDERS, scaffold, type ScaffoldKind } from '../../src/lib/scaffold';
import { slugify } from '../../src/vocabulary/slug';
import { checkContent, checkSiteFile } from '../../src/check/check-content';
import { newFile } from '../../src/cli/new-file';

/** The build's instant in these tests: 2026-11-26 12:00 in Vietnam. */
const NOW = new Date('2026-11-26T05:00:00Z');

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/valid');
const made: string[] = [];
afterEach(() => {
  made.splice(0).forEach((dir) => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

/** A writable copy of the valid fixture. */
function contentCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-'));
  made.push(dir);
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe.each([
  ['Kế hoạch tổ chức hội nghị đối thoại năm 2027', 'ke-hoach-to-chuc-hoi-nghi-doi-thoai-nam-2027'],
  ['Lịch tiếp công dân tháng 12/2026', 'lich-tiep-cong-dan-thang-12-2026'],
  ['  Đường Đak Đoa – Ia Băng  ', 'duong-dak-doa-ia-bang'],
])('slugify(%j)', (title, slug) => {
  it(`gives ${slug}`, () => {
    expect(slugify(title)).toBe(slug);
  });
});

it('cuts a long slug at a word boundary', () => {
  expect(slugify('một hai ba bốn năm sáu bảy tám chín mười', 20)).toBe('mot-hai-ba-bon-nam');
});

it.each([
  ['Kế hoạch tổ chức đối thoại', 'ke-hoach', 'Tổ chức đối thoại'],
  ['Báo cáo kết quả 6 tháng', 'bao-cao', 'Kết quả 6 tháng'],
  ['Lịch làm việc tháng 12', 'thong-bao', 'Lịch làm việc tháng 12'],
])('reads the kind of %j from its first words', (title, kind, rest) => {
  expect(documentKindFromTitle(title)).toEqual({ kind, rest });
});

describe.each(Object.keys(SCAFFOLD_KINDS) as ScaffoldKind[])('a new %s file', (kind) => {
  it('passes the content check once its placeholders are replaced, and is refused while one is left', () => {
    const dir = contentCopy();
    const { site } = checkSiteFile(dir);
    if (!site) throw new Error('fixture site.yaml is invalid');
    const created = scaffold(kind, 'Nội dung mới để thử', '2026-11-26', site);
    const file = path.join(dir, created.path);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, created.text);
    const left = SCAFFOLD_PLACEHOLDERS.filter((text) =>
      created.text.split('\n').some((line) => !line.trimStart().startsWith('#') && line.includes(text)),
    );
    expect(checkContent(dir, NOW).problems.map((p) => [p.code, p.found])).toEqual(
      left.slice(0, 1).map((text) => ['file.placeholder', text]),
    );
    const filled = SCAFFOLD_PLACEHOLDERS.reduce(
      (text, placeholder) => text.replaceAll(placeholder, 'Nội dung thật của văn phòng.'),
      created.text,
    );
    fs.writeFileSync(file, filled);
    const result = checkContent(dir, NOW);
    expect(result.problems).toEqual([]);
    expect(result.warnings.filter((w) => w.file.endsWith(created.path))).toEqual([]);
  });
});

describe.each([
  // README's own example, run late in the month before.
  [
    'Lịch tiếp công dân tháng 1 năm 2027',
    '2026-11-27',
    'receptions/2027-01-lich-tiep-cong-dan-thang-1-nam-2027.yaml',
    '2027-01-01',
    '2027-01-31',
  ],
  [
    'Lịch tiếp công dân tháng 12/2026',
    '2026-10-20',
    'receptions/2026-12-lich-tiep-cong-dan-thang-12-2026.yaml',
    '2026-12-01',
    '2026-12-31',
  ],
  [
    'LỊCH TIẾP CÔNG DÂN THÁNG 02/2028',
    '2027-12-20',
    'receptions/2028-02-lich-tiep-cong-dan-thang-02-2028.yaml',
    '2028-02-01',
    '2028-02-29',
  ],
  [
    'Lịch tiếp công dân tháng 3 năm 2027'.normalize('NFD'),
    '2026-11-27',
    'receptions/2027-03-lich-tiep-cong-dan-thang-3-nam-2027.yaml',
    '2027-03-01',
    '2027-03-31',
  ],
])('a new schedule titled %j on %s', (title, today, file, from, to) => {
  it(`is ${file}, from ${from} to ${to}, and passes the content check as it stands`, () => {
    const dir = contentCopy();
    const { site } = checkSiteFile(dir);
    if (!site) throw new Error('fixture site.yaml is invalid');
    const created = scaffold('lich-tiep', title, today, site);
    expect(created.path).toBe(file);
    expect(created.text).toContain(`from: "${from}"`);
    expect(created.text).toContain(`to: "${to}"`);
    expect(created.text).toContain(`until: "${to}"`);
    fs.writeFileSync(path.join(dir, created.path), created.text);
    expect(checkContent(dir, NOW).problems).toEqual([]);
  });
});

// A guard of what did not change: it passes with or without reading the month from the title.
it.each([
  ['Lịch tiếp công dân', '2026-12-05', 'receptions/2027-01-lich-tiep-cong-dan.yaml'],
  ['Lịch tiếp công dân tháng 13/2027', '2026-11-27', 'receptions/2026-12-lich-tiep-cong-dan-thang-13-2027.yaml'],
])('a new schedule titled %j on %s, naming no month that exists, is for the next month', (title, today, file) => {
  const { site } = checkSiteFile(FIXTURE);
  if (!site) throw new Error('fixture site.yaml is invalid');
  expect(scaffold('lich-tiep', title, today, site).path).toBe(file);
});

/** `npm run new -- <args>` on the content in `dir`, at the tests' instant, as its own process. */
const runCommand = (dir: string, ...args: string[]) =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/new.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: dir, SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000) },
    encoding: 'utf8',
  });

// The cases run what the command runs, here; the last runs the command itself, in a process of its own.
describe('npm run new', { timeout: 60_000 }, () => {
  const run = (dir: string, ...args: string[]) => {
    const { status, out, err } = newFile(args, { contentDir: dir, now: NOW, cwd: ROOT });
    return { status, stdout: out.map((line) => `${line}\n`).join(''), stderr: err.map((line) => `${line}\n`).join('') };
  };

  it('makes a report for a duty of a plan, answering it and offering the plan’s tasks, valid once filled in', () => {
    const dir = contentCopy();
    const made = run(dir, 'bao-cao', '2023-ke-hoach-khung', 'nam');
    expect(made.status, made.stderr).toBe(0);
    const file = path.join(dir, 'documents/2026-bao-cao-ket-qua-thuc-hien-cong-tac-mau-nam-2023-nam-2023.mdx');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('kind: bao-cao');
    expect(text).toContain('title: "Kết quả thực hiện công tác mẫu năm 2023 (Năm 2023)"');
    expect(text).toContain('answers:\n  plan: "2023-ke-hoach-khung"\n  duty: "nam"');
    expect(text).toContain('  #   - task: "III.2"   # Tổng hợp, báo cáo kết quả');
    // The clerk fills in the text and reports on one task.
    const filled = SCAFFOLD_PLACEHOLDERS.reduce(
      (t, placeholder) => t.replaceAll(placeholder, 'Nội dung thật của văn phòng.'),
      text,
    ).replace('  results: []', '  results:\n    - { task: "III.2", result: "hoan-thanh" }');
    fs.writeFileSync(file, filled);
    const checked = checkContent(dir, NOW);
    expect(checked.problems).toEqual([]);
    expect(checked.documents.find((d) => d.slug === path.basename(file, '.mdx'))?.data.answers?.results).toEqual([
      { task: 'III.2', result: 'hoan-thanh' },
    ]);
  });

  it('makes a translation of an item into a language of site.yaml, refused until a person has written it', () => {
    const dir = contentCopy();
    fs.cpSync(path.join(ROOT, 'tests/fixtures/translations/site.yaml'), path.join(dir, 'site.yaml'));
    const made = run(dir, 'ban-dich', 'https://xa-thu-nghiem.example.org/van-ban/2023-ke-hoach-khung/', 'qaa');
    expect(made.status, made.stderr).toBe(0);
    const file = path.join(dir, 'translations/2023-ke-hoach-khung-qaa.mdx');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('# Bản tiếng Việt: Thực hiện công tác mẫu năm 2023');
    expect(text).toContain('language: qaa\ntranslates: "/van-ban/2023-ke-hoach-khung/"\n');
    expect(text).toContain('vietnameseVersion: "2026-11-26"');
    expect(checkContent(dir, NOW).problems.map((problem) => problem.code)).toEqual(['file.placeholder']);
    const filled = SCAFFOLD_PLACEHOLDERS.reduce((t, placeholder) => t.replaceAll(placeholder, 'Zemo tekst.'), text);
    fs.writeFileSync(file, filled);
    const checked = checkContent(dir, NOW);
    expect(checked.problems).toEqual([]);
    expect(checked.translations.map((entry) => entry.data.translates)).toEqual([{ section: 'van-ban', slug: '2023-ke-hoach-khung' }]);
  });

  it('names the languages of site.yaml, or says the page is not there, when a translation cannot be made', () => {
    const dir = contentCopy();
    const noLanguage = run(dir, 'ban-dich', '/van-ban/2023-ke-hoach-khung/', 'bdq');
    expect(noLanguage.status).toBe(2);
    expect(noLanguage.stderr).toContain('languages in content/site.yaml: (chưa khai báo / none declared)');
    const noPage = run(dir, 'ban-dich', '/van-ban/khong-co/', 'bdq');
    expect(noPage.stderr).toContain('no Vietnamese page is at "/van-ban/khong-co/"');
    expect(fs.existsSync(path.join(dir, 'translations'))).toBe(false);
  });

  it('names the plans with duties, or the plan’s duties, when a report’s plan or duty is not found', () => {
    const dir = contentCopy();
    const noPlan = run(dir, 'bao-cao', 'khong-co', 'nam');
    expect(noPlan.status).toBe(2);
    expect(noPlan.stderr).toContain('plans with reporting duties: 2023-ke-hoach-khung');
    const noDuty = run(dir, 'bao-cao', '2023-ke-hoach-khung', 'quy-3');
    expect(noDuty.status).toBe(2);
    expect(noDuty.stderr).toContain('its reporting duties: 6-thang, nam, nam-2026');
    expect(fs.readdirSync(path.join(dir, 'documents')).filter((f) => f.startsWith('2026-'))).toEqual([]);
  });

  it('creates the file under a name made from the title, and refuses to overwrite it', () => {
    const dir = contentCopy();
    const first = run(dir, 'van-ban', 'Thông báo lịch nghỉ Tết');
    expect(first.status, first.stderr).toBe(0);
    const file = path.join(dir, 'documents/2026-thong-bao-lich-nghi-tet.mdx');
    expect(fs.readFileSync(file, 'utf8')).toContain('title: "Lịch nghỉ Tết"');
    fs.appendFileSync(file, 'Đã sửa.\n');
    const second = run(dir, 'van-ban', 'Thông báo lịch nghỉ Tết');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('không ghi đè');
    expect(fs.readFileSync(file, 'utf8')).toContain('Đã sửa.');
  });

  it.each([
    ['trang', '???'],
    ['trang', '– … –'],
    ['van-ban', '!!!'],
  ])('refuses a %s titled %j, which gives no file name, and writes nothing', (kind, title) => {
    const dir = contentCopy();
    const before = fs.readdirSync(dir, { recursive: true });
    const result = run(dir, kind, title);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`Tiêu đề "${title}" không có chữ cái hay chữ số nào để đặt tên tệp`);
    expect(result.stderr).toContain('has no letter or digit to name the file after');
    expect(fs.readdirSync(dir, { recursive: true })).toEqual(before);
  });

  it.each([
    ['Giới thiệu', 'gioi-thieu'],
    ['Liên hệ', 'lien-he'],
    ['404', '404'],
  ])("refuses a page titled %j, whose address /%s/ is one of the site's own", (title, address) => {
    const dir = contentCopy();
    const result = run(dir, 'trang', title);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Địa chỉ /${address}/ đã là một trang có sẵn`);
    expect(fs.existsSync(path.join(dir, `pages/${address}.mdx`))).toBe(false);
  });

  it('explains its use when the kind is unknown', () => {
    const result = run(contentCopy(), 'tin-tuc', 'Tin mới');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Cách dùng: npm run new --');
  });

  it('is the command: it prints what it did and exits with its status', () => {
    const dir = contentCopy();
    const made = runCommand(dir, 'van-ban', 'Thông báo lịch nghỉ Tết');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('✓ Created');
    expect(fs.existsSync(path.join(dir, 'documents/2026-thong-bao-lich-nghi-tet.mdx'))).toBe(true);
    const misused = runCommand(dir, 'tin-tuc', 'Tin mới');
    expect(misused.status).toBe(2);
    expect(misused.stderr).toContain('Cách dùng: npm run new --');
  });
});

it('npm run check exits non-zero on a broken file and names it', { timeout: 60_000 }, () => {
  const dir = contentCopy();
  fs.cpSync(path.join(ROOT, 'tests/fixtures/broken/impossible-date'), dir, { recursive: true });
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/check.ts')], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('documents/2023-thong-bao-ngay-sai.mdx:7 — trường "issued"');
});

describe('the issuer of a new document', () => {
  const siteOf = (dir: string) => {
    const { site } = checkSiteFile(dir);
    if (!site) throw new Error(`${dir}/site.yaml is invalid`);
    return site;
  };
  const issuerLine = (dir: string): string | undefined =>
    scaffold('van-ban', 'Thông báo lịch cắt điện', '2026-11-26', siteOf(dir))
      .text.split('\n')
      .find((line) => /^(parentIssuer|issuer):/.test(line));

  it('is the current unit’s committee, with no district above it', () => {
    const text = scaffold('van-ban', 'Thông báo lịch cắt điện', '2026-11-26', siteOf(path.join(ROOT, 'tests/fixtures/merged'))).text;
    expect(text).toContain('issuer: "Ủy ban nhân dân xã Hợp Nhất"');
    expect(text).not.toMatch(/^parentIssuer:/m);
  });

  it('is left for the clerk to write, as a placeholder the check refuses, while site.yaml names only a former unit', () => {
    expect(issuerLine(path.join(ROOT, 'content'))).toBe('issuer: "Ủy ban nhân dân (tên đơn vị hiện nay)"');
    expect(SCAFFOLD_PLACEHOLDERS).toContain('Ủy ban nhân dân (tên đơn vị hiện nay)');
  });
});
