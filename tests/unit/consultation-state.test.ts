// Run the whole file fourteen hours ahead of UTC (and seven ahead of Vietnam), so any use of
// the machine's local time zone would shift a day and fail a test; some tests switch it again.
process.env.TZ = 'Pacific/Kiritimati';

import { afterAll, describe, expect, it } from 'vitest';
import {
  closingInstant,
  consultationStanding,
  groupConsultations,
  lastMinute,
  listGroup,
  openingInstant,
  outcomeDueDate,
  periodDays,
  takesOpinions,
  type ConsultationClock,
  type ConsultationStanding,
} from '../../src/lib/consultations';
import { deadlineLong, deadlineText, openingLong, periodText, standingText } from '../../src/messages/consultations';

/** An instant written as Vietnam wall-clock time. */
const vn = (text: string): Date => new Date(`${text}+07:00`);

const MARCH: ConsultationClock = { opens: '2023-03-01T07:00', closes: '2023-03-15T23:59' };
const DUE = 30;

const boundaries: [string, ConsultationClock, string, ConsultationStanding][] = [
  ['a day before opening', MARCH, '2023-02-28T07:00:00', { state: 'upcoming', daysToOpen: 1 }],
  ['a second before opening', MARCH, '2023-03-01T06:59:59', { state: 'upcoming', daysToOpen: 0 }],
  ['at the opening minute', MARCH, '2023-03-01T07:00:00', { state: 'open', daysLeft: 14 }],
  ['on the day before the last', MARCH, '2023-03-14T12:00:00', { state: 'open', daysLeft: 1 }],
  ['at 23:59:00 on the closing day', MARCH, '2023-03-15T23:59:00', { state: 'open', daysLeft: 0 }],
  ['at 23:59:59 on the closing day', MARCH, '2023-03-15T23:59:59', { state: 'open', daysLeft: 0 }],
  ['at midnight after the closing day', MARCH, '2023-03-16T00:00:00', { state: 'closed', daysSinceClose: 1, outcomeDue: '2023-04-14' }],
  ['on the last day the outcome is due', MARCH, '2023-04-14T23:59:59', { state: 'closed', daysSinceClose: 30, outcomeDue: '2023-04-14' }],
  [
    'the day after the outcome was due',
    MARCH,
    '2023-04-15T00:00:00',
    { state: 'overdue', daysSinceClose: 31, daysLate: 1, outcomeDue: '2023-04-14' },
  ],
  [
    'a second before the outcome’s day',
    { ...MARCH, outcomePublished: '2023-03-20' },
    '2023-03-19T23:59:59',
    { state: 'closed', daysSinceClose: 4, outcomeDue: '2023-04-14' },
  ],
  ['on the outcome’s day', { ...MARCH, outcomePublished: '2023-03-20' }, '2023-03-20T00:00:00', { state: 'outcome' }],
  ['with an outcome published late', { ...MARCH, outcomePublished: '2023-05-02' }, '2023-06-01T09:00:00', { state: 'outcome' }],
  // A deadline written at midnight is the end of the day before: the same boundaries apply.
  [
    'at 23:59:59 before a midnight deadline',
    { opens: MARCH.opens, closes: '2023-03-16T00:00' },
    '2023-03-15T23:59:59',
    { state: 'open', daysLeft: 0 },
  ],
  [
    'at a midnight deadline',
    { opens: MARCH.opens, closes: '2023-03-16T00:00' },
    '2023-03-16T00:00:00',
    { state: 'closed', daysSinceClose: 1, outcomeDue: '2023-04-14' },
  ],
  // A deadline at 17:00 still takes an opinion sent during 17:00, not after it.
  [
    'during a 17:00 deadline’s last minute',
    { opens: MARCH.opens, closes: '2023-03-15T17:00' },
    '2023-03-15T17:00:59',
    { state: 'open', daysLeft: 0 },
  ],
  [
    'just after a 17:00 deadline',
    { opens: MARCH.opens, closes: '2023-03-15T17:00' },
    '2023-03-15T17:01:00',
    { state: 'closed', daysSinceClose: 0, outcomeDue: '2023-04-14' },
  ],
  // Across the end of a year, in Vietnam's calendar and not UTC's (17:00 UTC is midnight in Vietnam).
  [
    'on the first of January in Vietnam while it is still 31 December in UTC',
    { opens: '2023-12-01T07:00', closes: '2023-12-31T23:59' },
    '2024-01-01T00:30:00',
    { state: 'closed', daysSinceClose: 1, outcomeDue: '2024-01-30' },
  ],
];

describe('consultationStanding at every boundary', () => {
  it.each(boundaries)('%s', (_name, clock, at, expected) => {
    expect(consultationStanding(clock, vn(at), DUE)).toEqual(expected);
  });

  it('uses the configured number of days before calling an outcome late', () => {
    expect(consultationStanding(MARCH, vn('2023-03-27T08:00:00'), 10)).toEqual({
      state: 'overdue',
      daysSinceClose: 12,
      daysLate: 2,
      outcomeDue: '2023-03-25',
    });
    expect(consultationStanding(MARCH, vn('2023-03-27T08:00:00'), 30).state).toBe('closed');
  });
});

describe('the same answers in every time zone', () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'gives the boundary table unchanged with TZ=%s',
    (zone) => {
      process.env.TZ = zone;
      // The switch really took effect: the machine's offset is that zone's.
      const offset = new Date(Date.UTC(2023, 2, 1)).getTimezoneOffset();
      expect(offset).toBe(
        {
          UTC: 0,
          'America/Los_Angeles': 480,
          'Asia/Ho_Chi_Minh': -420,
          'Pacific/Kiritimati': -840,
          'Pacific/Pago_Pago': 660,
        }[zone],
      );
      for (const [, clock, at, expected] of boundaries) {
        expect(consultationStanding(clock, vn(at), DUE)).toEqual(expected);
      }
      expect(openingInstant(MARCH.opens).toISOString()).toBe('2023-03-01T00:00:00.000Z');
      expect(closingInstant(MARCH.closes).toISOString()).toBe('2023-03-15T17:00:00.000Z');
    },
  );
});

describe('writing deadlines so nobody misreads the day', () => {
  it.each([
    ['2023-03-15T23:59', 'hạn cuối 23:59 ngày 15/03/2023', '23:59, Thứ Tư, 15/03/2023'],
    ['2023-03-16T00:00', 'hạn cuối 23:59 ngày 15/03/2023', '23:59, Thứ Tư, 15/03/2023'],
    ['2023-03-15T17:00', 'hạn cuối 17:00 ngày 15/03/2023', '17:00, Thứ Tư, 15/03/2023'],
    ['2024-01-01T00:00', 'hạn cuối 23:59 ngày 31/12/2023', '23:59, Chủ Nhật, 31/12/2023'],
  ])('closes %s reads "%s"', (closes, short, long) => {
    expect(deadlineText(closes)).toBe(short);
    expect(deadlineLong(closes)).toBe(long);
  });

  it('treats a midnight deadline as the last minute of the day before', () => {
    expect(lastMinute('2023-03-01T00:00')).toEqual({ date: '2023-02-28', time: '23:59' });
    expect(lastMinute('2024-03-01T00:00')).toEqual({ date: '2024-02-29', time: '23:59' });
    expect(lastMinute('2023-03-01T08:00')).toEqual({ date: '2023-03-01', time: '08:00' });
  });

  it('writes the opening and the whole period', () => {
    expect(openingLong('2023-10-16T07:00')).toBe('07:00, Thứ Hai, 16/10/2023');
    expect(periodText('2023-10-16T07:00', '2023-11-16T00:00')).toBe('từ 07:00 ngày 16/10/2023 đến hạn cuối 23:59 ngày 15/11/2023');
  });
});

describe('counting days', () => {
  it.each([
    ['2023-11-01T07:00', '2023-11-30T23:59', 30],
    ['2023-11-01T07:00', '2023-12-01T00:00', 30],
    ['2023-11-01T07:00', '2023-11-01T17:00', 1],
    ['2024-02-01T00:00', '2024-02-29T23:59', 29],
  ])('from %s to %s is %i calendar days, both ends counted', (opens, closes, days) => {
    expect(periodDays(opens, closes)).toBe(days);
  });

  it('dates the outcome due from the last day', () => {
    expect(outcomeDueDate('2023-11-30T23:59', 15)).toBe('2023-12-15');
    expect(outcomeDueDate('2023-12-01T00:00', 15)).toBe('2023-12-15');
  });
});

describe('saying the state', () => {
  it.each<[ConsultationStanding, string]>([
    [{ state: 'upcoming', daysToOpen: 3 }, 'Sắp mở – mở sau 3 ngày'],
    [{ state: 'upcoming', daysToOpen: 0 }, 'Sắp mở – mở trong hôm nay'],
    [{ state: 'open', daysLeft: 19 }, 'Đang lấy ý kiến – còn 19 ngày'],
    [{ state: 'open', daysLeft: 0 }, 'Đang lấy ý kiến – hôm nay là ngày cuối'],
    [{ state: 'closed', daysSinceClose: 2, outcomeDue: '2023-04-14' }, 'Đã hết hạn – đang tổng hợp'],
    [{ state: 'overdue', daysSinceClose: 40, daysLate: 10, outcomeDue: '2023-04-14' }, 'Chưa đăng kết quả – quá hạn 10 ngày'],
    [{ state: 'outcome' }, 'Đã công bố kết quả'],
  ])('%o reads "%s"', (standing, text) => {
    expect(standingText(standing)).toBe(text);
  });

  it('shows the ways to respond only while opinions are, or will be, taken', () => {
    expect(takesOpinions({ state: 'upcoming', daysToOpen: 1 })).toBe(true);
    expect(takesOpinions({ state: 'open', daysLeft: 1 })).toBe(true);
    expect(takesOpinions({ state: 'closed', daysSinceClose: 1, outcomeDue: '2023-04-14' })).toBe(false);
    expect(takesOpinions({ state: 'outcome' })).toBe(false);
  });
});

describe('groupConsultations', () => {
  const items: (ConsultationClock & { key: string })[] = [
    { key: 'ket-qua-cu', opens: '2023-01-02T07:00', closes: '2023-02-01T23:59', outcomePublished: '2023-02-10' },
    { key: 'mo-han-xa', opens: '2023-03-01T07:00', closes: '2023-04-30T23:59' },
    { key: 'sap-mo-sau', opens: '2023-05-01T07:00', closes: '2023-06-01T23:59' },
    { key: 'cho-ket-qua', opens: '2023-02-01T07:00', closes: '2023-03-10T23:59' },
    { key: 'mo-han-gan', opens: '2023-03-05T07:00', closes: '2023-03-20T23:59' },
    { key: 'cham-cong-bo', opens: '2022-12-01T07:00', closes: '2023-01-10T23:59' },
    { key: 'ket-qua-moi', opens: '2023-01-05T07:00', closes: '2023-02-05T23:59', outcomePublished: '2023-03-01' },
    { key: 'sap-mo-truoc', opens: '2023-04-01T07:00', closes: '2023-05-01T23:59' },
    { key: 'mo-cung-han', opens: '2023-03-02T07:00', closes: '2023-03-21T00:00' },
  ];
  const grouped = groupConsultations(items, (item) => item, vn('2023-03-15T10:00:00'), DUE);
  const keys = (group: keyof typeof grouped): string[] => grouped[group].map((placed) => placed.item.key);

  it('puts open ones first, nearest deadline first (a midnight deadline ties its day, then by name)', () => {
    expect(keys('open')).toEqual(['mo-cung-han', 'mo-han-gan', 'mo-han-xa']);
    expect(grouped.open[0]?.standing).toEqual({ state: 'open', daysLeft: 5 });
  });

  it('then upcoming ones, nearest opening first', () => {
    expect(keys('upcoming')).toEqual(['sap-mo-truoc', 'sap-mo-sau']);
  });

  it('then those awaiting an outcome, longest waiting (and late) first', () => {
    expect(keys('awaiting')).toEqual(['cham-cong-bo', 'cho-ket-qua']);
    expect(grouped.awaiting.map((placed) => placed.standing.state)).toEqual(['overdue', 'closed']);
  });

  it('then those with an outcome, newest outcome first', () => {
    expect(keys('outcome')).toEqual(['ket-qua-moi', 'ket-qua-cu']);
  });

  it('files each state under one list section', () => {
    expect(['upcoming', 'open', 'closed', 'overdue', 'outcome'].map((s) => listGroup(s as ConsultationStanding['state']))).toEqual([
      'upcoming',
      'open',
      'awaiting',
      'awaiting',
      'outcome',
    ]);
  });
});
