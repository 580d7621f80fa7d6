/** One event of an iCalendar (RFC 5545) file. */
export interface CalendarEvent {
  /** Globally unique and stable across builds. */
  uid: string;
  start: Date;
  end: Date;
  /** When the event's information was last published; fixed by content, so builds repeat. */
  stamp: Date;
  summary: string;
  location: string;
  description: string;
  url: string;
  status: 'CONFIRMED' | 'CANCELLED';
  /** Raised each time the event changes after publication (moved, cancelled). */
  sequence: number;
}

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** `20230302T003000Z`: instants are written in UTC, which every calendar reads the same way. */
export function formatUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1) without splitting a
 * multi-byte UTF-8 character: Vietnamese letters take two or three bytes.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * Vietnam's time zone, UTC+7 all year, as a VTIMEZONE. Events are written in UTC and need none,
 * but RFC 5545 (§3.6, `component = 1*(...)`) requires at least one component in every calendar
 * and some importers refuse one without: a calendar with no session yet carries this instead.
 */
const VIETNAM_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Ho_Chi_Minh',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A VCALENDAR with its events, CRLF line endings, folded lines. */
export function renderCalendar(name: string, events: readonly CalendarEvent[], productId: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    ...(events.length === 0 ? VIETNAM_TIMEZONE : []),
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${formatUtc(event.stamp)}`,
      `DTSTART:${formatUtc(event.start)}`,
      `DTEND:${formatUtc(event.end)}`,
      `SEQUENCE:${event.sequence}`,
      `STATUS:${event.status}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `LOCATION:${escapeText(event.location)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `URL:${event.url}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
