import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, phoneCheck } from '../support/browser';
import {
  buildSite,
  composeContent,
  FIXED_EPOCH,
  FIXTURES,
  readPage,
  removeTempDirs,
  tempDir,
  validFixtureBuild,
  type BuildResult,
} from '../support/build-site';
import { gitIn } from '../support/git';
import { startContentCheck } from '../../src/check';
import { formatReport } from '../../src/messages/problems';
import { PROSE_LABELS } from '../../src/messages/prose-labels';
import type { ContentProblem } from '../../src/vocabulary/problems';
import { describeBrokenContent, type BrokenCase } from '../support/broken-content';
import { nuErrors } from '../support/nu-checker';
import { parseDocument, textOf } from '../support/html';
import { serveStatic } from '../support/static-server';
import { pageWeight, PAGE_BUDGET } from '../support/weight';

// tests/fixtures/translations declares a fixture language ("qaa", reserved for local use, named
// "Zemo"), gives a few of its interface words, and translates two documents into it: the
// framework plan, and a notice whose Vietnamese text changed (a change note) after the version
// the translation says it translates; a notice the office withdrew, translated before; and a
// translation of a consultation that the office took down.
const PLAN = '/van-ban/2023-ke-hoach-khung/';
const PLAN_QAA = '/ban-dich/qaa/van-ban/2023-ke-hoach-khung/';
const NOTICE = '/van-ban/2026-thong-bao-da-sua/';
const NOTICE_QAA = '/ban-dich/qaa/van-ban/2026-thong-bao-da-sua/';
const WITHDRAWN_QAA = '/ban-dich/qaa/van-ban/2026-thong-bao-da-rut/';
const CONSULTATION = '/lay-y-kien/2026-lay-y-kien-dang-mo/';
const WITHDRAWN_TRANSLATION = '/ban-dich/qaa/lay-y-kien/2026-lay-y-kien-dang-mo/';
const LANGUAGE = '/ban-dich/qaa/';
const LANGUAGE_SEARCH = '/ban-dich/qaa/tim-kiem/';
const SITE = 'https://xa-thu-nghiem.example.org';

let build: BuildResult;
beforeAll(async () => {
  build = await buildSite(composeContent('translations', path.join(FIXTURES, 'translations')));
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});
afterAll(removeTempDirs);

const page = (address: string): Document => parseDocument(readPage(build.outDir, address));
const alternates = (doc: Document): string[] =>
  [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map(
    (link) => `${link.getAttribute('hreflang') ?? ''} ${link.getAttribute('href') ?? ''}`,
  );

describe('a translation written by a person', () => {
  it('is a page in its own language, linked both ways with hreflang to the Vietnamese page', () => {
    const translated = page(PLAN_QAA);
    const vietnamese = page(PLAN);
    expect(translated.documentElement.getAttribute('lang')).toBe('qaa');
    expect(textOf(translated.querySelector('h1'))).toBe('Zemo plano kadra 2023');
    const set = [`vi ${SITE}${PLAN}`, `qaa ${SITE}${PLAN_QAA}`];
    expect(alternates(translated)).toEqual(set);
    expect(alternates(vietnamese)).toEqual(set);
    expect(translated.querySelector(`main a[href="${PLAN}"][hreflang="vi"][lang="vi"]`)).not.toBeNull();
    const link = vietnamese.querySelector(`.translation-links a[href="${PLAN_QAA}"][hreflang="qaa"]`);
    expect(textOf(link)).toBe('Zemo (tiếng thử nghiệm)');
    expect(link?.querySelector('span[lang="qaa"]')).not.toBeNull();
  });

  it('credits the translator, names the Vietnamese version it translates, and says the Vietnamese text prevails in both languages', () => {
    const note = page(PLAN_QAA).querySelector('.translation-note');
    const text = textOf(note);
    expect(text).toContain('Tổ dịch thuật mẫu');
    expect(text).toContain('Traduko de vjetnama tekst 01/03/2023.');
    expect(text).toContain('Vjetnama tekst valoras.');
    expect(textOf(note?.querySelector('p[lang="vi"]'))).toBe(
      'Bản tiếng Việt là bản chính thức. Nếu bản dịch khác bản tiếng Việt, theo bản tiếng Việt.',
    );
    expect(textOf(page(PLAN_QAA).querySelector('.document__body'))).toContain('Zuvimo pelkaro');
  });

  it('shows the office’s words, and Vietnamese marked as Vietnamese where it gave none', () => {
    const doc = page(PLAN_QAA);
    expect(textOf(doc.querySelector('.site-nav a[href="/van-ban/"]'))).toBe('Dokumo');
    expect(doc.querySelector('.site-nav a[href="/van-ban/"] [lang]')).toBeNull();
    expect(textOf(doc.querySelector('.site-nav a[href="/lay-y-kien/"] span[lang="vi"]'))).toBe('Lấy ý kiến Nhân dân');
    expect(textOf(doc.querySelector('.translation-note dt span[lang="vi"]'))).toBe('Bản tiếng Việt');
    expect(textOf(doc.querySelector('.site-footer__title span[lang="vi"]'))).toBe('Liên hệ');
    // A Vietnamese example would mislead a search of the translations.
    expect(doc.querySelector('#site-search-query')?.hasAttribute('placeholder')).toBe(false);
    expect(doc.querySelector('form.site-search')?.getAttribute('action')).toBe(LANGUAGE_SEARCH);
  });

  it('warns at build, and says on its page, when the Vietnamese text changed after the version it translates', () => {
    expect(build.output).toContain(
      'bản dịch sang "qaa" dịch bản tiếng Việt ngày 10/11/2026, nhưng /van-ban/2026-thong-bao-da-sua/ đã được sửa ngày 20/11/2026',
    );
    expect(build.output).toContain(
      'the "qaa" translation is of the Vietnamese text of 2026-11-10, but /van-ban/2026-thong-bao-da-sua/ was changed on 2026-11-20',
    );
    expect(textOf(page(NOTICE_QAA).querySelector('.translation-note__changed'))).toContain('bản tiếng Việt đã được sửa ngày 20/11/2026');
    expect(page(PLAN_QAA).querySelector('.translation-note__changed')).toBeNull();
    expect(build.output).not.toContain('2023-ke-hoach-khung-qaa.mdx:5');
  });

  it('is listed under its language, which the Vietnamese footer and search page lead to', () => {
    const list = page(LANGUAGE);
    expect(list.documentElement.getAttribute('lang')).toBe('qaa');
    expect([...list.querySelectorAll('.translation-list a')].map((a) => a.getAttribute('href'))).toEqual([PLAN_QAA, NOTICE_QAA]);
    expect(page('/').querySelector('.site-footer a[href="/ban-dich/"]')).not.toBeNull();
    expect(page('/ban-dich/').querySelector(`a[href="${LANGUAGE}"][hreflang="qaa"]`)).not.toBeNull();
    expect(page('/tim-kiem/').querySelector(`.search-languages a[href="${LANGUAGE_SEARCH}"][hreflang="qaa"]`)).not.toBeNull();
  });

  it('of an item the office took down keeps its page with the notice, out of its language’s list and search', () => {
    const doc = page(WITHDRAWN_QAA);
    expect(textOf(doc.querySelector('.withdrawn-notice[lang="vi"]'))).toContain('Điện lực đã hoãn lịch cắt điện.');
    expect(doc.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
    expect(page(LANGUAGE).querySelector(`a[href="${WITHDRAWN_QAA}"]`)).toBeNull();
  });

  it('taken down by the office, keeps its page with the notice, and is offered from no other page', () => {
    const doc = page(WITHDRAWN_TRANSLATION);
    expect(textOf(doc.querySelector('.withdrawn-notice[lang="vi"]'))).toContain('Bản dịch có chỗ sai nghĩa; đang dịch lại.');
    expect(doc.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
    expect(alternates(doc)).toEqual([]);
    const consultation = page(CONSULTATION);
    expect(consultation.querySelector('.translation-links')).toBeNull();
    expect(alternates(consultation)).toEqual([]);
    expect(page(LANGUAGE).querySelector(`a[href="${WITHDRAWN_TRANSLATION}"]`)).toBeNull();
  });

  it('is indexed for search in its own language only, and the Vietnamese index keeps to Vietnamese pages', () => {
    const entry = (folder: string): { languages: Record<string, { page_count: number }> } =>
      JSON.parse(fs.readFileSync(path.join(build.outDir, folder, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
    expect(entry('ban-dich/qaa/pagefind').languages).toEqual({ qaa: expect.objectContaining({ page_count: 2 }) });
    const vietnamese = entry('pagefind').languages;
    expect(Object.keys(vietnamese)).toEqual(['vi']);
    const listed = JSON.parse(fs.readFileSync(path.join(build.outDir, 'pagefind', 'pages.json'), 'utf8')) as string[];
    expect(listed.some((address) => address.startsWith('/ban-dich/'))).toBe(false);
    expect(vietnamese.vi?.page_count).toBe(listed.length);
  });

  it('keeps the translated pages within the weight budget, valid HTML, and clean to axe on a phone', async () => {
    for (const address of [PLAN_QAA, NOTICE_QAA, LANGUAGE, LANGUAGE_SEARCH]) {
      expect(pageWeight(build.outDir, `${address.slice(1)}index.html`)).toBeLessThan(PAGE_BUDGET);
    }
    const addresses = [PLAN_QAA, NOTICE_QAA, LANGUAGE, LANGUAGE_SEARCH, '/ban-dich/', PLAN];
    expect(await nuErrors(addresses.map((address) => path.join(build.outDir, address, 'index.html')))).toEqual([]);
    expect(await phoneCheck(build.outDir, addresses)).toEqual(addresses.map((address) => ({ address, violations: [], overflow: 0 })));
  });

  it('is found from its language’s search page, in Chromium at 360 px', async () => {
    const server = await serveStatic(build.outDir);
    const browser = await launchBrowser();
    try {
      const { page: tab, complaints } = await openPage(browser.context, `${server.origin}${LANGUAGE_SEARCH}?q=kadra`, { width: 360 });
      await tab.locator('.search-result').first().waitFor();
      const found = await tab.locator('.search-result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(found).toEqual([PLAN_QAA]);
      // A Vietnamese word of a Vietnamese page is not in this language's index.
      const { page: other } = await openPage(browser.context, `${server.origin}${LANGUAGE_SEARCH}?q=${encodeURIComponent('thu gom')}`, {
        width: 360,
      });
      await other.locator('[data-search-status]:not(:empty)').waitFor();
      await other.waitForFunction(() => !(document.querySelector('[data-search-status]')?.textContent ?? '').startsWith('Đang tìm'));
      expect(await other.locator('.search-result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).not.toContain(
        NOTICE,
      );
      expect(complaints).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('the warning of a Vietnamese text changed since its translation', () => {
  it('reads the change from git history, where the office wrote no change note', async () => {
    const content = composeContent('translations-git', path.join(FIXTURES, 'translations'));
    gitIn(content, ['init', '-q']);
    gitIn(content, ['add', '.']);
    gitIn(content, ['commit', '-q', '-m', 'Đăng nội dung'], '2023-03-01T09:00:00+07:00');
    const plan = path.join(content, 'documents/2023-ke-hoach-khung.mdx');
    fs.appendFileSync(plan, '\nĐoạn bổ sung.\n');
    gitIn(content, ['commit', '-q', '-am', 'Bổ sung kế hoạch'], '2023-04-05T09:00:00+07:00');
    const run = startContentCheck({
      dir: content,
      now: new Date(Number(FIXED_EPOCH) * 1000),
      proseDir: tempDir('prose'),
      proseLabels: PROSE_LABELS,
    });
    const outcome = await run.outcome;
    if (!outcome.ok) throw new Error(formatReport(outcome.problems));
    const stale = outcome.content.warnings.filter((warning) => warning.code === 'translation.stale').map((warning) => warning.params);
    expect(stale).toEqual([
      { address: PLAN, language: 'qaa', version: '2023-03-01', changed: '2023-04-05' },
      { address: NOTICE, language: 'qaa', version: '2026-11-10', changed: '2026-11-20' },
    ]);
  });
});

describe('a translation taken off the site', () => {
  /** The fixture as a repository, with a translation that is not sample content, committed as published. */
  function published(): string {
    const content = composeContent('translations-removed', path.join(FIXTURES, 'translations'));
    const own = path.join(content, 'translations/2023-ke-hoach-khung-qaa.mdx');
    fs.writeFileSync(own, fs.readFileSync(own, 'utf8').replace('sample: true\n', ''));
    gitIn(content, ['init', '-q']);
    gitIn(content, ['add', '.']);
    gitIn(content, ['commit', '-q', '-m', 'Đăng bản dịch'], '2026-11-20T09:00:00+07:00');
    return content;
  }
  const problemsOf = async (content: string): Promise<ContentProblem[]> => {
    const outcome = await startContentCheck({
      dir: content,
      now: new Date(Number(FIXED_EPOCH) * 1000),
      proseDir: tempDir('prose'),
      proseLabels: PROSE_LABELS,
    }).outcome;
    return outcome.ok ? [] : outcome.problems;
  };

  it('stops the build when its file is deleted, as a published document would', async () => {
    const content = published();
    gitIn(content, ['rm', '-q', 'translations/2023-ke-hoach-khung-qaa.mdx']);
    gitIn(content, ['commit', '-q', '-m', 'Xóa bản dịch'], '2026-11-21T09:00:00+07:00');
    const problems = await problemsOf(content);
    expect(problems.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'item.removed', params: { kind: 'translations', slug: '2023-ke-hoach-khung-qaa', date: '2026-11-21' } },
    ]);
    expect(formatReport(problems)).toContain('nay không còn trong content/translations/');
  });

  it('is the same page when its file is renamed, since its address is its language and item', async () => {
    const content = published();
    gitIn(content, ['mv', 'translations/2023-ke-hoach-khung-qaa.mdx', 'translations/ke-hoach-khung-tieng-zemo.mdx']);
    gitIn(content, ['commit', '-q', '-m', 'Đổi tên tệp'], '2026-11-21T09:00:00+07:00');
    expect(await problemsOf(content)).toEqual([]);
  });
});

describe('a site without translations', () => {
  it('publishes no translation pages, and its pages name none', async () => {
    const valid = await validFixtureBuild();
    expect(fs.existsSync(path.join(valid.outDir, 'ban-dich'))).toBe(false);
    const doc = parseDocument(readPage(valid.outDir, PLAN));
    expect(doc.querySelector('.translation-links')).toBeNull();
    expect(alternates(doc)).toEqual([]);
    expect(doc.querySelector('.site-footer a[href="/ban-dich/"]')).toBeNull();
  });
});

const translationCase = (folder: string, file: string, rest: Omit<BrokenCase, 'folder' | 'file' | 'base'>): BrokenCase => ({
  folder,
  file,
  base: 'translations',
  ...rest,
});

describeBrokenContent([
  translationCase('translation-unknown-language', 'translations/2023-ke-hoach-khung-bdq.mdx:3', {
    field: 'language',
    found: '"bdq"',
    vi: ['ngôn ngữ "bdq" chưa có trong "languages" của content/site.yaml', 'mã của một ngôn ngữ đã khai báo: qaa'],
    en: ['the language "bdq" is not listed under "languages" in content/site.yaml'],
  }),
  translationCase('translation-missing-item', 'translations/2023-ke-hoach-khong-co-qaa.mdx:4', {
    field: 'translates',
    found: '"/van-ban/2023-ke-hoach-khong-co/"',
    vi: ['không có trang tiếng Việt nào ở địa chỉ /van-ban/2023-ke-hoach-khong-co/'],
    en: ['no Vietnamese page is at /van-ban/2023-ke-hoach-khong-co/'],
  }),
  translationCase('language-words-unknown-key', 'languages/qaa.yaml:2', {
    field: 'words.nav.documets',
    found: '"nav.documets"',
    vi: ['"nav.documets" không phải từ nào của giao diện', 'có lẽ là "nav.documents"'],
    en: ['"nav.documets" is no word of the interface'],
  }),
]);
