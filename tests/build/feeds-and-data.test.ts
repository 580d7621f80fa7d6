import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validFixtureBuild, readPage, removeTempDirs, type BuildResult } from '../support/build-site';
import { parseDocument } from '../support/html';
import { parseFeed, runDebianPython } from '../support/python';

let build: BuildResult;
const file = (name: string): string => path.join(build.outDir, name);

beforeAll(async () => {
  build = await validFixtureBuild();
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});
afterAll(removeTempDirs);

const FEEDS = [
  'rss.xml',
  'van-ban/rss.xml',
  'lich-tiep-cong-dan/rss.xml',
  'lay-y-kien/rss.xml',
  'doi-thoai/rss.xml',
  'van-ban/theo-doi-thuc-hien/rss.xml',
];

describe('feeds', () => {
  it.each(FEEDS)('%s is well-formed RSS 2.0 that feedparser reads', (name) => {
    const feed = parseFeed(file(name));
    expect(feed.bozo).toBe(false);
    expect(feed.version).toBe('rss20');
    expect(feed.entries.length).toBeGreaterThan(0);
  });

  it('of everything holds every item of the per-kind feeds, newest first', () => {
    const all = parseFeed(file('rss.xml')).entries;
    const perKind = FEEDS.slice(1).flatMap((name) => parseFeed(file(name)).entries);
    expect(all.map((e) => e.id).sort()).toEqual(perKind.map((e) => e.id).sort());
    // Items whose day is not known carry no date; the dated ones are in order.
    const dates = all.filter((e) => e.published !== '').map((e) => Date.parse(e.published));
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('lists documents with their page and issue date in Vietnam time, samples marked in the title', () => {
    const entries = parseFeed(file('van-ban/rss.xml')).entries;
    const report = entries.find((e) => e.link.endsWith('/van-ban/2023-bao-cao-thuc-hien/'));
    expect(report?.title).toBe('[Nội dung mẫu] Báo cáo kết quả thực hiện kế hoạch khung 6 tháng đầu năm 2023');
    // @astrojs/rss spells dates in GMT: the instant is midnight of the issue day in Vietnam.
    expect(Date.parse(report?.published ?? '')).toBe(Date.parse('Wed, 03 May 2023 00:00:00 +0700'));
    expect(report?.summary).toBe('Báo cáo số 45/BC-UBND, ban hành ngày 03/05/2023: Kết quả thực hiện kế hoạch khung 6 tháng đầu năm 2023');
  });

  it('gives a document dated only by its year no made-up day, and says the year', () => {
    const plan = parseFeed(file('van-ban/rss.xml')).entries.find((e) => e.link.endsWith('/van-ban/2023-ke-hoach-khung/'));
    expect(plan?.title).toBe('Kế hoạch thực hiện công tác mẫu năm 2023');
    expect(plan?.published).toBe('');
    expect(plan?.summary).toBe('Kế hoạch, ban hành năm 2023: Thực hiện công tác mẫu năm 2023');
  });

  it('tells of each reporting duty that fell overdue, as the records stood then, and of each report that answered one', () => {
    const entries = parseFeed(file('van-ban/theo-doi-thuc-hien/rss.xml')).entries;
    expect(entries.map((e) => [e.title, e.published === '' ? '' : new Date(Date.parse(e.published)).toISOString()])).toEqual([
      ['Quá hạn báo cáo Năm 2023: Kế hoạch thực hiện công tác mẫu năm 2023', '2023-12-31T17:00:00.000Z'],
      ['[Nội dung mẫu] Đã có báo cáo 6 tháng đầu năm 2023: Kế hoạch thực hiện công tác mẫu năm 2023', '2023-05-02T17:00:00.000Z'],
      ['Quá hạn báo cáo 6 tháng đầu năm 2023: Kế hoạch thực hiện công tác mẫu năm 2023', '2023-04-30T17:00:00.000Z'],
    ]);
    expect(entries[0]?.summary).toBe('Hạn báo cáo trong tháng 12/2023 đã qua; đến ngày này chưa thấy báo cáo được đăng trên trang.');
    expect(entries[1]?.summary).toBe('Đã báo cáo, trễ 3 ngày: Báo cáo kết quả thực hiện kế hoạch khung 6 tháng đầu năm 2023');
    expect(entries[1]?.link).toMatch(/\/van-ban\/2023-bao-cao-thuc-hien\/$/);
  });

  it('are advertised on every page and listed on /theo-doi/', () => {
    const home = parseDocument(readPage(build.outDir, '/'));
    expect(home.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe('/rss.xml');
    const documents = parseDocument(readPage(build.outDir, '/van-ban/'));
    expect([...documents.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('href'))).toEqual([
      '/rss.xml',
      '/van-ban/rss.xml',
    ]);
    const listed = [...parseDocument(readPage(build.outDir, '/theo-doi/')).querySelectorAll('main a[href$=".xml"]')];
    expect(listed.map((a) => a.getAttribute('href'))).toEqual(FEEDS.map((name) => `/${name}`));
  });
});

describe('open data', () => {
  const datasets = ['van-ban', 'buoi-tiep-cong-dan', 'lay-y-kien', 'kien-nghi', 'theo-doi-thuc-hien'];

  it.each(datasets)('%s.json, the whole file, validates against the JSON Schema its $schema names', (id) => {
    const schema = JSON.parse(fs.readFileSync(file(`du-lieu/${id}.schema.json`), 'utf8'));
    const data = JSON.parse(fs.readFileSync(file(`du-lieu/${id}.json`), 'utf8'));
    expect(new URL(data.$schema).pathname).toBe(`/du-lieu/${id}.schema.json`);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(data.records.length).toBeGreaterThan(0);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    // The fixture's fixed "now", 2026-11-26 12:00 in Vietnam, against which statuses were worked out.
    expect(data).toMatchObject({ generated: '2026-11-26T12:00:00+07:00', timeZone: 'Asia/Ho_Chi_Minh' });
    // The schema must be able to fail: a record without its first field is refused.
    const [, ...otherFields] = Object.entries(data.records[0] as Record<string, unknown>);
    const broken = Object.fromEntries(otherFields);
    expect(validate({ ...data, records: [broken] })).toBe(false);
  });

  it('publishes a schema that refuses dates a clerk might write another way', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const documents = JSON.parse(fs.readFileSync(file('du-lieu/van-ban.json'), 'utf8'));
    const validateDocuments = ajv.compile(JSON.parse(fs.readFileSync(file('du-lieu/van-ban.schema.json'), 'utf8')));
    const withIssued = (issued: unknown) => ({
      ...documents,
      records: [{ ...documents.records[0], document: { ...documents.records[0].document, issued } }],
    });
    expect(validateDocuments(withIssued('2023-03'))).toBe(true);
    for (const issued of ['30/09/2023', 'hôm qua', 42]) expect(validateDocuments(withIssued(issued)), String(issued)).toBe(false);

    const consultations = JSON.parse(fs.readFileSync(file('du-lieu/lay-y-kien.json'), 'utf8'));
    const validateConsultations = ajv.compile(JSON.parse(fs.readFileSync(file('du-lieu/lay-y-kien.schema.json'), 'utf8')));
    const [first] = consultations.records;
    const withCloses = (closes: unknown) => ({
      ...consultations,
      records: [{ ...first, consultation: { ...first.consultation, closes } }],
    });
    expect(validateConsultations(withCloses('2023-03-15T23:59'))).toBe(true);
    for (const closes of [{ x: 1 }, '15/03/2023 23:59', 42])
      expect(validateConsultations(withCloses(closes)), JSON.stringify(closes)).toBe(false);
  });

  it('marks the records of sample content as samples, in the JSON and the CSV', () => {
    const recordsOf = (id: string) => JSON.parse(fs.readFileSync(file(`du-lieu/${id}.json`), 'utf8')).records;
    const sampleColumn = (id: string): (string | undefined)[] => {
      const rows = runDebianPython<string[][]>(
        'import csv, json, sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))',
        [file(`du-lieu/${id}.csv`)],
      );
      const column = (rows[0] ?? []).indexOf('mau');
      expect(column, `${id}.csv has a "mau" column`).toBeGreaterThanOrEqual(0);
      return rows.slice(1).map((row) => row[column]);
    };
    const consultations: { consultation: { sample: boolean } }[] = recordsOf('lay-y-kien');
    expect(consultations.map((r) => r.consultation.sample)).toContain(true);
    expect(sampleColumn('lay-y-kien')).toEqual(consultations.map((r) => String(r.consultation.sample)));
    // Every dialogue of the fixture is a sample, so every issue raised at one is.
    const issues: { sample: boolean }[] = recordsOf('kien-nghi');
    expect(issues.map((r) => r.sample)).toEqual(issues.map(() => true));
    expect(sampleColumn('kien-nghi')).toEqual(issues.map(() => 'true'));
  });

  it.each(datasets)('%s.csv opens in a spreadsheet with Vietnamese intact: BOM, CRLF, one row per record', (id) => {
    const bytes = fs.readFileSync(file(`du-lieu/${id}.csv`));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = runDebianPython<string[][]>(
      'import csv, json, sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))',
      [file(`du-lieu/${id}.csv`)],
    );
    const { records } = JSON.parse(fs.readFileSync(file(`du-lieu/${id}.json`), 'utf8')) as { records: unknown[] };
    expect(rows).toHaveLength(records.length + 1);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    expect(bytes.toString('utf8')).toContain('\r\n');
  });

  it('puts Vietnamese text and a quoted comma through the CSV unchanged', () => {
    const rows = runDebianPython<string[][]>(
      'import csv, json, sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))',
      [file('du-lieu/buoi-tiep-cong-dan.csv')],
    );
    const header = rows[0] ?? [];
    const place = header.indexOf('noi_tiep');
    expect(rows.slice(1).map((r) => r[place])).toContain('Phòng tiếp công dân, trụ sở UBND xã');
  });

  it('documents every CSV column on /du-lieu/', () => {
    const page = parseDocument(readPage(build.outDir, '/du-lieu/'));
    const documented = [...page.querySelectorAll('table code')].map((c) => c.textContent);
    for (const id of datasets) {
      const header =
        fs
          .readFileSync(file(`du-lieu/${id}.csv`), 'utf8')
          .replace(/^\uFEFF/, '')
          .split('\r\n')[0] ?? '';
      for (const column of header.split(',')) expect(documented).toContain(column);
    }
  });
});
