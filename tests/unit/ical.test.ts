import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatUtc, renderCalendar } from '../../src/lib/ical';
import { sessionEvent } from '../../src/data/calendars';
import type { ReceptionSession } from '../../src/lib/receptions';
import { siteSchema } from '../../src/schemas/site';

describe('iCalendar text', () => {
  it.each([
    ['Trụ sở UBND, phòng 1', 'Trụ sở UBND\\, phòng 1'],
    ['a;b', 'a\\;b'],
    ['dòng 1\ndòng 2', 'dòng 1\\ndòng 2'],
    ['C:\\tệp', 'C:\\\\tệp'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });

  it('folds at 75 bytes without splitting a Vietnamese letter', () => {
    const line = `SUMMARY:${'Tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân '.repeat(3)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(2);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(folded.join('')).not.toContain('\uFFFD');
  });

  it('writes instants in UTC', () => {
    expect(formatUtc(new Date('2023-03-02T00:30:00Z'))).toBe('20230302T003000Z');
  });

  it('gives a calendar without events a time zone, as RFC 5545 requires at least one component', () => {
    expect(renderCalendar('Lịch', [], '-//x//y//VI').split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//x//y//VI',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Lịch',
      'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Ho_Chi_Minh',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0700',
      'TZOFFSETTO:+0700',
      'END:STANDARD',
      'END:VTIMEZONE',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('renders a calendar with CRLF line ends and every required property', () => {
    const text = renderCalendar(
      'Lịch',
      [
        {
          uid: 'a@x',
          start: new Date('2023-03-02T00:30:00Z'),
          end: new Date('2023-03-02T04:00:00Z'),
          stamp: new Date('2023-02-23T17:00:00Z'),
          summary: 'Tiếp công dân',
          location: 'Trụ sở',
          description: 'Nội dung',
          url: 'https://x/',
          status: 'CANCELLED',
          sequence: 1,
        },
      ],
      '-//x//y//VI',
    );
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//x//y//VI',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Lịch',
      'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
      'BEGIN:VEVENT',
      'UID:a@x',
      'DTSTAMP:20230223T170000Z',
      'DTSTART:20230302T003000Z',
      'DTEND:20230302T040000Z',
      'SEQUENCE:1',
      'STATUS:CANCELLED',
      'SUMMARY:Tiếp công dân',
      'LOCATION:Trụ sở',
      'DESCRIPTION:Nội dung',
      'URL:https://x/',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });
});

describe('a reception session as a calendar event', () => {
  const site = siteSchema.parse({
    unit: { type: 'xã', name: 'Thử Nghiệm', nameEn: 'Thử Nghiệm Commune', since: '2025-07-01' },
    province: 'Gia Lai',
    address: 'Trụ sở',
    email: 'vanphong@example.org',
    officeHours: [{ days: 'Thứ Hai đến Thứ Sáu', hours: '07:00–17:00' }],
    officers: [
      { id: 'chu-tich', role: 'Chủ tịch UBND xã', head: true },
      { id: 'pho-chu-tich', role: 'Phó Chủ tịch UBND xã' },
    ],
    localities: [{ id: 'thon-1', name: 'Thôn 1' }],
    baseUrl: 'https://example.org/',
  });
  const session = (changes: Partial<ReceptionSession> = {}): ReceptionSession => ({
    uid: '2023-03--chu-tich-thu-nam--2023-03-02',
    schedule: '2023-03',
    date: '2023-03-02',
    start: '07:30',
    end: '11:00',
    officer: 'chu-tich',
    kind: 'dinh-ky',
    place: 'Trụ sở',
    topics: [],
    status: 'scheduled',
    sample: false,
    published: '2023-02-24',
    ...changes,
  });

  it('marks a sample session in its title, and only a sample one', () => {
    expect(sessionEvent(session({ sample: true }), site).summary).toBe('[Nội dung mẫu] Tiếp công dân: Chủ tịch UBND xã');
    expect(sessionEvent(session({ sample: false }), site).summary).toBe('Tiếp công dân: Chủ tịch UBND xã');
  });

  it('says in the description who receives a session instead of the officer planned', () => {
    const event = sessionEvent(session({ officer: 'pho-chu-tich', substituteFor: 'chu-tich' }), site);
    expect(event.description.split('\n')).toContain('Phó Chủ tịch UBND xã tiếp thay Chủ tịch UBND xã');
  });

  it('numbers and dates an event by the schedule file’s revisions, or without history by whether it changed', () => {
    const cases: [Partial<ReceptionSession>, number, string][] = [
      // Instants come from the commit's own offset, not the machine's clock: the same bytes under any TZ.
      [{ status: 'cancelled', revision: { count: 0, at: '2023-02-24T08:00:00+07:00' } }, 0, '2023-02-24T01:00:00.000Z'],
      [{ revision: { count: 2, at: '2023-03-01T16:30:00+07:00' } }, 2, '2023-03-01T09:30:00.000Z'],
      // Content copied outside git: a change after publication raises it once, stamped on the publication day.
      [{}, 0, '2023-02-23T17:00:00.000Z'],
      [{ status: 'cancelled' }, 1, '2023-02-23T17:00:00.000Z'],
      [{ officer: 'pho-chu-tich', substituteFor: 'chu-tich' }, 1, '2023-02-23T17:00:00.000Z'],
    ];
    const events = cases.map(([changes]) => sessionEvent(session(changes), site));
    expect(events.map((e) => [e.sequence, e.stamp.toISOString()])).toEqual(cases.map(([, sequence, stamp]) => [sequence, stamp]));
  });
});
