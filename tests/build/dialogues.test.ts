import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validFixtureBuild, FIXTURES, readPage, removeTempDirs, type BuildResult } from '../support/build-site';
import { parseDocument, textOf, termOf } from '../support/html';
import { parseFeed } from '../support/python';

// The fixture is built with "now" at 2026-11-26 12:00 Vietnam time (FIXED_EPOCH).
const CONFERENCE = '/doi-thoai/2023-hoi-nghi-doi-thoai/';
const THEMATIC = '/doi-thoai/2024-doi-thoai-chuyen-de/';
const UPCOMING = '/doi-thoai/2026-hoi-nghi-doi-thoai/';

let build: BuildResult;
const html = (address: string): string => readPage(build.outDir, address);
const page = (address: string): Document => parseDocument(html(address));
const texts = (doc: Document, selector: string): string[] => [...doc.querySelectorAll(selector)].map((e) => textOf(e));
const fact = (doc: Document, label: string): string =>
  textOf([...doc.querySelectorAll('.facts dl > div')].find((d) => termOf(d.querySelector('dt')) === label)?.querySelector('dd'));
const cardIds = (address: string): string[] => texts(page(address), '.issue-card__id');

beforeAll(async () => {
  build = await validFixtureBuild();
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});
afterAll(removeTempDirs);

describe('a year without a dialogue conference', () => {
  it('is printed as a warning in Vietnamese then English, and the build still publishes', () => {
    expect(build.code).toBe(0);
    const { output } = build;
    const vi2024 = output.indexOf('năm 2024 không có hội nghị đối thoại nào giữa chính quyền và Nhân dân');
    const en2024 = output.indexOf('2024 had no dialogue conference between the commune and its citizens');
    expect(vi2024).toBeGreaterThan(-1);
    expect(en2024).toBeGreaterThan(vi2024);
    expect(output).toContain('năm 2025 không có hội nghị đối thoại');
    // 2023 had one; 2026 is the year in progress, and only complete years are judged.
    expect(output).not.toMatch(/năm (2023|2026) không có hội nghị/);
    expect(output).toMatch(/trang vẫn được xuất bản/);
    expect(fs.existsSync(path.join(build.outDir, 'doi-thoai/index.html'))).toBe(true);
  });

  it('shows openly on /doi-thoai/ in the yearly record', () => {
    const rows = texts(page('/doi-thoai/'), '.conference-years tbody tr');
    expect(rows).toEqual([
      '2026 10/12/2026 Đạt Chưa đến hạn',
      '2025 Chưa đăng kết quả hội nghị đối thoại năm 2025',
      '2024 Chưa đăng kết quả hội nghị đối thoại năm 2024',
      '2023 15/06/2023 Đạt Đạt',
    ]);
  });
});

describe('the list of dialogues', () => {
  it('lists every dialogue newest first, with its kind, time, place, stage and issue count', () => {
    const list = page('/doi-thoai/');
    expect(texts(list, '.dialogue-row')).toEqual([
      'Hội nghị đối thoại · 08:00, 10/12/2026 · Hội trường UBND xã Thử Nghiệm Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2026 Sắp diễn ra Nội dung mẫu',
      'Đối thoại chuyên đề · 14:00, 20/03/2024 · Nhà văn hóa Thôn 2 Đối thoại chuyên đề về giải phóng mặt bằng đường liên thôn Đã diễn ra 1 kiến nghị Nội dung mẫu',
      'Hội nghị đối thoại · 07:30, 15/06/2023 · Hội trường UBND xã Thử Nghiệm Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2023 Đã diễn ra 5 kiến nghị Nội dung mẫu',
    ]);
    expect(textOf(list.querySelector('.tracker-callout'))).toBe(
      'Theo dõi tất cả kiến nghị và việc giải quyết 6 kiến nghị: 3 đang giải quyết, trong đó 2 quá hạn.',
    );
    expect(list.querySelector('.tracker-callout a')?.getAttribute('href')).toBe('/kien-nghi/');
  });
});

describe('a dialogue page', () => {
  it('records kind, time, place, chairs, participation and the minutes', () => {
    const doc = page(CONFERENCE);
    expect(textOf(doc.querySelector('h1'))).toBe('Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2023');
    expect(fact(doc, 'Hình thức')).toBe('Hội nghị đối thoại Đã diễn ra');
    expect(fact(doc, 'Thời gian')).toBe('07:30–11:00, Thứ Năm, 15/06/2023');
    expect(doc.querySelector('.facts time')?.getAttribute('datetime')).toBe('2023-06-15T07:30+07:00');
    expect(fact(doc, 'Chủ trì')).toBe('Chủ tịch UBND xã');
    expect(fact(doc, 'Đồng chủ trì')).toBe('Chủ tịch Ủy ban MTTQ Việt Nam xã; Phó Chủ tịch HĐND xã');
    expect(fact(doc, 'Thành phần tham dự')).toBe(
      '96 người tham dự, trong đó 80 người dân Cơ quan, tổ chức: Ủy ban MTTQ Việt Nam xã; Hội Nông dân xã Thôn, tổ dân phố: Thôn 1; Thôn 2',
    );
    const minutes = doc.querySelector('.facts a[download]');
    expect(minutes?.getAttribute('href')).toBe('/doi-thoai/bien-ban/bao-cao.pdf');
    const published = fs.readFileSync(path.join(build.outDir, 'doi-thoai/bien-ban/bao-cao.pdf'));
    expect(published.equals(fs.readFileSync(path.join(FIXTURES, 'valid/files/bao-cao.pdf')))).toBe(true);
    expect(textOf(doc.querySelector('.sample-banner'))).toContain('Nội dung mẫu');
  });

  it('says openly whether the 7-day announcement and the 10-day publication were kept', () => {
    const onTime = page(CONFERENCE);
    expect(fact(onTime, 'Thông báo trước hội nghị')).toBe('Đạt Thông báo ngày 05/06/2023, trước 10 ngày (yêu cầu ít nhất 7 ngày).');
    expect(fact(onTime, 'Công khai kết quả')).toBe('Đạt Công khai ngày 23/06/2023, 8 ngày sau hội nghị (hạn 25/06/2023).');
    const late = page(THEMATIC);
    expect(fact(late, 'Thông báo trước hội nghị')).toBe('Không đạt Thông báo ngày 15/03/2024, chỉ trước 5 ngày (yêu cầu ít nhất 7 ngày).');
    expect(fact(late, 'Công khai kết quả')).toBe(
      'Quá hạn, chưa ghi ngày công khai Trang chưa ghi ngày công khai kết quả; hạn là 30/03/2024, đã qua 971 ngày.',
    );
    expect(fact(late, 'Biên bản')).toBe('Chưa đăng biên bản.');
    const coming = page(UPCOMING);
    expect(fact(coming, 'Hình thức')).toBe('Hội nghị đối thoại Sắp diễn ra');
    expect(coming.querySelector('.stage')?.getAttribute('data-dialogue-start')).toBe('2026-12-10T08:00');
    expect(fact(coming, 'Công khai kết quả')).toBe('Chưa đến hạn Chưa ghi ngày công khai; còn 24 ngày đến hạn 20/12/2026.');
    // Unpublished results are time-bound, so the browser can re-check them; published ones are not.
    expect(coming.querySelector('.verdict[data-publication-date]')?.getAttribute('data-publication-date')).toBe('2026-12-10');
    expect(onTime.querySelector('.verdict[data-publication-date]')).toBeNull();
    expect(textOf(coming.querySelector('.dialogue__issues'))).toContain('Buổi đối thoại này chưa ghi kiến nghị nào.');
  });

  it('tables every issue raised, each linking to its own answer and timeline', () => {
    const doc = page(CONFERENCE);
    expect(texts(doc, '.issue-table tbody tr')).toEqual([
      'DT-2023-01 Đường nội thôn bị hư hỏng, đọng nước mùa mưa. Đang giải quyết Quá hạn 1153 ngày Thôn 1 30/09/2023',
      'DT-2023-02 Hồ sơ cấp giấy chứng nhận nộp từ năm 2022 chưa có kết quả. Đã giải quyết Thôn 2 31/07/2023',
      'DT-2023-03 Đề nghị niêm yết lịch tiếp công dân tại nhà văn hóa các thôn. Đã trả lời tại hội nghị Toàn xã –',
      'DT-2023-04 Tranh chấp ranh giới đất giữa hai hộ đã hòa giải không thành. Đã chuyển cơ quan có thẩm quyền Thôn 1 –',
      'DT-2023-05 Đề nghị lắp đèn chiếu sáng tuyến đường liên thôn. Đang giải quyết Thôn 2 tháng 03/2027',
    ]);
    for (const link of doc.querySelectorAll('.issue-table tbody a')) {
      const target = (link.getAttribute('href') ?? '').slice(1);
      expect(doc.getElementById(target)?.classList.contains('issue-detail')).toBe(true);
    }
    expect(texts(doc, '.status-counts .count-card')).toEqual([
      '5 Tổng số',
      '1 Đã trả lời tại hội nghị',
      '2 Đang giải quyết',
      '1 Đã giải quyết',
      '1 Đã chuyển cơ quan có thẩm quyền',
      '1 Trong đó quá hạn',
    ]);
  });

  it('shows each issue’s answer, who acts, by when, and its dated follow-ups oldest first', () => {
    const doc = page(CONFERENCE);
    const resolved = doc.getElementById('DT-2023-02');
    expect(textOf(resolved?.querySelector('h3'))).toBe('DT-2023-02 · Đất đai · Thôn 2');
    expect(texts(resolved as unknown as Document, '.timeline li')).toEqual([
      'Thứ Năm, 15/06/2023 Kiến nghị được nêu và trả lời tại buổi đối thoại.',
      'Thứ Hai, 10/07/2023 Đã rà soát 6 hồ sơ.',
      'Chủ Nhật, 20/08/2023 Đã trả kết quả cho các hộ.',
    ]);
    expect(textOf(resolved?.querySelector('.timeline__late'))).toBe('Kết thúc sau hạn 20 ngày.');
    expect([...(resolved?.querySelectorAll('.timeline time') ?? [])].map((t) => t.getAttribute('datetime'))).toEqual([
      '2023-06-15',
      '2023-07-10',
      '2023-08-20',
    ]);
    const open = doc.getElementById('DT-2023-01');
    expect(textOf(open?.querySelector('.issue-detail__facts'))).toBe(
      'Nội dung kiến nghị: Đường nội thôn bị hư hỏng, đọng nước mùa mưa. ' +
        'Trả lời tại buổi đối thoại: Giao công chức Địa chính – Xây dựng khảo sát, sửa chữa trong quý III. ' +
        'Đơn vị, người thực hiện: Công chức Địa chính – Xây dựng ' +
        'Hạn giải quyết: Thứ Bảy, 30/09/2023 ' +
        'Tình trạng: Đang giải quyết Quá hạn 1153 ngày',
    );
    const flag = open?.querySelector('.overdue');
    expect(flag?.getAttribute('data-issue-due')).toBe('2023-09-30');
    expect(flag?.hasAttribute('hidden')).toBe(false);
    const transferred = doc.getElementById('DT-2023-04');
    expect(textOf(transferred?.querySelector('.issue-detail__facts'))).toContain('Đã chuyển đến: Tòa án nhân dân huyện Mẫu');
    // An open issue not yet due carries a hidden flag the browser can raise once the day has passed.
    const notDue = doc.getElementById('DT-2023-05')?.querySelector('.overdue');
    expect(notDue?.hasAttribute('hidden')).toBe(true);
    expect(notDue?.getAttribute('data-issue-due')).toBe('2027-03');
  });

  it('publishes the commune’s own phone and e-mail from site.yaml, and a number excused in a comment', () => {
    const body = textOf(page(CONFERENCE).querySelector('.dialogue__body'));
    expect(body).toContain('điện thoại 0269 000 0000, thư điện tử vanphong@example.org');
    expect(body).toContain('Số trực ban của Công an xã: 0269 111 2222.');
    expect(html(CONFERENCE)).not.toContain('privacy-exception');
  });
});

describe('the issue tracker /kien-nghi/', () => {
  it('puts the counts by status first, with the overdue among the open ones', () => {
    const doc = page('/kien-nghi/');
    expect(texts(doc, '.status-counts .count-card')).toEqual([
      '6 Tổng số',
      '1 Đã trả lời tại hội nghị',
      '3 Đang giải quyết',
      '1 Đã giải quyết',
      '1 Đã chuyển cơ quan có thẩm quyền',
      '2 Trong đó quá hạn',
    ]);
    expect(doc.querySelector('[data-overdue-count]')?.textContent).toBe('2');
    expect(textOf(doc.querySelector('.status-counts__note'))).toBe('Số liệu tính đến ngày 26/11/2026; trang được cập nhật hằng ngày.');
  });

  it('lists every issue with its place, field, state, and links to its dialogue and its timeline', () => {
    const doc = page('/kien-nghi/');
    expect(cardIds('/kien-nghi/')).toEqual(['DT-2024-01', 'DT-2023-01', 'DT-2023-02', 'DT-2023-03', 'DT-2023-04', 'DT-2023-05']);
    const first = doc.querySelector('.issue-card');
    expect(textOf(first)).toBe(
      'DT-2024-01 · Thôn 2 · Đất đai Nội dung mẫu Đơn giá bồi thường cây trồng thấp hơn giá thị trường. ' +
        'Đang giải quyết Quá hạn 879 ngày Hạn giải quyết: 30/06/2024 ' +
        'Xem trả lời và diễn biến của kiến nghị DT-2024-01 ' +
        'Nêu tại Đối thoại chuyên đề về giải phóng mặt bằng đường liên thôn , 20/03/2024',
    );
    for (const card of doc.querySelectorAll('.issue-card')) {
      const id = textOf(card.querySelector('.issue-card__id'));
      const links = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(links).toHaveLength(2);
      const [timeline = '', dialogue = ''] = links;
      expect(timeline).toBe(`${dialogue}#${id}`);
      const target = parseDocument(html(dialogue));
      expect(target.getElementById(id)?.querySelector('.timeline'), id).not.toBeNull();
    }
    expect(texts(doc, '.overdue:not([hidden])')).toEqual(['Quá hạn 879 ngày', 'Quá hạn 1153 ngày']);
  });

  it('draws status by locality as inline SVG with the same numbers in the table beside it', () => {
    const doc = page('/kien-nghi/');
    const chart = doc.querySelector('.locality-chart');
    const svg = chart?.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toMatch(/^Biểu đồ thanh ngang/);
    // No chart library: the chart is in the HTML, and the only script is the site's own small re-check,
    // the one every page loads, here as on the contact page, which shows no status at all.
    const scriptsOf = (d: Document): string[] => [...d.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? '(inline)');
    const scripts = scriptsOf(doc);
    for (const src of scripts) expect(src).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    expect(scripts).toEqual(scriptsOf(page('/lien-he/')));
    // Count what each script imports too (`from"./dates.js"`), so a library cannot hide behind an import.
    const loaded = new Set<string>();
    const load = (src: string): void => {
      if (loaded.has(src)) return;
      loaded.add(src);
      const code = fs.readFileSync(path.join(build.outDir, src), 'utf8');
      for (const [, file] of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) load(`/_astro/${file}`);
    };
    scripts.forEach(load);
    // As sent over the network: the one script re-checks every kind of status, this page's few among them.
    const scriptBytes = [...loaded].reduce((sum, src) => sum + gzipSync(fs.readFileSync(path.join(build.outDir, src))).length, 0);
    expect(loaded.size).toBeGreaterThanOrEqual(1);
    expect(scriptBytes).toBeLessThan(6 * 1024);
    const fromChart = [...(svg?.querySelectorAll('g') ?? [])].map((g) => ({
      name: textOf(g.querySelector('.chart-label')),
      bars: [...g.querySelectorAll('rect')].map((r) => (r.getAttribute('class') ?? '').replace('chart-bar chart-bar--', '')),
      counts: [...g.querySelectorAll('.chart-count')].map((c) => Number(textOf(c))),
      total: Number(textOf(g.querySelector('.chart-total'))),
    }));
    expect(fromChart).toEqual([
      { name: 'Thôn 1', bars: ['dang-giai-quyet', 'da-chuyen'], counts: [1, 1], total: 2 },
      { name: 'Thôn 2', bars: ['dang-giai-quyet', 'da-giai-quyet'], counts: [2, 1], total: 3 },
      { name: 'Toàn xã', bars: ['da-tra-loi'], counts: [1], total: 1 },
    ]);
    const table = chart?.querySelector('table');
    expect(texts(table as unknown as Document, 'thead th')).toEqual([
      'Thôn, tổ dân phố',
      'Đã trả lời',
      'Đang giải quyết',
      'Đã giải quyết',
      'Đã chuyển',
      'Cộng',
    ]);
    expect(texts(table as unknown as Document, 'tbody tr, tfoot tr')).toEqual([
      'Thôn 1 0 1 0 1 2',
      'Thôn 2 0 2 1 0 3',
      'Toàn xã 1 0 0 0 1',
      'Cộng 1 3 1 1 6',
    ]);
    // Bars are drawn to one scale: twice the issues, twice the length.
    const width = (index: number): number =>
      [...(svg?.querySelectorAll('g')[index]?.querySelectorAll('rect') ?? [])].reduce((sum, r) => sum + Number(r.getAttribute('width')), 0);
    expect(width(1) / width(2)).toBeCloseTo(3, 2);
  });

  it('can be browsed by status, overdue, locality, field and year through plain links', () => {
    const doc = page('/kien-nghi/');
    const hrefs = [...doc.querySelectorAll('.list-nav a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '/kien-nghi/',
      '/kien-nghi/trang-thai/da-tra-loi/',
      '/kien-nghi/trang-thai/dang-giai-quyet/',
      '/kien-nghi/trang-thai/da-giai-quyet/',
      '/kien-nghi/trang-thai/da-chuyen/',
      '/kien-nghi/qua-han/',
      '/kien-nghi/dia-ban/thon-1/',
      '/kien-nghi/dia-ban/thon-2/',
      '/kien-nghi/dia-ban/chung/',
      '/kien-nghi/linh-vuc/dat-dai/',
      '/kien-nghi/linh-vuc/giao-thong-ha-tang/',
      '/kien-nghi/linh-vuc/tiep-cong-dan/',
      '/kien-nghi/nam/2024/',
      '/kien-nghi/nam/2023/',
    ]);
    expect(cardIds('/kien-nghi/trang-thai/dang-giai-quyet/')).toEqual(['DT-2024-01', 'DT-2023-01', 'DT-2023-05']);
    expect(cardIds('/kien-nghi/qua-han/')).toEqual(['DT-2024-01', 'DT-2023-01']);
    expect(cardIds('/kien-nghi/dia-ban/thon-1/')).toEqual(['DT-2023-01', 'DT-2023-04']);
    expect(cardIds('/kien-nghi/dia-ban/chung/')).toEqual(['DT-2023-03']);
    expect(cardIds('/kien-nghi/linh-vuc/dat-dai/')).toEqual(['DT-2024-01', 'DT-2023-02', 'DT-2023-04']);
    expect(cardIds('/kien-nghi/nam/2024/')).toEqual(['DT-2024-01']);
    expect(cardIds('/kien-nghi/trang-thai/da-chuyen/')).toEqual(['DT-2023-04']);
    const filtered = page('/kien-nghi/dia-ban/thon-2/');
    expect(textOf(filtered.querySelector('h1'))).toBe('Kiến nghị của Thôn 2');
    expect(textOf(page('/kien-nghi/dia-ban/chung/').querySelector('h1'))).toBe('Kiến nghị chung của toàn xã');
    expect(filtered.querySelector('.list-nav a[aria-current="page"]')?.getAttribute('href')).toBe('/kien-nghi/dia-ban/thon-2/');
    expect(texts(filtered, '.count-card .count-card__number')).toEqual(['3', '0', '2', '1', '0', '1']);
    expect(textOf(page('/kien-nghi/qua-han/').querySelector('h1'))).toBe('Kiến nghị quá hạn giải quyết');
    expect(textOf(page('/kien-nghi/linh-vuc/giao-thong-ha-tang/').querySelector('h1'))).toBe('Kiến nghị lĩnh vực Giao thông, hạ tầng');
  });
});

describe('the dialogue feed', () => {
  it('is valid RSS with each outcome and each dated follow-up, newest first', () => {
    const feed = parseFeed(path.join(build.outDir, 'doi-thoai/rss.xml'));
    expect(feed.bozo).toBe(false);
    expect(feed.version).toBe('rss20');
    expect(feed.title).toBe('Đối thoại, kiến nghị – UBND xã Thử Nghiệm');
    expect(feed.entries.map((e) => [e.title, e.link.replace('https://xa-thu-nghiem.example.org', '')])).toEqual([
      // Every dialogue of the fixture is a sample, and a feed reader never sees the page's banner.
      ['[Nội dung mẫu] Thông báo: Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2026', UPCOMING],
      ['[Nội dung mẫu] Kết quả: Đối thoại chuyên đề về giải phóng mặt bằng đường liên thôn', THEMATIC],
      ['[Nội dung mẫu] DT-2023-02: cập nhật ngày 20/08/2023', `${CONFERENCE}#DT-2023-02`],
      ['[Nội dung mẫu] DT-2023-01: cập nhật ngày 20/07/2023', `${CONFERENCE}#DT-2023-01`],
      ['[Nội dung mẫu] DT-2023-02: cập nhật ngày 10/07/2023', `${CONFERENCE}#DT-2023-02`],
      ['[Nội dung mẫu] DT-2023-04: cập nhật ngày 30/06/2023', `${CONFERENCE}#DT-2023-04`],
      ['[Nội dung mẫu] Kết quả: Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2023', CONFERENCE],
    ]);
    const outcome = feed.entries.at(-1);
    // The feed spells dates in GMT: the instant is midnight of the day the results were published in Vietnam.
    expect(Date.parse(outcome?.published ?? '')).toBe(Date.parse('Fri, 23 Jun 2023 00:00:00 +0700'));
    expect(outcome?.summary).toBe(
      'Hội nghị đối thoại ngày 15/06/2023 tại Hội trường UBND xã Thử Nghiệm. 5 kiến nghị: 1 đã trả lời tại hội nghị, 2 đang giải quyết, 1 đã giải quyết, 1 đã chuyển cơ quan có thẩm quyền.',
    );
    expect(feed.entries[2]?.summary).toBe(
      'Đã trả kết quả cho các hộ. Kiến nghị: Hồ sơ cấp giấy chứng nhận nộp từ năm 2022 chưa có kết quả. Tình trạng hiện nay: Đã giải quyết.',
    );
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
  });

  it('is linked from the dialogue and tracker pages', () => {
    for (const address of ['/doi-thoai/', '/kien-nghi/']) {
      expect(page(address).querySelector('.feed-link a')?.getAttribute('href'), address).toBe('/doi-thoai/rss.xml');
    }
  });
});
