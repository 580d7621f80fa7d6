import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, composeContent, FIXTURES, readPage, removeTempDirs, type BuildResult } from '../support/build-site';
import { parseDocument, textOf, termOf } from '../support/html';
import { parseFeed } from '../support/python';

// The valid fixture (its site.yaml sets outcomeDueDays: 10), with a draft and an adopted
// document and the consultation that links them laid over it; "now" is 2026-11-26 12:00.
let build: BuildResult;
const page = (address: string): Document => parseDocument(readPage(build.outDir, address));
const texts = (doc: Document | Element, selector: string): string[] => [...doc.querySelectorAll(selector)].map((e) => textOf(e));
const OPEN = '/lay-y-kien/2026-lay-y-kien-dang-mo/';
const AWAITED = '/lay-y-kien/2026-lay-y-kien-cho-ket-qua/';
const WITH_OUTCOME = '/lay-y-kien/2025-lay-y-kien-co-ket-qua/';
const COMPARED = '/lay-y-kien/2026-lay-y-kien-chieu-sang/';

beforeAll(async () => {
  build = await buildSite(composeContent('consultations', path.join(FIXTURES, 'consultation-documents')));
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});
afterAll(removeTempDirs);

describe('the consultation list', () => {
  const sections = (): { heading: string; slugs: string[]; states: string[]; emptyShown: boolean }[] =>
    [...page('/lay-y-kien/').querySelectorAll('.consultation-group')].map((section) => ({
      heading: textOf(section.querySelector('h2')),
      slugs: [...section.querySelectorAll('.consultation-row')].map((row) => row.getAttribute('data-key') ?? ''),
      states: texts(section, '.consultation-state'),
      emptyShown: !section.querySelector('.consultation-group__empty')?.hasAttribute('hidden'),
    }));

  it('shows open consultations first, then upcoming, then awaiting an outcome, then with one', () => {
    expect(sections()).toEqual([
      {
        heading: 'Đang lấy ý kiến',
        slugs: ['2026-lay-y-kien-dang-mo'],
        states: ['Đang lấy ý kiến – còn 13 ngày'],
        emptyShown: false,
      },
      {
        heading: 'Sắp lấy ý kiến',
        slugs: ['2026-lay-y-kien-sap-mo'],
        states: ['Sắp mở – mở sau 5 ngày'],
        emptyShown: false,
      },
      {
        heading: 'Đã hết hạn, chờ công bố kết quả',
        slugs: ['2026-lay-y-kien-cham-cong-bo', '2026-lay-y-kien-ngan-ngay', '2026-lay-y-kien-cho-ket-qua'],
        // site.yaml gives 10 days to publish an outcome, so a month-old close is late.
        states: ['Chưa đăng kết quả – quá hạn 47 ngày', 'Chưa đăng kết quả – quá hạn 6 ngày', 'Đã hết hạn – đang tổng hợp'],
        emptyShown: false,
      },
      {
        heading: 'Đã công bố kết quả',
        slugs: ['2026-lay-y-kien-chieu-sang', '2025-lay-y-kien-co-ket-qua'],
        states: ['Đã công bố kết quả', 'Đã công bố kết quả'],
        emptyShown: false,
      },
    ]);
  });

  it('gives each row its kind, its period with machine-readable times, its link and its summary', () => {
    const row = page('/lay-y-kien/').querySelector('.consultation-row[data-key="2026-lay-y-kien-dang-mo"]');
    expect(textOf(row?.querySelector('.consultation-row__meta'))).toBe(
      'Dự thảo kế hoạch · từ 07:00 ngày 10/11/2026 đến hạn cuối 23:59 ngày 09/12/2026',
    );
    expect([...(row?.querySelectorAll('time') ?? [])].map((time) => time.getAttribute('datetime'))).toEqual([
      '2026-11-10T07:00+07:00',
      '2026-12-09T23:59+07:00',
    ]);
    expect(row?.querySelector('a')?.getAttribute('href')).toBe(OPEN);
    expect(textOf(row?.querySelector('.consultation-row__tags'))).toContain('Nội dung mẫu');
  });

  it('carries the dates the browser needs to re-check each state', () => {
    const list = page('/lay-y-kien/');
    expect(list.querySelector('.consultation-groups')?.getAttribute('data-due-days')).toBe('10');
    const tag = list.querySelector('.consultation-row[data-key="2025-lay-y-kien-co-ket-qua"] .consultation-state');
    expect(tag?.getAttribute('data-opens')).toBe('2025-03-01T07:00');
    expect(tag?.getAttribute('data-closes')).toBe('2025-03-31T17:00');
    expect(tag?.getAttribute('data-outcome')).toBe('2025-04-10');
    expect(tag?.getAttribute('data-due-days')).toBe('10');
  });

  it('links the feed', () => {
    expect(page('/lay-y-kien/').querySelector('a[href="/lay-y-kien/rss.xml"]')).not.toBeNull();
  });
});

describe('an open consultation', () => {
  it('says what, until when and for whom, and writes a midnight deadline as 23:59 of the day before', () => {
    const doc = page(OPEN);
    expect(textOf(doc.querySelector('h1'))).toBe('Dự thảo Kế hoạch mẫu đang lấy ý kiến');
    expect(textOf(doc.querySelector('.consultation__when'))).toBe(
      'Đang lấy ý kiến – còn 13 ngày từ 07:00 ngày 10/11/2026 đến hạn cuối 23:59 ngày 09/12/2026',
    );
    const facts = Object.fromEntries(
      [...doc.querySelectorAll('.consultation-facts dl > div')].map((div) => [
        termOf(div.querySelector('dt')),
        textOf(div.querySelector('dd')),
      ]),
    );
    expect(facts).toEqual({
      'Nội dung': 'Dự thảo kế hoạch',
      'Cơ quan lấy ý kiến': 'Ủy ban nhân dân xã Thử Nghiệm',
      'Lấy ý kiến của': 'Thôn 1 Các hộ gia đình ở Thôn 1',
      'Bắt đầu nhận ý kiến': '07:00, Thứ Ba, 10/11/2026',
      'Hạn cuối gửi ý kiến': '23:59, Thứ Tư, 09/12/2026',
      'Thời gian lấy ý kiến': '30 ngày',
      'Tình trạng': 'Đang lấy ý kiến – còn 13 ngày',
    });
    expect(doc.querySelector('.consultation-facts time[datetime="2026-12-09T23:59+07:00"]')).not.toBeNull();
  });

  it('lists every way to respond with its details, and keeps the "closed" notice hidden', () => {
    const doc = page(OPEN);
    const respond = doc.querySelector('#cach-gui-y-kien');
    expect(textOf(respond?.querySelector('.respond__intro'))).toBe(
      'Mời gửi ý kiến bằng một trong các cách dưới đây, hạn cuối 23:59 ngày 09/12/2026.',
    );
    expect(texts(respond!, '.channel h3')).toEqual([
      'Góp ý trực tiếp',
      'Thư điện tử',
      'Điện thoại, đường dây nóng',
      'Gửi thư qua bưu điện',
      'Hòm thư góp ý',
      'Hội nghị, họp thôn, tổ dân phố',
      'Qua Mặt trận Tổ quốc',
      'Phiếu lấy ý kiến',
    ]);
    const channels = texts(respond!, '.channel');
    // Office hours come from site.yaml when the channel gives none; e-mail falls back to the site's.
    expect(channels[0]).toBe(
      'Góp ý trực tiếp Nơi tiếp nhận: Bộ phận Một cửa Địa chỉ: Trụ sở UBND xã Thử Nghiệm Thời gian: Thứ Hai đến Thứ Sáu: 07:00–17:00 Người tiếp nhận: Công chức Văn phòng – Thống kê',
    );
    expect(respond?.querySelector('a[href="mailto:vanphong@example.org"]')).not.toBeNull();
    expect(respond?.querySelector('a[href="tel:02690000000"]')).not.toBeNull();
    expect(channels[5]).toBe('Hội nghị, họp thôn, tổ dân phố 19:30, Thứ Sáu, 20/11/2026: Nhà văn hóa Thôn 1 (dành cho Thôn 1)');
    expect(channels[6]).toBe('Qua Mặt trận Tổ quốc Đầu mối: Ban Công tác Mặt trận Thôn 1 Ý kiến được tổng hợp gửi Ủy ban MTTQ xã.');
    expect(respond?.querySelector('[data-while-open]')?.hasAttribute('hidden')).toBe(false);
    expect(respond?.querySelector('[data-when-closed]')?.hasAttribute('hidden')).toBe(true);
  });

  it('links the documents on the site and publishes attached files byte for byte', () => {
    const doc = page(OPEN);
    const documents = doc.querySelector('#tai-lieu');
    expect([...(documents?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '/van-ban/2023-ke-hoach-khung/',
      '/lay-y-kien/tep/bao-cao.pdf',
    ]);
    const source = fs.readFileSync(path.join(FIXTURES, 'valid/files/bao-cao.pdf'));
    expect(fs.readFileSync(path.join(build.outDir, 'lay-y-kien/tep/bao-cao.pdf')).equals(source)).toBe(true);
    expect(textOf(documents)).toContain(`Thuyết minh dự thảo (mẫu) (PDF, ${source.length} byte)`);
  });

  it('shows the MTTQ step and says when the outcome will come', () => {
    const doc = page(OPEN);
    expect(textOf(doc.querySelector('#phan-bien'))).toBe(
      'Phản biện của Mặt trận Tổ quốc Ngày gửi Ủy ban Mặt trận Tổ quốc phản biện: Thứ Tư, 11/11/2026 Ngày nhận ý kiến phản biện: Chưa nhận được ý kiến phản biện.',
    );
    const outcome = doc.querySelector('#ket-qua');
    expect(outcome?.querySelector('[data-while-open]')?.hasAttribute('hidden')).toBe(false);
    expect(textOf(outcome?.querySelector('[data-when-closed]'))).toBe(
      'Kết quả chưa được công bố. Hạn công bố kết quả là ngày 19/12/2026, 10 ngày sau hạn cuối lấy ý kiến.',
    );
  });

  it('renders the body under its own heading, one level down', () => {
    const body = page(OPEN).querySelector('#noi-dung');
    expect(textOf(body?.querySelector('h2'))).toBe('Nội dung và lý do lấy ý kiến');
    expect(textOf(body?.querySelector('h3'))).toBe('Vì sao lấy ý kiến');
  });
});

describe('a closed consultation awaiting its outcome', () => {
  it('no longer offers ways to respond, and says so', () => {
    const respond = page(AWAITED).querySelector('#cach-gui-y-kien');
    expect(respond?.querySelector('.channel')).toBeNull();
    expect(respond?.querySelector('[data-when-closed]')?.hasAttribute('hidden')).toBe(false);
    expect(textOf(respond?.querySelector('[data-when-closed]'))).toBe(
      'Đã hết thời gian nhận ý kiến (hạn cuối 23:59 ngày 19/11/2026). Các cách gửi ý kiến không còn dùng được.',
    );
  });

  it('shows what the Fatherland Front replied, and the outcome’s due date', () => {
    const doc = page(AWAITED);
    expect(textOf(doc.querySelector('#phan-bien'))).toContain(
      'Ngày nhận ý kiến phản biện: Thứ Tư, 18/11/2026 Ý kiến phản biện: Ủy ban MTTQ xã đồng tình, đề nghị bổ sung thời gian thực hiện.',
    );
    expect(textOf(doc.querySelector('#ket-qua [data-when-closed]'))).toBe(
      'Kết quả chưa được công bố. Hạn công bố kết quả là ngày 29/11/2026, 10 ngày sau hạn cuối lấy ý kiến.',
    );
    expect(textOf(doc.querySelector('.consultation__when .consultation-state'))).toBe('Đã hết hạn – đang tổng hợp');
  });
});

describe('a consultation with its outcome', () => {
  it('counts opinions by channel, with the total', () => {
    const table = page(WITH_OUTCOME).querySelector('.outcome__channels');
    expect(textOf(table?.querySelector('caption'))).toBe('Số ý kiến theo cách gửi');
    expect(texts(table!, 'tbody tr')).toEqual(['Hội nghị, họp thôn, tổ dân phố 9', 'Qua Mặt trận Tổ quốc 3']);
    expect(textOf(table?.querySelector('tfoot'))).toBe('Tổng cộng 12');
  });

  it('answers every point raised, with the answer type and its reason', () => {
    const doc = page(WITH_OUTCOME);
    expect(texts(doc, '.outcome__points tbody tr')).toEqual([
      'Ý kiến Đề nghị mở rộng đường vào khu dân cư. 7 ý kiến; Thôn 2 Trả lời Tiếp thu Lý do, nội dung tiếp thu Đã bổ sung vào quy hoạch.',
      'Ý kiến Đề nghị dời vị trí bãi đỗ xe. Trả lời Giải trình Lý do, nội dung tiếp thu Vị trí hiện tại là đất công duy nhất phù hợp.',
    ]);
    expect(textOf(doc.querySelector('#ket-qua'))).toContain('Tiếp thu 1, tiếp thu một phần 0, giải trình 1.');
    expect(textOf(doc.querySelector('.outcome__adopted'))).toBe('Văn bản chính thức chưa được đăng trên trang.');
    expect(textOf(doc.querySelector('.consultation__outcome-banner'))).toBe(
      'Đã công bố kết quả ngày 10/04/2025. Xem kết quả và việc tiếp thu, giải trình',
    );
  });

  it('has no sample banner when it is not a sample', () => {
    expect(page(WITH_OUTCOME).querySelector('.sample-banner')).toBeNull();
    expect(page(OPEN).querySelector('.sample-banner')).not.toBeNull();
  });
});

describe('what changed between the consulted draft and the adopted document', () => {
  it('links both documents and counts the changes', () => {
    const changes = page(COMPARED).querySelector('#thay-doi');
    expect([...(changes?.querySelectorAll('dd a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '/van-ban/2026-du-thao-ke-hoach-chieu-sang/',
      '/van-ban/2026-ke-hoach-chieu-sang/',
    ]);
    expect(textOf(changes?.querySelector('.changes__count'))).toBe('2 đoạn được sửa, 1 đoạn thêm mới, 1 đoạn bị bỏ.');
    expect(page(COMPARED).querySelector('.on-this-page a[href="#thay-doi"]')).not.toBeNull();
  });

  it('marks removed and added words inside an edited paragraph, with words for screen readers', () => {
    const blocks = [...page(COMPARED).querySelectorAll('.diff__block--changed')];
    expect(blocks.map((block) => textOf(block))).toEqual([
      'Đoạn được sửa Lắp đặt đèn chiếu sáng trên Bỏ: 5 Thêm: 6 tuyến đường thôn.',
      'Đoạn được sửa 1. Đèn bật từ 18:00 đến Bỏ: 22:00 Thêm: 23:00 hằng ngày.',
    ]);
    expect(texts(blocks[1]!, 'del')).toEqual(['Bỏ: 22:00']);
    expect(texts(blocks[1]!, 'ins')).toEqual(['Thêm: 23:00']);
    expect(texts(page(COMPARED), '.diff__block--removed del')).toEqual(['Bỏ: 2. Kinh phí do ngân sách xã bảo đảm.']);
    expect(texts(page(COMPARED), '.diff__block--added ins')).toEqual(['Thêm: 2. Ưu tiên các tuyến trước cổng trường học.']);
  });

  it('folds unchanged paragraphs so the changes stand out', () => {
    expect(texts(page(COMPARED), '.diff__unchanged summary')).toEqual([
      '1 đoạn không thay đổi',
      '1 đoạn không thay đổi',
      '1 đoạn không thay đổi',
    ]);
  });

  it('links the adopted document from the outcome', () => {
    const adopted = page(COMPARED).querySelector('.outcome__adopted a');
    expect(adopted?.getAttribute('href')).toBe('/van-ban/2026-ke-hoach-chieu-sang/');
    expect(textOf(adopted)).toBe('Kế hoạch số 25/KH-UBND: Kế hoạch chiếu sáng đường thôn năm 2027');
  });

  it('is left out when there is no adopted document on the site', () => {
    expect(page(WITH_OUTCOME).querySelector('#thay-doi')).toBeNull();
  });
});

describe('the consultation feed', () => {
  const feed = () => parseFeed(path.join(build.outDir, 'lay-y-kien/rss.xml'));

  it('is a well-formed RSS 2.0 feed a real parser reads', () => {
    const parsed = feed();
    expect(parsed.bozo).toBe(false);
    expect(parsed.version).toBe('rss20');
    expect(parsed.title).toBe('Lấy ý kiến Nhân dân – UBND xã Thử Nghiệm');
  });

  it('has new consultations from their announcement and outcomes once published, newest first', () => {
    const published = [
      ['Lấy ý kiến: Chủ trương mẫu sắp lấy ý kiến', 'Fri, 20 Nov 2026 00:00:00 +0700'],
      ['[Nội dung mẫu] Lấy ý kiến: Dự thảo Kế hoạch mẫu đang lấy ý kiến', 'Tue, 10 Nov 2026 07:00:00 +0700'],
      ['[Nội dung mẫu] Kết quả lấy ý kiến: Dự thảo Kế hoạch chiếu sáng đường thôn năm 2027', 'Tue, 10 Nov 2026 00:00:00 +0700'],
      ['Lấy ý kiến: Chủ trương mẫu lấy ý kiến quá ngắn', 'Sun, 01 Nov 2026 07:00:00 +0700'],
      ['Lấy ý kiến: Dự thảo Chương trình mẫu chờ kết quả', 'Tue, 20 Oct 2026 07:00:00 +0700'],
      ['[Nội dung mẫu] Lấy ý kiến: Dự thảo Kế hoạch chiếu sáng đường thôn năm 2027', 'Thu, 01 Oct 2026 07:00:00 +0700'],
      ['Lấy ý kiến: Dự án mẫu chậm công bố kết quả', 'Tue, 01 Sep 2026 07:00:00 +0700'],
      ['Kết quả lấy ý kiến: Quy hoạch mẫu đã có kết quả', 'Thu, 10 Apr 2025 00:00:00 +0700'],
      ['Lấy ý kiến: Quy hoạch mẫu đã có kết quả', 'Sat, 01 Mar 2025 07:00:00 +0700'],
    ];
    // The feed spells dates in GMT: each is compared as the instant of its Vietnam time.
    const instants = (rows: string[][]) => rows.map(([title, date]) => [title, Date.parse(date ?? '')]);
    expect(instants(feed().entries.map((entry) => [entry.title, entry.published]))).toEqual(instants(published));
  });

  it('links each item to its page, the outcome to its section, with the deadline in the summary', () => {
    const entries = feed().entries;
    const outcome = entries.find((entry) => entry.title.startsWith('Kết quả lấy ý kiến: Quy hoạch'));
    expect(outcome?.link).toBe('https://xa-thu-nghiem.example.org/lay-y-kien/2025-lay-y-kien-co-ket-qua/#ket-qua');
    expect(outcome?.summary).toBe('Đa số ý kiến đồng tình với quy hoạch mẫu. Tổng số ý kiến nhận được: 12.');
    const open = entries.find((entry) => entry.title.includes('đang lấy ý kiến'));
    expect(open?.link).toBe('https://xa-thu-nghiem.example.org/lay-y-kien/2026-lay-y-kien-dang-mo/');
    expect(open?.summary).toContain('hạn cuối 23:59 ngày 09/12/2026');
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });
});

describe('the build', () => {
  it('warns, but publishes, when a consultation is open fewer days than the minimum', () => {
    expect(build.output).toContain('consultations/2026-lay-y-kien-ngan-ngay.mdx:6 — trường "closes"');
    expect(build.output).toContain('chỉ lấy ý kiến trong 10 ngày, ít hơn 30 ngày tối thiểu');
    expect(build.output).toContain('open for only 10 days, fewer than the minimum of 30');
    expect(fs.existsSync(path.join(build.outDir, 'lay-y-kien/2026-lay-y-kien-ngan-ngay/index.html'))).toBe(true);
  });
});
