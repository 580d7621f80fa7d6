import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { EDITOR_SECURITY_POLICY } from '../../src/lib/content-security-policy';
import { launchBrowser } from '../support/browser';
import {
  buildSite,
  FIXED_EPOCH,
  FIXTURES,
  PROJECT_ROOT,
  readPage,
  removeTempDirs,
  tempDir,
  validFixtureBuild,
} from '../support/build-site';
import { gitIn } from '../support/git';
import { serveStatic } from '../support/static-server';

// The web editor (/quan-tri/) as a clerk uses it, offline: Decap CMS in its local mode, talking to
// decap-server (the package's own proxy, from npm) over a git repository holding the valid fixture.
// Every save goes through the review workflow: a branch of its own, nothing on main until merged.

/** The port Decap's local mode looks for its proxy on, named in the editor's configuration and policy. */
const PROXY_PORT = 8081;
/** Screenshots for the staff guide: taken on every run, copied into public/ when asked to. */
const SHOTS = path.join(PROJECT_ROOT, 'tests/.tmp/editor-screenshots');
const GUIDE_IMAGES = path.join(PROJECT_ROOT, 'public/huong-dan');

let repo: string;
let proxy: ChildProcess;
let proxyOutput = '';
let server: Awaited<ReturnType<typeof serveStatic>>;
let context: BrowserContext;
let closeBrowser: () => Promise<void>;
let page: Page;
const pageErrors: string[] = [];

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once('error', () => {
      resolve(false);
    });
    probe.listen(port, 'localhost', () =>
      probe.close(() => {
        resolve(true);
      }),
    );
  });
}

async function startProxy(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: {
      ...process.env,
      MODE: 'git',
      PORT: String(PROXY_PORT),
      GIT_REPO_DIRECTORY: repo,
      LOG_LEVEL: 'error',
      GIT_AUTHOR_NAME: 'Văn phòng',
      GIT_AUTHOR_EMAIL: 'vp@example.org',
      GIT_COMMITTER_NAME: 'Văn phòng',
      GIT_COMMITTER_EMAIL: 'vp@example.org',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (proxyOutput += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (proxyOutput += chunk.toString()));
  for (let waited = 0; waited < 15_000; waited += 100) {
    if (!(await portIsFree(PROXY_PORT))) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`decap-server did not start:\n${proxyOutput}`);
}

beforeAll(async () => {
  process.env.GIT_OPTIONAL_LOCKS = '0';
  if (!(await portIsFree(PROXY_PORT))) throw new Error(`Port ${PROXY_PORT} is taken: the editor's local mode needs it`);
  repo = tempDir('editor-repo');
  fs.cpSync(path.join(FIXTURES, 'valid'), path.join(repo, 'content'), { recursive: true });
  gitIn(repo, ['init', '-q', '-b', 'main']);
  gitIn(repo, ['add', '.']);
  gitIn(repo, ['commit', '-q', '-m', 'Nội dung ban đầu']);
  proxy = await startProxy();
  const fixture = await validFixtureBuild();
  // Served with the editor's own header, as public/_headers gives /quan-tri/.
  server = await serveStatic(fixture.outDir, { 'Content-Security-Policy': EDITOR_SECURITY_POLICY });
  ({ context, close: closeBrowser } = await launchBrowser());
  page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Leaving a form asks first (beforeunload); a clerk who has saved says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  page.on('response', (response) => {
    if (response.status() >= 400)
      pageErrors.push(
        `${String(response.status())} ${response.request().method()} ${response.url()} ${response.request().postData() ?? ''}`,
      );
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text()) || message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'blob:' && url.protocol !== 'data:') {
      pageErrors.push(`request to another host: ${request.url()}`);
    }
  });
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.goto(`${server.origin}/quan-tri/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Văn bản', exact: true }).first().waitFor();
}, 120_000);

afterAll(async () => {
  // `UPDATE_GUIDE_SCREENSHOTS=1 npm test` refreshes the staff guide's pictures from this run.
  if (process.env.UPDATE_GUIDE_SCREENSHOTS === '1') {
    fs.mkdirSync(GUIDE_IMAGES, { recursive: true });
    for (const name of fs.readdirSync(SHOTS).filter((file) => /^\d-.*\.png$/.test(file))) {
      fs.copyFileSync(path.join(SHOTS, name), path.join(GUIDE_IMAGES, `trinh-soan-thao-${name}`));
    }
  }
  await closeBrowser();
  await server.close();
  proxy.kill();
  removeTempDirs();
});

/** A screenshot for the staff guide, with the field named `field` in the middle of it. */
async function shot(name: string, field?: string): Promise<void> {
  if (field !== undefined) {
    await input(field).evaluate((element) => {
      element.scrollIntoView({ block: 'center' });
    });
  }
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/**
 * The input of the form field named `name` (Decap gives each an id `<name>-field-<n>`), inside the
 * group or list named `within` when given (`name` of `recipients`, not of `signer`).
 */
function input(name: string, within?: string) {
  const scope = within === undefined ? page : page.locator(`[id^="${within}-field-"]`).first();
  return scope.locator(`[id^="${name}-field-"]`).first();
}

async function type(name: string, text: string, within?: string): Promise<void> {
  const box = input(name, within);
  await box.fill('');
  await box.fill(text);
}

/** Chooses `label` in the select field named `name`. */
async function choose(name: string, label: string, within?: string): Promise<void> {
  await input(name, within).click();
  await page.getByText(label, { exact: true }).last().click();
}

/** Opens the group of fields named `name`, which the form shows folded while it is optional. */
async function unfold(name: string, within?: string): Promise<void> {
  await input(name, within).locator('[data-testid="expand-button"]').first().click();
}

/** Adds an item to the list field labelled `label` (its "Add" button). */
async function addItem(label: string): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(`^Thêm ${label}`, 'i') })
    .first()
    .click();
}

/**
 * Loads the editor anew at `route`, so that no field of the form saved before is still on the
 * page; the editor keeps the sign-in.
 */
async function freshPage(route: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${server.origin}/quan-tri/${route}`);
}

/** Opens an entry that exists, and waits until its field `loaded` shows what the file holds. */
async function openEntry(collection: string, entry: string, loaded: string): Promise<void> {
  await freshPage(`#/collections/${collection}/entries/${entry}`);
  await expect.poll(() => input(loaded).inputValue(), { timeout: 20_000 }).not.toBe('');
}

async function newEntry(collection: string): Promise<void> {
  await freshPage(`#/collections/${collection}/new`);
  await input('title').waitFor();
}

const branches = (): string[] =>
  gitIn(repo, ['branch', '--format=%(refname:short)'])
    .split('\n')
    .filter((name) => name.startsWith('cms/'));

/** Saves the entry, and waits for the change for review: the branch the save makes or adds to. */
async function save(): Promise<string> {
  const head = (): string => gitIn(repo, ['for-each-ref', '--format=%(objectname)', 'refs/heads/cms/']);
  const before = head();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  // decap-server commits in the repository's own working tree, switching to the change's branch
  // and back, in more than one step: the save is done once the editor says so, and the branch has
  // moved and main is checked out, clean, for a whole second. (Every git command here only reads:
  // GIT_OPTIONAL_LOCKS=0 keeps `git status` from taking the index lock decap-server needs.)
  const settled = (): boolean =>
    head() !== before &&
    gitIn(repo, ['symbolic-ref', '--short', 'HEAD']).trim() === 'main' &&
    gitIn(repo, ['status', '--porcelain']) === '';
  const saved = page.getByText(/^Thay đổi đã được lưu$/i);
  for (let waited = 0, steady = 0; waited < 30_000; waited += 200) {
    steady = settled() && (await saved.count()) > 0 ? steady + 200 : 0;
    if (steady >= 1000) return branches().join('\n');
    await page.waitForTimeout(200);
  }
  await page.screenshot({ path: path.join(SHOTS, 'debug-save.png'), fullPage: true });
  const refused = (await page.locator('body').innerText())
    .split('\n')
    .filter((line) => /BẮT BUỘC NHẬP|KHÔNG KHỚP|thiếu vài thông tin/i.test(line));
  throw new Error(
    `the save made no change for review: ${refused.join(' | ')}; page errors: ${pageErrors.join('; ')}; the proxy says:\n${proxyOutput}`,
  );
}

/** Saves the entry and expects the form to refuse it, with `message` at the field. */
async function saveRefused(message: string): Promise<void> {
  const before = branches();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText(message).first().waitFor();
  expect(branches()).toEqual(before);
}

/** `npm run check` on a content folder, at the fixed instant the test builds use. */
function check(content: string): { status: number | null; output: string } {
  const run = spawnSync('npm', ['run', '--silent', 'check'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, SOURCE_DATE_EPOCH: FIXED_EPOCH, NO_COLOR: '1' },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the web editor, offline against a local repository', () => {
  it('opens in Vietnamese, signed in to the local proxy, and lists every kind of content', async () => {
    for (const label of ['Văn bản', 'Lịch tiếp công dân', 'Lấy ý kiến Nhân dân', 'Đối thoại', 'Trang thông tin', 'Cài đặt trang']) {
      await expect(page.getByRole('link', { name: label, exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    await shot('1-danh-sach');
    // Every phrase of the interface in Vietnamese: Decap's own, and ours where it has none.
    const untranslated = await page.evaluate(`(() => {
      const left = [];
      const walk = (en, vi, at) => {
        for (const key of Object.keys(en)) {
          const path = at ? at + '.' + key : key;
          if (typeof en[key] === 'object') walk(en[key], vi ? vi[key] : undefined, path);
          else if (!vi || vi[key] === undefined) left.push(path);
        }
      };
      walk(CMS.getLocale('en'), CMS.getLocale('vi'), '');
      return left;
    })()`);
    expect(untranslated).toEqual([]);
  });

  it('writes a document as a clerk fills the form: refusing a date written 17/01/2027, uploading the signed scan', async () => {
    const scan = path.join(tempDir('editor-upload'), '2027-ke-hoach-doi-thoai.pdf');
    fs.copyFileSync(path.join(FIXTURES, 'valid/files/bao-cao.pdf'), scan);
    await newEntry('documents');
    await choose('kind', 'Kế hoạch');
    await type('title', 'Tổ chức hội nghị đối thoại với Nhân dân năm 2027');
    await type('issuer', 'Ủy ban nhân dân xã Thử Nghiệm');
    await type('place', 'Thử Nghiệm');
    await type('issued', '17/01/2027');
    await type('body', 'Nội dung kế hoạch.\n\n## I. MỤC ĐÍCH, YÊU CẦU\n\n1. Lắng nghe ý kiến của Nhân dân.');
    await saveRefused('Viết ngày dạng năm-tháng-ngày, ví dụ 2027-01-17 (không viết 17/01/2027).');
    await shot('3-loi-ngay', 'issued');

    await type('issued', '2026-11-20');
    await unfold('signer');
    await choose('authority', 'TM – thay mặt');
    await type('onBehalfOf', 'Ủy ban nhân dân');
    await type('position', 'Chủ tịch');
    await addItem('Nơi nhận');
    await type('name', 'Lưu VP', 'recipients');
    await addItem('Tệp đính kèm');
    await page.getByText('Chọn một tập tin').click();
    await page.locator('input[type=file]').setInputFiles(scan);
    await page.getByText('Lấy những cái đã chọn').click();
    await type('title', 'Bản scan kế hoạch có chữ ký', 'attachments');
    await shot('2-van-ban', 'issued');
    await save();

    // A change for review, on a branch of its own: nothing on main until it is merged.
    const slug = '2026-ke-hoach-to-chuc-hoi-nghi-doi-thoai-voi-nhan-dan-nam-2027';
    expect(branches()).toEqual([`cms/documents/${slug}`]);
    expect(() => gitIn(repo, ['cat-file', '-e', `main:content/documents/${slug}.mdx`])).toThrow();
    const written = gitIn(repo, ['show', `cms/documents/${slug}:content/documents/${slug}.mdx`]);
    expect(written).toContain('\nkind: ke-hoach\ntitle: "Tổ chức hội nghị đối thoại với Nhân dân năm 2027"\n');
    expect(written).toContain('\nissued: "2026-11-20"\n');
    expect(written).toContain('\nattachments:\n  - file: "2027-ke-hoach-doi-thoai.pdf"\n    title: "Bản scan kế hoạch có chữ ký"\n');
    expect(written).toMatch(/\n---\n\nNội dung kế hoạch\.\n\n## I\. MỤC ĐÍCH, YÊU CẦU\n\n1\. Lắng nghe ý kiến của Nhân dân\.\n$/);
    // The scan went up with the document, into content/files/, on the same branch.
    gitIn(repo, ['cat-file', '-e', `cms/documents/${slug}:content/files/2027-ke-hoach-doi-thoai.pdf`]);
  });
  it('writes a reception schedule, with a weekly rule whose officer is chosen from site.yaml', async () => {
    await newEntry('receptions');
    await type('title', 'Lịch tiếp công dân tháng 1 năm 2027');
    await type('from', '2027-01-01');
    await type('to', '2027-01-31');
    await type('published', '2026-11-25');
    await type('place', 'Phòng tiếp công dân, trụ sở UBND xã');
    await addItem('Lịch lặp lại hằng tuần');
    await type('id', 'chu-tich-thu-nam', 'rules');
    await choose('weekday', 'Thứ Năm', 'rules');
    await type('start', '07:30', 'rules');
    await type('end', '11:00', 'rules');
    await choose('officer', 'Chủ tịch UBND xã', 'rules');
    await choose('kind', 'Định kỳ', 'rules');
    await type('until', '2027-01-31', 'rules');
    await shot('4-lich-tiep', 'rules');
    await save();
    expect(branches()).toContain('cms/receptions/2026-12-lich-tiep-cong-dan-thang-1-nam-2027');
  });

  it('writes a consultation, with a way to respond of its own kind', async () => {
    await newEntry('consultations');
    await choose('subject', 'Dự thảo kế hoạch');
    await type('title', 'Lấy ý kiến về kế hoạch sửa chữa đường thôn năm 2027');
    await type('summary', 'Ủy ban lấy ý kiến Nhân dân về các tuyến đường thôn được sửa chữa năm 2027.');
    await type('opens', '2026-12-01T07:00');
    await type('closes', '2027-01-05T23:59');
    await addItem('Cách góp ý');
    await page.getByText('Hòm thư góp ý', { exact: true }).last().click();
    await addItem('Nơi đặt hòm thư');
    await type('places-item', 'Trụ sở UBND xã', 'channels');
    await type('body', 'Dự thảo kế hoạch sửa chữa ba tuyến đường thôn.');
    await shot('5-lay-y-kien', 'channels');
    await save();
    expect(branches()).toContain('cms/consultations/2026-lay-y-kien-ve-ke-hoach-sua-chua-duong-thon-nam-2027');
  });

  it('writes a dialogue, with an issue raised and answered', async () => {
    await newEntry('dialogues');
    await choose('kind', 'Hội nghị đối thoại');
    await type('title', 'Hội nghị đối thoại với Nhân dân tháng 11 năm 2026');
    await type('start', '2026-11-20T07:30');
    await type('end', '11:00');
    await type('place', 'Hội trường UBND xã');
    await type('chair', 'Chủ tịch UBND xã');
    await type('announced', '2026-11-10');
    await addItem('Ý kiến, kiến nghị của người dân');
    await type('id', 'DT-2026-01', 'issues');
    await choose('field', 'Giao thông, hạ tầng', 'issues');
    await type('raised', 'Đề nghị sửa chữa đoạn đường vào Thôn 2 bị sạt lở.', 'issues');
    await type('answer', 'Ủy ban sẽ sửa chữa trong quý I năm 2027.', 'issues');
    await choose('status', 'Đang giải quyết', 'issues');
    await type('responsible', 'Công chức Địa chính – Xây dựng', 'issues');
    await type('due', '2027-03', 'issues');
    await type('body', 'Hội nghị đối thoại định kỳ với Nhân dân.');
    await shot('6-doi-thoai', 'issues');
    await save();
    expect(branches()).toContain('cms/dialogues/2026-hoi-nghi-doi-thoai-voi-nhan-dan-thang-11-nam-2026');
  });

  it('writes a standing page, and edits the site settings', async () => {
    await newEntry('pages');
    await type('title', 'Quy chế làm việc');
    await type('summary', 'Quy chế làm việc của Ủy ban nhân dân xã.');
    await type('body', 'Ủy ban làm việc theo chế độ tập thể, kết hợp với trách nhiệm cá nhân.');
    await save();
    expect(branches()).toContain('cms/pages/quy-che-lam-viec');

    await openEntry('site', 'site', 'address');
    await type('address', 'Số 1 đường Trung tâm, xã Thử Nghiệm');
    await shot('7-cai-dat', 'address');
    await save();
    const settings = gitIn(repo, ['show', 'cms/site/site:content/site.yaml']);
    // Only the changed line differs from the file as the office wrote it.
    // (Inline records are written without inner spaces, as the rest of the content writes them.)
    const before = fs.readFileSync(path.join(FIXTURES, 'valid/site.yaml'), 'utf8').replaceAll('{ ', '{').replaceAll(' }', '}');
    expect(settings).toBe(before.replace('address: "Trụ sở UBND xã Thử Nghiệm"', 'address: "Số 1 đường Trung tâm, xã Thử Nghiệm"'));
  });

  it('saves an impossible date the form cannot know (30 February), which npm run check refuses in both languages', async () => {
    await openEntry('documents', '2023-ke-hoach-khung', 'issued');
    await type('issued', '2023-02-30');
    await save();
    const branch = 'cms/documents/2023-ke-hoach-khung';
    const worktree = tempDir('editor-mistake');
    gitIn(repo, ['worktree', 'add', '-q', worktree, branch]);
    const result = check(path.join(worktree, 'content'));
    expect(result.status).toBe(1);
    expect(result.output).toContain('2023-ke-hoach-khung.mdx');
    expect(result.output).toMatch(/issued/);
    expect(result.output).toContain('ngày không có thật: tháng 2/2023 chỉ có 28 ngày');
    expect(result.output).toContain('impossible date: 2023-02 has only 28 days');
  });

  it('leaves every change on main once merged, checked and built into the pages expected', async () => {
    for (const branch of branches().filter((name) => name !== 'cms/documents/2023-ke-hoach-khung')) {
      gitIn(repo, ['merge', '-q', '--no-edit', branch]);
    }
    const content = path.join(repo, 'content');
    const result = check(content);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('✓ Nội dung hợp lệ');
    const build = await buildSite(content);
    expect(build.code, build.output).toBe(0);
    const plan = readPage(build.outDir, '/van-ban/2026-ke-hoach-to-chuc-hoi-nghi-doi-thoai-voi-nhan-dan-nam-2027/');
    expect(plan).toContain('Tổ chức hội nghị đối thoại với Nhân dân năm 2027');
    expect(plan).toContain('/tep/2027-ke-hoach-doi-thoai.pdf');
    expect(readPage(build.outDir, '/lich-tiep-cong-dan/')).toContain('Lịch tiếp công dân tháng 1 năm 2027');
    expect(readPage(build.outDir, '/lay-y-kien/2026-lay-y-kien-ve-ke-hoach-sua-chua-duong-thon-nam-2027/')).toContain('Trụ sở UBND xã');
    expect(readPage(build.outDir, '/doi-thoai/2026-hoi-nghi-doi-thoai-voi-nhan-dan-thang-11-nam-2026/')).toContain('DT-2026-01');
    expect(readPage(build.outDir, '/quy-che-lam-viec/')).toContain('Ủy ban làm việc theo chế độ tập thể');
    expect(readPage(build.outDir, '/')).toContain('Số 1 đường Trung tâm, xã Thử Nghiệm');
    expect(pageErrors.filter((error) => /Content.Security.Policy|another host/.test(error))).toEqual([]);
  }, 240_000);
});
