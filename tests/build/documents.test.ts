import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, validFixtureBuild, composeContent, FIXTURES, readPage, removeTempDirs, type BuildResult } from '../support/build-site';
import { isPublicFile, parseDocument, textOf, termOf } from '../support/html';
import { parseFeed } from '../support/python';
import { readHistories } from '../../src/check/git-history';
import { historyOf } from '../../src/lib/history';
import { vietnamDate } from '../../src/dates/calendar';
import { gitIn } from '../support/git';

let build: BuildResult;
const page = (address: string): Document => parseDocument(readPage(build.outDir, address));
const rows = (doc: Document): string[] => [...doc.querySelectorAll('.doc-row')].map((row) => textOf(row));

beforeAll(async () => {
  build = await validFixtureBuild();
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});
afterAll(removeTempDirs);

describe('the document list', () => {
  it('lists every document newest first with kind, number, date, trích yếu and status', () => {
    const list = rows(page('/van-ban/'));
    expect(list).toEqual([
      // Known only to its year: it heads that year, said "năm 2023".
      'Kế hoạch · năm 2023 Thực hiện công tác mẫu năm 2023 Hết hiệu lực',
      'Báo cáo số 45/BC-UBND · 03/05/2023 Kết quả thực hiện kế hoạch khung 6 tháng đầu năm 2023 Đã ban hành Nội dung mẫu',
      'Quyết định số 21/QĐ-UBND · 01/02/2023 Ban hành Nội quy tiếp công dân (thay thế) Chưa có hiệu lực Nội dung mẫu',
      // Its replacement takes effect only in 2099: until then it stands.
      'Quyết định số 21/QĐ-UBND · 15/03/2022 Ban hành Nội quy tiếp công dân Còn hiệu lực Nội dung mẫu',
    ]);
  });

  it('can be browsed by year and by kind through plain links', () => {
    const list = page('/van-ban/');
    const yearLinks = [...list.querySelectorAll('a[href^="/van-ban/nam/"]')].map((a) => a.getAttribute('href'));
    expect(yearLinks).toEqual(['/van-ban/nam/2023/', '/van-ban/nam/2022/']);
    expect(rows(page('/van-ban/nam/2022/'))).toHaveLength(1);
    expect(rows(page('/van-ban/nam/2023/'))).toHaveLength(3);
    const decisions = page('/van-ban/loai/quyet-dinh/');
    expect(textOf(decisions.querySelector('h1'))).toBe('Quyết định');
    expect(rows(decisions)).toHaveLength(2);
    expect(decisions.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/van-ban/loai/quyet-dinh/');
  });

  it('marks dates with machine-readable <time> elements, partial dates included', () => {
    const times = [...page('/van-ban/').querySelectorAll('.doc-row time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(['2023', '2023-05-03', '2023-02-01', '2022-03-15']);
  });
});

describe('a document page', () => {
  it('shows the Nghị định 42 facts, saying honestly that number and day are unknown', () => {
    const doc = page('/van-ban/2023-ke-hoach-khung/');
    expect(textOf(doc.querySelector('h1'))).toBe('Kế hoạch thực hiện công tác mẫu năm 2023');
    const facts = Object.fromEntries(
      [...doc.querySelectorAll('.facts dl > div')].map((div) => [termOf(div.querySelector('dt')), textOf(div.querySelector('dd'))]),
    );
    expect(facts).toMatchObject({
      'Loại văn bản': 'Kế hoạch',
      'Số ký hiệu': 'Không rõ (bản sao đang có không ghi số)',
      'Cơ quan ban hành': 'Ủy ban nhân dân xã Thử Nghiệm (cơ quan cấp trên: UBND huyện Mẫu)',
      'Ngày ban hành': 'năm 2023 (bản sao đang có không ghi đủ ngày, tháng)',
      'Ngày hết hiệu lực': 'năm 2023',
      'Tình trạng': 'Hết hiệu lực',
      'Trích yếu': 'Thực hiện công tác mẫu năm 2023',
      'Người ký': 'Chủ tịch Người Ký Mẫu (TM. Ủy ban nhân dân)',
      'Lĩnh vực': 'Dân vận chính quyền',
      'Địa bàn': 'Toàn xã',
    });
  });

  it('renders GFM tables and footnotes with Vietnamese labels', () => {
    const doc = page('/van-ban/2023-ke-hoach-khung/');
    expect(textOf(doc.querySelector('.document__body table'))).toBe('Chỉ tiêu Kết quả Số buổi tiếp công dân 52');
    expect(textOf(doc.querySelector('.footnotes h2'))).toBe('Chú thích');
    expect(doc.querySelector('.footnotes [data-footnote-backref]')?.getAttribute('aria-label')).toBe('Quay lại chỗ dẫn chú thích 1');
    expect(readPage(build.outDir, '/van-ban/2023-ke-hoach-khung/')).not.toMatch(/Footnotes|Back to reference/);
  });

  it('cites outside documents in full and links documents on the site, in both directions', () => {
    const plan = page('/van-ban/2023-ke-hoach-khung/');
    const relations = textOf(plan.querySelector('.relations'));
    expect(relations).toContain('Thực hiện Kế hoạch số 12/KH-UBND ngày 17/01/2023 của Ủy ban nhân dân huyện Mẫu về công tác mẫu năm 2023');
    expect(relations).toContain('Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội');
    expect(relations).toContain('Văn bản triển khai Báo cáo số 45/BC-UBND');
    expect(relations).toContain('Văn bản viện dẫn Quyết định số 21/QĐ-UBND');
    const links = [...plan.querySelectorAll('.relations a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/van-ban/2023-bao-cao-thuc-hien/', '/van-ban/2023-quyet-dinh-moi/']);

    const report = page('/van-ban/2023-bao-cao-thuc-hien/');
    expect(report.querySelector('.relations a')?.getAttribute('href')).toBe('/van-ban/2023-ke-hoach-khung/');

    const old = page('/van-ban/2022-quyet-dinh-cu/');
    // The replacement takes effect on 01/01/2099: the old decision stands until then, and the
    // reader's browser is told the day to re-check.
    const status = old.querySelector('.document__head .status');
    expect(textOf(status)).toBe('Còn hiệu lực');
    expect(status?.getAttribute('data-superseded-from')).toBe('2099-01-01');
    expect(textOf(old.querySelector('.document__print-status'))).toBe('Tình trạng: Còn hiệu lực');
    expect(textOf(old.querySelector('.relations'))).toContain('Bị thay thế bởi Quyết định số 21/QĐ-UBND');
    const replacement = page('/van-ban/2023-quyet-dinh-moi/');
    expect(textOf(replacement.querySelector('.relations'))).toContain('Thay thế Quyết định số 21/QĐ-UBND');
  });

  it('prints the signature block and Nơi nhận as the document has them', () => {
    const plan = page('/van-ban/2023-ke-hoach-khung/');
    expect([...plan.querySelectorAll('.signature p')].map((p) => textOf(p))).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Người Ký Mẫu']);
    expect([...plan.querySelectorAll('.recipients li')].map((li) => textOf(li))).toEqual(['- UBND huyện (b/c);', '- Lưu VP.']);
    const acting = page('/van-ban/2023-quyet-dinh-moi/');
    expect([...acting.querySelectorAll('.signature p')].map((p) => textOf(p))).toEqual(['Q. CHỦ TỊCH']);
    const deputy = page('/van-ban/2023-bao-cao-thuc-hien/');
    expect([...deputy.querySelectorAll('.signature p')].map((p) => textOf(p))).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('puts the sign-off right after the text and the footnotes after it, as on the signed paper', () => {
    const article = page('/van-ban/2023-ke-hoach-khung/').querySelector('article.document');
    const order = [...(article?.querySelectorAll('.document__body > p, .sign-off, section[data-footnotes]') ?? [])].map((node) =>
      node.matches('.sign-off') ? 'sign-off' : node.matches('section[data-footnotes]') ? 'footnotes' : 'text',
    );
    expect(order.indexOf('sign-off')).toBeGreaterThan(order.lastIndexOf('text'));
    expect(order.at(-1)).toBe('footnotes');
  });

  it('carries the Nghị định 30 header for print, with blanks where the date is unknown', () => {
    const plan = page('/van-ban/2023-ke-hoach-khung/');
    expect(textOf(plan.querySelector('.official-header__parent'))).toBe('UBND HUYỆN MẪU');
    expect(textOf(plan.querySelector('.official-header__body'))).toBe('ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM');
    // The organ and its unit on lines of their own, so the column never breaks inside the unit's name.
    expect([...plan.querySelectorAll('.official-header__body .official-header__line')].map((line) => textOf(line))).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ THỬ NGHIỆM',
    ]);
    expect(textOf(plan.querySelector('.official-header__country'))).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(textOf(plan.querySelector('.official-header__motto'))).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(textOf(plan.querySelector('.official-header__date'))).toBe('Thử Nghiệm, ngày … tháng … năm 2023');
    expect(textOf(plan.querySelector('.official-title__kind'))).toBe('KẾ HOẠCH');
    const report = page('/van-ban/2023-bao-cao-thuc-hien/');
    expect(textOf(report.querySelector('.official-header__number'))).toBe('Số: 45/BC-UBND');
    expect(textOf(report.querySelector('.official-header__date'))).toBe('Thử Nghiệm, ngày 03 tháng 5 năm 2023');
  });

  it('publishes attachments with their size and SHA-256, byte for byte', () => {
    const source = fs.readFileSync(path.join(FIXTURES, 'valid/files/bao-cao.pdf'));
    const published = fs.readFileSync(path.join(build.outDir, 'tep/bao-cao.pdf'));
    expect(published.equals(source)).toBe(true);
    const report = page('/van-ban/2023-bao-cao-thuc-hien/');
    const attachment = report.querySelector('.attachments li');
    expect(attachment?.querySelector('a')?.getAttribute('href')).toBe('/tep/bao-cao.pdf');
    expect(textOf(attachment)).toContain(`(PDF, ${source.length} byte)`);
    expect(textOf(attachment?.querySelector('code'))).toBe(createHash('sha256').update(source).digest('hex'));
  });

  it('shows the "Nội dung mẫu" banner on samples only', () => {
    expect(textOf(page('/van-ban/2023-bao-cao-thuc-hien/').querySelector('.sample-banner'))).toContain('Nội dung mẫu');
    expect(page('/van-ban/2023-ke-hoach-khung/').querySelector('.sample-banner')).toBeNull();
  });

  it('shows when git says the file was first posted, never a commit message, or says the history is unavailable rather than guess', () => {
    const history = page('/van-ban/2023-ke-hoach-khung/').querySelector('.history');
    const known = historyOf(readHistories(FIXTURES), path.join(FIXTURES, 'valid/documents/2023-ke-hoach-khung.mdx'));
    if (known.available) {
      const first = known.changes.at(-1);
      expect(history?.querySelector('p time')?.getAttribute('datetime')).toBe(vietnamDate(new Date(first?.date ?? '')));
      for (const change of known.changes) expect(textOf(history)).not.toContain(change.subject);
      // The fixture writes no change notes.
      expect(history?.querySelectorAll('li')).toHaveLength(0);
    } else {
      // A shallow clone (as some CI hosts make) or a copy outside git.
      expect(textOf(history)).toContain('Lịch sử thay đổi không có sẵn');
      expect(history?.querySelector('time')).toBeNull();
    }
  });

  it('names localities from the site configuration', () => {
    const report = page('/van-ban/2023-bao-cao-thuc-hien/');
    const locality = [...report.querySelectorAll('.facts dl > div')].find((d) => termOf(d.querySelector('dt')) === 'Địa bàn');
    expect(textOf(locality?.querySelector('dd'))).toBe('Thôn 2');
  });
});

/**
 * The draft and the changed plan tested below share one build, of their own so that the draft stays
 * out of the lists the other tests count: the valid fixture with a draft added, committed as an
 * office would, then the plan changed twice. Neither test reads the other's page. The commit
 * messages are written for the repository, one naming a citizen's phone number, as a careless
 * message might: no page may show any of them.
 */
const SUBJECTS = ['Đăng kế hoạch khung', 'Sửa lỗi chính tả (anh Hùng gọi 0905123456 báo)', 'Cập nhật ngày hiệu lực'];
let draftAndChanged: Promise<BuildResult> | undefined;

function draftAndChangedBuild(): Promise<BuildResult> {
  draftAndChanged ??= (async () => {
    const content = composeContent('documents-draft-and-changed');
    fs.writeFileSync(
      path.join(content, 'documents/2026-du-thao-chieu-sang.mdx'),
      [
        '---',
        'draft: true',
        'kind: ke-hoach',
        'title: "Lắp đèn chiếu sáng mẫu năm 2027"',
        'issuer: "Ủy ban nhân dân xã Thử Nghiệm"',
        'place: "Thử Nghiệm"',
        'issued: "2026-10"',
        // Already past on the build day: a draft must still not read "in force".
        'effective: "2026-11-01"',
        'signer:',
        '  authority: TM',
        '  onBehalfOf: "Ủy ban nhân dân"',
        '  deputyOf: "Chủ tịch"',
        '  position: "Phó Chủ tịch"',
        '---',
        '',
        'Nội dung dự thảo mẫu.',
        '',
      ].join('\n'),
    );
    const file = path.join(content, 'documents/2023-ke-hoach-khung.mdx');
    const git = (args: string[], date: string): string => gitIn(content, args, date);
    git(['init', '-q', '-b', 'main'], '2026-11-01T08:00:00+07:00');
    git(['add', '-A'], '2026-11-01T08:00:00+07:00');
    git(['commit', '-q', '-m', SUBJECTS[0] ?? ''], '2026-11-01T08:00:00+07:00');
    fs.appendFileSync(file, '\n');
    git(['commit', '-q', '-am', SUBJECTS[1] ?? ''], '2026-11-10T09:00:00+07:00');
    const notes = [
      'changes:',
      '  - date: 2026-11-03',
      '    note: "Bổ sung danh sách thôn áp dụng."',
      '  - date: 2026-11-24',
      '    note: "Sửa ngày có hiệu lực theo Quyết định số 45/QĐ-UBND."',
      '---',
    ].join('\n');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n---\n/, `\n${notes}\n`));
    // Committed late in the evening of the 24th, Vietnam time: already the 24th in UTC too, and
    // the page must show the Vietnamese day whatever the machine's zone.
    git(['commit', '-q', '-am', SUBJECTS[2] ?? ''], '2026-11-24T23:30:00+07:00');
    const result = await buildSite(content, { env: { TZ: 'America/Los_Angeles' } });
    if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
    return result;
  })();
  return draftAndChanged;
}

describe('a draft published for comment, with a deputy signing for the committee', () => {
  let draftBuild: BuildResult;
  const draftPage = (address: string): Document => parseDocument(readPage(draftBuild.outDir, address));
  const DRAFT = '/van-ban/2026-du-thao-chieu-sang/';

  beforeAll(async () => {
    draftBuild = await draftAndChangedBuild();
  });

  it('says "Dự thảo" in the list, on the page, in print and in the search facets, and the browser leaves it so', () => {
    const row = [...draftPage('/van-ban/').querySelectorAll('.doc-row')].find((r) => r.querySelector(`a[href="${DRAFT}"]`));
    expect(textOf(row?.querySelector('.status'))).toBe('Dự thảo');
    const doc = draftPage(DRAFT);
    const status = doc.querySelector('.document__head .status');
    expect(textOf(status)).toBe('Dự thảo');
    expect(status?.hasAttribute('data-time-bound')).toBe(false);
    expect(textOf(doc.querySelector('.document__print-status'))).toBe('Tình trạng: Dự thảo');
    expect(doc.querySelector('[data-pagefind-filter="status:Dự thảo"]')).not.toBeNull();
  });

  it('says so in the feed, where no banner is seen: "[Dự thảo]" in the title, put out for comment rather than issued', () => {
    const item = parseFeed(path.join(draftBuild.outDir, 'van-ban/rss.xml')).entries.find((e) => e.link.endsWith(DRAFT));
    expect(item?.title).toBe('[Dự thảo] Kế hoạch lắp đèn chiếu sáng mẫu năm 2027');
    expect(item?.summary).toBe('Kế hoạch, công bố dự thảo tháng 10/2026: Lắp đèn chiếu sáng mẫu năm 2027');
    // Its day is not known: no made-up day in the feed.
    expect(item?.published).toBe('');
  });

  it('prints "DỰ THẢO" above the header and the three-line block, and names no signer among the facts', () => {
    const doc = draftPage(DRAFT);
    expect(textOf(doc.querySelector('.official-draft'))).toBe('DỰ THẢO');
    expect([...doc.querySelectorAll('.signature p')].map((p) => textOf(p))).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    const facts = [...doc.querySelectorAll('.facts dt')].map((dt) => termOf(dt));
    expect(facts).not.toContain('Người ký');
    expect(draftPage('/van-ban/2023-ke-hoach-khung/').querySelector('.official-draft')).toBeNull();
  });
});

describe('every page', () => {
  // Public pages of the site itself; former addresses are tiny forwarding pages, tested on their own.
  const htmlFiles = (): string[] =>
    (fs.readdirSync(build.outDir, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.html') && isPublicFile(file))
      .map((file) => path.join(build.outDir, file))
      .filter((file) => !fs.readFileSync(file, 'utf8').includes('http-equiv="refresh"'));

  it('is Vietnamese (the English contact page English), has a skip link, the navigation and the contact block', () => {
    for (const file of htmlFiles()) {
      const doc = parseDocument(fs.readFileSync(file, 'utf8'));
      const english = path.relative(build.outDir, file) === path.join('en', 'index.html');
      expect(doc.documentElement.getAttribute('lang'), file).toBe(english ? 'en' : 'vi');
      expect(doc.querySelector('a.skip-link')?.getAttribute('href'), file).toBe('#main');
      const nav = [...doc.querySelectorAll('.site-nav a')].map((a) => a.getAttribute('href'));
      expect(nav, file).toEqual(['/van-ban/', '/lich-tiep-cong-dan/', '/lay-y-kien/', '/doi-thoai/', '/tim-kiem/']);
      expect(textOf(doc.querySelector('.site-footer')), file).toContain('Trụ sở UBND xã Thử Nghiệm');
    }
  });

  it('asks nothing of another host: no outside scripts, styles, fonts or images', () => {
    for (const file of htmlFiles()) {
      const html = fs.readFileSync(file, 'utf8');
      const doc = parseDocument(html);
      const fetched = [
        ...[...doc.querySelectorAll('script[src], img[src], iframe[src], source[src]')].map((e) => e.getAttribute('src')),
        ...[...doc.querySelectorAll('link[href]')]
          .filter((l) => !['canonical', 'alternate'].includes(l.getAttribute('rel') ?? ''))
          .map((l) => l.getAttribute('href')),
      ];
      for (const url of fetched) expect(url, file).toMatch(/^\/(?!\/)/);
      expect(html, file).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//);
    }
  });

  it('lets search index only the main content of pages that hold something of their own', () => {
    for (const file of htmlFiles()) {
      const doc = parseDocument(fs.readFileSync(file, 'utf8'));
      const indexed = [...doc.querySelectorAll('[data-pagefind-body]')].map((e) => e.tagName.toLowerCase());
      // Pages that only repeat others (home, lists, filtered views, loudspeaker bulletins), the search page and the 404 page.
      const relative = path.relative(build.outDir, file).split(path.sep).join('/');
      const unindexed =
        /^(404\.html|index\.html|tim-kiem\/|ban-tin\/|van-ban\/(index\.html|nam\/|loai\/|don-vi\/|trang\/|theo-doi-thuc-hien\/)|lich-tiep-cong-dan\/(can-bo|loai)\/|kien-nghi\/)/.test(
          relative,
        );
      expect(indexed, relative).toEqual(unindexed ? [] : ['main']);
    }
    expect(fs.existsSync(path.join(build.outDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('has a Vietnamese 404 page and a favicon', () => {
    expect(textOf(page('/404.html').querySelector('h1'))).toBe('Không tìm thấy trang');
    expect(fs.existsSync(path.join(build.outDir, 'favicon.svg'))).toBe(true);
  });
});

/** The addresses the sitemap lists: its index names the sitemap files, which list the pages. */
function sitemapUrls(outDir: string): string[] {
  const locs = (file: string): string[] =>
    [...fs.readFileSync(path.join(outDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  return locs('sitemap-index.xml').flatMap((url) => locs(new URL(url).pathname));
}

describe('sharing and discovery', () => {
  it('lists every page in the sitemap, points robots.txt at it, and gives each page its canonical address', () => {
    const urls = sitemapUrls(build.outDir);
    expect(urls).toContain('https://xa-thu-nghiem.example.org/');
    expect(urls).toContain('https://xa-thu-nghiem.example.org/van-ban/2023-ke-hoach-khung/');
    expect(urls).not.toContain('https://xa-thu-nghiem.example.org/404/');
    expect(fs.readFileSync(path.join(build.outDir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://xa-thu-nghiem.example.org/sitemap-index.xml',
    );
    const plan = page('/van-ban/2023-ke-hoach-khung/');
    expect(plan.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://xa-thu-nghiem.example.org/van-ban/2023-ke-hoach-khung/',
    );
  });

  it('gives a shared link a card: Open Graph and Twitter title, description and an image that exists', () => {
    const plan = page('/van-ban/2023-ke-hoach-khung/');
    const meta = (selector: string): string | null | undefined => plan.querySelector(selector)?.getAttribute('content');
    expect(meta('meta[property="og:title"]')).toBe('Kế hoạch thực hiện công tác mẫu năm 2023');
    expect(meta('meta[property="og:description"]')).toBe('Kế hoạch: Thực hiện công tác mẫu năm 2023');
    expect(meta('meta[property="og:image"]')).toBe('https://xa-thu-nghiem.example.org/og-image.png');
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(fs.existsSync(path.join(build.outDir, 'og-image.png'))).toBe(true);
  });

  it('has the organisation and its contacts in English at /en/, marked as English', () => {
    const english = page('/en/');
    expect(english.querySelector('[lang="en"] h1')?.textContent).toBe('Contact information in English');
    expect(english.querySelector('[lang="en"] dl')?.textContent).toContain("People's Committee of Thử Nghiệm Commune");
    expect(textOf(english.querySelector('[lang="en"] dl'))).toContain('vanphong@example.org');
  });
});

describe('a renamed document', () => {
  it('keeps its old address as a page that sends readers on, left out of the sitemap and search', () => {
    const html = readPage(build.outDir, '/van-ban/ke-hoach-khung-cu/');
    const moved = parseDocument(html);
    expect(moved.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/van-ban/2023-ke-hoach-khung/');
    expect(moved.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://xa-thu-nghiem.example.org/van-ban/2023-ke-hoach-khung/',
    );
    expect(moved.querySelector('main a')?.getAttribute('href')).toBe('/van-ban/2023-ke-hoach-khung/');
    expect(moved.querySelector('[data-pagefind-body]')).toBeNull();
    expect(sitemapUrls(build.outDir).filter((url) => url.includes('ke-hoach-khung-cu'))).toEqual([]);
  });
});

describe('a document changed after it was posted', () => {
  let changed: BuildResult;
  const changedPage = (address: string): Document => parseDocument(readPage(changed.outDir, address));

  beforeAll(async () => {
    changed = await draftAndChangedBuild();
  });

  it('states when it was first posted and last updated, and lists the office’s notes newest first', () => {
    const history = changedPage('/van-ban/2023-ke-hoach-khung/').querySelector('.history');
    expect(textOf(history?.querySelector('p'))).toBe('Đăng lần đầu: 01/11/2026 · Cập nhật lần cuối: 24/11/2026');
    expect([...(history?.querySelectorAll('li') ?? [])].map((li) => textOf(li))).toEqual([
      '24/11/2026 – Sửa ngày có hiệu lực theo Quyết định số 45/QĐ-UBND.',
      '03/11/2026 – Bổ sung danh sách thôn áp dụng.',
    ]);
  });

  it('shows no commit message on any page', () => {
    const pages = (fs.readdirSync(changed.outDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const name of pages) {
      const html = fs.readFileSync(path.join(changed.outDir, name), 'utf8');
      for (const subject of SUBJECTS) expect(html, name).not.toContain(subject);
    }
  });
});
