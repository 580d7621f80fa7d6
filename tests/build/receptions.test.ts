import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSite,
  validFixtureBuild,
  composeContent,
  FIXTURES,
  PROJECT_ROOT,
  readPage,
  removeTempDirs,
  type BuildResult,
} from '../support/build-site';
import { parseDocument, textOf } from '../support/html';
import { gitIn } from '../support/git';
import { runDebianPython } from '../support/python';

// The fixture runs from Monday 23/11 to Sunday 06/12/2026; the build's "now" is Thursday 26/11, 12:00.
let build: BuildResult;
const page = (address: string): Document => parseDocument(readPage(build.outDir, address));
const sessionTexts = (doc: Document, selector = '.sessions'): string[] =>
  [...doc.querySelectorAll(`${selector} .session__when`)].map((p) => textOf(p));

beforeAll(async () => {
  build = await validFixtureBuild();
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});
afterAll(removeTempDirs);

interface ParsedEvent {
  uid: string;
  start: string;
  end: string;
  status: string;
  sequence: number;
  stamp: string;
  summary: string;
  location: string;
  url: string;
  description: string;
}

/** Reads a calendar with Debian's python3-icalendar, a real RFC 5545 parser. */
function parseCalendar(file: string): { name: string; events: ParsedEvent[] } {
  return runDebianPython(
    `
import icalendar, json, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for e in cal.walk('VEVENT'):
    events.append({
        'uid': str(e['UID']), 'start': e.decoded('DTSTART').isoformat(), 'end': e.decoded('DTEND').isoformat(),
        'status': str(e['STATUS']), 'sequence': int(e['SEQUENCE']), 'stamp': e.decoded('DTSTAMP').isoformat(),
        'summary': str(e['SUMMARY']),
        'location': str(e['LOCATION']), 'url': str(e['URL']), 'description': str(e['DESCRIPTION']),
    })
print(json.dumps({'name': str(cal['X-WR-CALNAME']), 'events': events}))
`,
    [path.join(build.outDir, file)],
  );
}

const SCHEDULE = 'tests/fixtures/valid/receptions/2026-11-tuan-48-49.yaml';

/** The fixture schedule's commit times, newest first; none when git cannot tell (no repository, shallow, untracked). */
function scheduleCommits(): string[] {
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return [];
    return git('log', '-M', '--format=%cI', '--', SCHEDULE)
      .split('\n')
      .filter((line) => line !== '');
  } catch {
    return [];
  }
}

describe('the reception page', () => {
  it('answers first when and where the next session is, with whom', () => {
    const next = page('/lich-tiep-cong-dan/').querySelector('.next-session');
    expect(textOf(next?.querySelector('.next-session__when'))).toBe(
      'Thứ Năm, 26/11/2026, 14:00–16:30, Chủ tịch UBND xã, tại Phòng tiếp công dân, trụ sở UBND xã',
    );
    expect(next?.querySelector('a')?.getAttribute('href')).toBe(
      '/lich-tiep-cong-dan/buoi/2026-11-tuan-48-49--chu-tich-chieu-thu-nam--2026-11-26.ics',
    );
  });

  it('lists upcoming sessions only, marking today’s, the cancelled one and the moved one', () => {
    expect(sessionTexts(page('/lich-tiep-cong-dan/'))).toEqual([
      'Thứ Năm, 26/11/2026 , 14:00–16:30 Hôm nay',
      'Thứ Ba, 01/12/2026 , 14:00–16:00 Sắp tới Đã hủy',
      'Thứ Sáu, 04/12/2026 , 08:00–10:00 Sắp tới Đã dời',
    ]);
    const moved = [...page('/lich-tiep-cong-dan/').querySelectorAll('.session')].at(-1);
    expect(textOf(moved)).toContain('Dời từ Thứ Năm, 03/12/2026, 14:00–16:30');
  });

  it('says openly whether the chairman received citizens every week', () => {
    const duty = page('/lich-tiep-cong-dan/').querySelector('[aria-labelledby="duty-heading"]');
    expect(textOf(duty)).toContain('2/2 tuần trong các lịch đã công bố có buổi Chủ tịch trực tiếp tiếp công dân.');
  });

  it('links the nội quy page, marked as a sample', () => {
    expect(page('/lich-tiep-cong-dan/').querySelector('a[href="/lich-tiep-cong-dan/noi-quy/"]')).not.toBeNull();
    const rules = page('/lich-tiep-cong-dan/noi-quy/');
    expect(textOf(rules.querySelector('h1'))).toBe('Nội quy tiếp công dân');
    expect(textOf(rules.querySelector('.sample-banner'))).toContain('Nội dung mẫu');
  });
});

describe('the month view', () => {
  it('lays the month out by weekday, with a session in the right day cell', () => {
    const month = page('/lich-tiep-cong-dan/thang/2026-11/');
    const rows = [...month.querySelectorAll('table.month tbody tr')];
    expect(rows).toHaveLength(6);
    expect(textOf(month.querySelector('table.month caption'))).toBe('Lịch tháng 11/2026');
    // 1 November 2026 is a Sunday, so the grid has six weeks and the 26th (a Thursday) is in the fifth.
    const cell = rows[4]?.querySelectorAll('td')[3];
    expect(textOf(cell)).toBe('Thứ Năm, 26 /11 14:00 Chủ tịch UBND xã');
    expect(cell?.querySelector('a')?.getAttribute('href')).toBe(
      '/lich-tiep-cong-dan/thang/2026-11/#buoi-2026-11-tuan-48-49--chu-tich-chieu-thu-nam--2026-11-26',
    );
    expect(month.getElementById('buoi-2026-11-tuan-48-49--chu-tich-chieu-thu-nam--2026-11-26')).not.toBeNull();
  });

  it('shows a moved session on its planned day too, saying where it went', () => {
    const month = page('/lich-tiep-cong-dan/thang/2026-12/');
    const cells = [...month.querySelectorAll('table.month td')].map((cell) => textOf(cell));
    expect(cells.find((text) => text.startsWith('Thứ Năm, 03'))).toBe('Thứ Năm, 03 /12 14:00 Chủ tịch UBND xã (Dời sang 04/12/2026)');
    expect(cells.find((text) => text.startsWith('Thứ Sáu, 04'))).toBe('Thứ Sáu, 04 /12 08:00 Chủ tịch UBND xã (dời từ 03/12/2026)');
  });

  it('keeps past months reachable, with their past sessions', () => {
    expect(sessionTexts(page('/lich-tiep-cong-dan/thang/2026-11/'))).toEqual([
      'Thứ Hai, 23/11/2026 , 14:00–16:30 Đã qua',
      'Thứ Ba, 24/11/2026 , 07:30–11:00 Đã qua',
      'Thứ Năm, 26/11/2026 , 14:00–16:30 Hôm nay',
    ]);
  });
});

describe('filters by officer and kind', () => {
  it('give each officer and each kind a page reachable by plain links', () => {
    const index = page('/lich-tiep-cong-dan/');
    const officers = [...index.querySelectorAll('a[href^="/lich-tiep-cong-dan/can-bo/"][href$="/"]')].map((a) => a.getAttribute('href'));
    expect(officers).toEqual([
      '/lich-tiep-cong-dan/can-bo/chu-tich/',
      '/lich-tiep-cong-dan/can-bo/pho-chu-tich/',
      '/lich-tiep-cong-dan/can-bo/cong-chuc-tu-phap/',
    ]);
    expect(sessionTexts(page('/lich-tiep-cong-dan/can-bo/chu-tich/'))).toHaveLength(3);
    expect(sessionTexts(page('/lich-tiep-cong-dan/loai/dot-xuat/'))).toEqual(['Thứ Ba, 01/12/2026 , 14:00–16:00 Sắp tới Đã hủy']);
  });

  it('keep a session someone else receives on the planned officer’s page, saying who receives it', () => {
    expect(sessionTexts(page('/lich-tiep-cong-dan/can-bo/chu-tich/'))[0]).toBe(
      'Thứ Hai, 23/11/2026 , 14:00–16:30 Đã qua Do Phó Chủ tịch UBND xã tiếp thay',
    );
    const receiver = page('/lich-tiep-cong-dan/can-bo/pho-chu-tich/');
    expect(sessionTexts(receiver)[0]).toBe('Thứ Hai, 23/11/2026 , 14:00–16:30 Đã qua');
    expect(textOf(receiver.querySelector('.session__who'))).toBe('Phó Chủ tịch UBND xã · thường xuyên · Tiếp thay Chủ tịch UBND xã');
  });
});

describe('calendars', () => {
  it('put a 14:00 Vietnam session at 07:00 UTC, carry the place and link back to its page', () => {
    const { name, events } = parseCalendar('lich-tiep-cong-dan/lich.ics');
    expect(name).toBe('Lịch tiếp công dân – Ủy ban nhân dân xã Thử Nghiệm');
    expect(events).toHaveLength(5);
    const today = events.find((e) => e.uid.startsWith('2026-11-tuan-48-49--chu-tich-chieu-thu-nam--2026-11-26'));
    expect(today).toMatchObject({
      start: '2026-11-26T07:00:00+00:00',
      end: '2026-11-26T09:30:00+00:00',
      status: 'CONFIRMED',
      summary: 'Tiếp công dân: Chủ tịch UBND xã',
      location: 'Phòng tiếp công dân, trụ sở UBND xã',
      url: 'https://xa-thu-nghiem.example.org/lich-tiep-cong-dan/thang/2026-11/#buoi-2026-11-tuan-48-49--chu-tich-chieu-thu-nam--2026-11-26',
    });
    expect(today?.uid).toBe('2026-11-tuan-48-49--chu-tich-chieu-thu-nam--2026-11-26@xa-thu-nghiem.example.org');
  });

  it('carry a cancelled session as cancelled and a moved one at its new time', () => {
    const { events } = parseCalendar('lich-tiep-cong-dan/lich.ics');
    expect(events.find((e) => e.uid.includes('pho-chu-tich-dot-xuat'))).toMatchObject({ status: 'CANCELLED' });
    const moved = events.find((e) => e.uid.includes('--2026-12-03@'));
    expect(moved).toMatchObject({ start: '2026-12-04T01:00:00+00:00', status: 'CONFIRMED' });
    expect(moved?.description).toContain('Dời từ Thứ Năm, 03/12/2026, 14:00–16:30');
  });

  it('number and date every event by the schedule file’s revisions in git, so each later change reaches phones', () => {
    const commits = scheduleCommits();
    const { events } = parseCalendar('lich-tiep-cong-dan/lich.ics');
    const revision = events.map((e) => [e.uid.split('@')[0], e.sequence, e.stamp]);
    if (commits.length === 0) {
      // Without history: a change after publication raises the sequence once, stamped on the day of publication.
      const changed = ['pho-chu-tich-dot-xuat', '--2026-12-03', 'chu-tich-chieu-thu-hai'];
      for (const [uid, sequence, stamp] of revision) {
        expect([sequence, stamp], String(uid)).toEqual([changed.some((c) => String(uid).includes(c)) ? 1 : 0, '2026-11-19T17:00:00+00:00']);
      }
      return;
    }
    const latest = new Date(commits[0] ?? '').toISOString().replace('.000Z', '+00:00');
    for (const [uid, sequence, stamp] of revision) expect([sequence, stamp], String(uid)).toEqual([commits.length - 1, latest]);
  });

  it('give each officer role a calendar of its own sessions, and each session a file to add', () => {
    expect(parseCalendar('lich-tiep-cong-dan/can-bo/chu-tich.ics').events.map((e) => e.start)).toEqual([
      '2026-11-23T07:00:00+00:00',
      '2026-11-26T07:00:00+00:00',
      '2026-12-04T01:00:00+00:00',
    ]);
    const single = parseCalendar('lich-tiep-cong-dan/buoi/2026-11-tuan-48-49--tu-phap-thu-ba.ics');
    expect(single.events.map((e) => e.start)).toEqual(['2026-11-24T00:30:00+00:00']);
  });

  it('carry a session someone else receives in the planned officer’s calendar, as the same event as everywhere', () => {
    const uid = '2026-11-tuan-48-49--chu-tich-chieu-thu-hai--2026-11-23@xa-thu-nghiem.example.org';
    const planned = parseCalendar('lich-tiep-cong-dan/can-bo/chu-tich.ics').events.find((e) => e.uid === uid);
    expect(planned?.description).toContain('Phó Chủ tịch UBND xã tiếp thay Chủ tịch UBND xã');
    expect(planned).toEqual(parseCalendar('lich-tiep-cong-dan/lich.ics').events.find((e) => e.uid === uid));
    expect(planned).toEqual(parseCalendar('lich-tiep-cong-dan/can-bo/pho-chu-tich.ics').events.find((e) => e.uid === uid));
  });

  it('write CRLF lines of at most 75 bytes', () => {
    const bytes = fs.readFileSync(path.join(build.outDir, 'lich-tiep-cong-dan/lich.ics'));
    const lines = bytes.toString('utf8').split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(bytes.toString('utf8')).not.toMatch(/[^\r]\n/);
  });
});

/**
 * One schedule, marked as sample content and changed twice after it was posted, built under two
 * time zones for the two tests below: the calendar reads only the changes, the next-session box
 * only the mark.
 */
let revised: Promise<BuildResult[]> | undefined;

function revisedSampleBuilds(): Promise<BuildResult[]> {
  revised ??= (async () => {
    const content = composeContent('revised-sample');
    const git = (args: string[], date?: string): string => gitIn(content, args, date);
    const schedule = path.join(content, 'receptions/2026-11-tuan-48-49.yaml');
    fs.writeFileSync(schedule, `sample: true\n${fs.readFileSync(schedule, 'utf8')}`);
    git(['init', '-q', '-b', 'main']);
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'Đăng lịch'], '2026-11-20T08:00:00+07:00');
    fs.appendFileSync(schedule, '# Sửa lần 1\n');
    git(['commit', '-q', '-am', 'Dời buổi tiếp'], '2026-11-24T09:15:00+07:00');
    fs.appendFileSync(schedule, '# Sửa lần 2\n');
    git(['commit', '-q', '-am', 'Hủy buổi tiếp'], '2026-11-25T16:45:30+07:00');
    return Promise.all(['Asia/Ho_Chi_Minh', 'America/Los_Angeles'].map((TZ) => buildSite(content, { env: { TZ } })));
  })();
  return revised;
}

describe('a schedule changed twice', () => {
  it('raises every event’s sequence at each commit and stamps it with the latest, the same under any TZ', async () => {
    const builds = await revisedSampleBuilds();
    for (const build of builds) expect(build.code, build.output).toBe(0);
    const [first, second] = builds.map((b) => fs.readFileSync(path.join(b.outDir, 'lich-tiep-cong-dan/lich.ics')));
    expect(first?.equals(second ?? Buffer.alloc(0))).toBe(true);
    const text = first?.toString('utf8') ?? '';
    expect(new Set(text.match(/^SEQUENCE:.*$/gm))).toEqual(new Set(['SEQUENCE:2']));
    expect(new Set(text.match(/^DTSTAMP:.*$/gm))).toEqual(new Set(['DTSTAMP:20261125T094530Z']));
  });
});

describe('the sessions open data', () => {
  const rows = (): Record<string, string>[] => {
    const [header = [], ...body] = runDebianPython<string[][]>(
      'import csv, json, sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))',
      [path.join(build.outDir, 'du-lieu/buoi-tiep-cong-dan.csv')],
    );
    return body.map((row) => Object.fromEntries(header.map((key, i) => [key, row[i] ?? ''])));
  };

  it('gives a moved row the day and hours it was moved from, and a substituted row whom it replaces', () => {
    const byUid = new Map(rows().map((row) => [row.uid, row]));
    expect(byUid.get('2026-11-tuan-48-49--chu-tich-chieu-thu-nam--2026-12-03')).toMatchObject({
      ngay: '2026-12-04',
      doi_tu_ngay: '2026-12-03',
      doi_tu_bat_dau: '14:00',
      doi_tu_ket_thuc: '16:30',
      tiep_thay_cho: '',
    });
    expect(byUid.get('2026-11-tuan-48-49--chu-tich-chieu-thu-hai--2026-11-23')).toMatchObject({
      nguoi_tiep: 'Phó Chủ tịch UBND xã',
      tiep_thay_cho: 'Chủ tịch UBND xã',
      doi_tu_ngay: '',
    });
  });

  it('says of every row whether it is sample content, as the JSON and its schema do', () => {
    expect(rows().map((row) => row.mau)).toEqual(['false', 'false', 'false', 'false', 'false']);
    const schema = JSON.parse(fs.readFileSync(path.join(build.outDir, 'du-lieu/buoi-tiep-cong-dan.schema.json'), 'utf8'));
    const record = schema.properties.records.items;
    expect(record.required).toContain('sample');
    expect(record.properties.sample).toMatchObject({ type: 'boolean' });
  });
});

describe('a sample schedule', () => {
  it('says so in the next-session box, which shows no banner, for the session shown and those it may move on to', async () => {
    const [sample] = await revisedSampleBuilds();
    expect(sample?.code, sample?.output).toBe(0);
    for (const address of ['/', '/lich-tiep-cong-dan/']) {
      const box = parseDocument(readPage(sample!.outDir, address)).querySelector('.next-session');
      expect(textOf(box?.querySelector('.next-session__when')), address).toBe(
        'Thứ Năm, 26/11/2026, 14:00–16:30, Chủ tịch UBND xã, tại Phòng tiếp công dân, trụ sở UBND xã (Nội dung mẫu)',
      );
      const later: { summary: string }[] = JSON.parse(box?.getAttribute('data-later') ?? '[]');
      expect(later.length).toBeGreaterThan(0);
      for (const session of later) expect(session.summary).toMatch(/ \(Nội dung mẫu\)$/);
    }
    // A real schedule's box carries no such mark.
    expect(textOf(page('/lich-tiep-cong-dan/').querySelector('.next-session__when'))).not.toContain('Nội dung mẫu');
  });
});

describe('a week without the chairman', () => {
  it('is a build warning naming the week and the file, and the page counts it, yet the site is published', async () => {
    const missed = await buildSite(composeContent('missed', path.join(FIXTURES, 'reception-missed-week')));
    expect(missed.code, missed.output).toBe(0);
    expect(missed.output).toContain('receptions/2026-12-tuan-50.yaml');
    expect(missed.output).toContain('tuần 2026-W50 (07/12/2026–13/12/2026) không có buổi nào Chủ tịch trực tiếp tiếp công dân');
    expect(missed.output).toContain('week 2026-W50');
    // W51 is split over two files and met in the second; W52 has only its Monday and Tuesday published.
    expect(missed.output).not.toMatch(/week 2026-W5[12]/);
    const index = parseDocument(readPage(missed.outDir, '/lich-tiep-cong-dan/'));
    const duty = textOf(index.querySelector('[aria-labelledby="duty-heading"]'));
    expect(duty).toContain('3/4 tuần');
    expect(duty).toContain('07/12/2026–13/12/2026.');
    expect(build.output).not.toContain('không có buổi nào Chủ tịch trực tiếp tiếp công dân');
    // The composed content is a copy outside git: its pages say so instead of showing dates.
    const rules = parseDocument(readPage(missed.outDir, '/lich-tiep-cong-dan/noi-quy/'));
    expect(textOf(rules.querySelector('.history'))).toContain('Lịch sử thay đổi không có sẵn');
    expect(rules.querySelector('.history time')).toBeNull();
  });
});
