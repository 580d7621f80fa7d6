import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatUtc, renderCalendar } from '../../src/lib/ical';

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
