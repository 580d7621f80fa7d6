// Run the whole file 14 hours ahead of UTC (and 7 ahead of Vietnam), so any
// use of the machine's local time zone would shift a date and fail a test.
process.env.TZ = 'Pacific/Kiritimati';

import { describe, expect, it } from 'vitest';
import { buildNow, instantOf, startBuildClock } from '../../src/build/clock';
import {
  comparePartialDates,
  daysInMonth,
  formatIsoDate,
  isFullDate,
  parsePartialDate,
  periodEnd,
  periodStart,
  toPartialDate,
  vietnamDate,
  vietnamTimestamp,
  type PartialDate,
} from '../../src/dates/calendar';
import { formatDateLongVi, formatDateShortVi, formatOfficialDateLine, weekdayVi } from '../../src/messages/dates';

describe('the test machine', () => {
  it('runs in Pacific/Kiritimati, fourteen hours ahead of UTC', () => {
    expect(new Date(Date.UTC(2023, 0, 1, 12)).getTimezoneOffset()).toBe(-840);
  });
});

describe('vietnamDate', () => {
  it.each([
    ['2023-03-01T17:00:00Z', '2023-03-02', 'midnight in Vietnam starts the next day'],
    ['2023-03-01T16:59:59Z', '2023-03-01', 'one second before midnight in Vietnam is still the same day'],
    ['2023-03-01T10:30:00Z', '2023-03-01', 'a Kiritimati clock already reads 2 March, Vietnam does not'],
    ['2022-12-31T17:00:00Z', '2023-01-01', 'New Year in Vietnam comes seven hours before UTC'],
    ['2024-02-28T17:00:00Z', '2024-02-29', 'a leap day is reached at Vietnam midnight'],
  ])('gives the Vietnam calendar day of %s as %s (%s)', (instant, expected) => {
    expect(vietnamDate(new Date(instant))).toBe(expected);
  });
});

describe('vietnamTimestamp', () => {
  it.each([
    ['2026-11-26T05:00:00Z', '2026-11-26T12:00:00+07:00'],
    ['2026-12-31T17:30:15Z', '2027-01-01T00:30:15+07:00'],
  ])('writes %s in Vietnam time with its offset: %s', (instant, expected) => {
    expect(vietnamTimestamp(new Date(instant))).toBe(expected);
  });
});

describe('the build clock', () => {
  const CLOCK = new Date('2026-12-06T01:02:03Z');
  const clock = (): Date => CLOCK;

  it('takes the build time from SOURCE_DATE_EPOCH in seconds', () => {
    expect(instantOf({ SOURCE_DATE_EPOCH: '1677690000' }, clock).toISOString()).toBe('2023-03-01T17:00:00.000Z');
  });

  it('pins a build to the Vietnam day of SOURCE_DATE_EPOCH whatever the machine time zone', () => {
    expect(vietnamDate(instantOf({ SOURCE_DATE_EPOCH: '1677690000' }, clock))).toBe('2023-03-02');
  });

  it.each([['not-a-number'], ['-5'], ['1.5'], ['']])('ignores a SOURCE_DATE_EPOCH of %j and uses the clock', (epoch) => {
    expect(instantOf({ SOURCE_DATE_EPOCH: epoch }, clock)).toBe(CLOCK);
  });

  it('uses the clock when SOURCE_DATE_EPOCH is not set', () => {
    expect(instantOf({}, clock)).toBe(CLOCK);
  });

  it('reads the clock once: every part of a build is given the same instant', () => {
    const first = buildNow();
    expect(buildNow()).toBe(first);
  });

  it('reads it again when another build starts in the same process, and keeps that instant', () => {
    const before = process.env.SOURCE_DATE_EPOCH;
    try {
      process.env.SOURCE_DATE_EPOCH = '1677690000';
      expect(startBuildClock().toISOString()).toBe('2023-03-01T17:00:00.000Z');
      process.env.SOURCE_DATE_EPOCH = '1795669200';
      expect(buildNow().toISOString()).toBe('2023-03-01T17:00:00.000Z');
      expect(startBuildClock().toISOString()).toBe('2026-11-26T05:00:00.000Z');
      expect(buildNow().toISOString()).toBe('2026-11-26T05:00:00.000Z');
    } finally {
      if (before === undefined) Reflect.deleteProperty(process.env, 'SOURCE_DATE_EPOCH');
      else process.env.SOURCE_DATE_EPOCH = before;
    }
  });
});

describe('weekdayVi', () => {
  it.each([
    [{ year: 2023, month: 3, day: 2 }, 'Thứ Năm'],
    [{ year: 2023, month: 3, day: 5 }, 'Chủ Nhật'],
    [{ year: 2023, month: 3, day: 6 }, 'Thứ Hai'],
    [{ year: 2023, month: 3, day: 4 }, 'Thứ Bảy'],
    [{ year: 2024, month: 2, day: 29 }, 'Thứ Năm'],
  ])('names %o as %s', (date, expected) => {
    expect(weekdayVi(date)).toBe(expected);
  });
});

describe('formatDateShortVi and formatDateLongVi', () => {
  it.each<[PartialDate, string, string]>([
    [{ year: 2023, month: 3, day: 2 }, '02/03/2023', 'Thứ Năm, 02/03/2023'],
    [{ year: 2023, month: 3 }, '03/2023', 'tháng 03/2023'],
    [{ year: 2023 }, '2023', 'năm 2023'],
    [{ year: 2023, month: 11, day: 25 }, '25/11/2023', 'Thứ Bảy, 25/11/2023'],
  ])('writes %o as %s, or in full as %s', (date, short, long) => {
    expect(formatDateShortVi(date)).toBe(short);
    expect(formatDateLongVi(date)).toBe(long);
  });
});

describe('formatOfficialDateLine', () => {
  it.each<[PartialDate, string]>([
    [{ year: 2023, month: 2, day: 5 }, 'Đak Đoa, ngày 05 tháng 02 năm 2023'],
    [{ year: 2023, month: 1, day: 17 }, 'Đak Đoa, ngày 17 tháng 01 năm 2023'],
    [{ year: 2023, month: 3, day: 17 }, 'Đak Đoa, ngày 17 tháng 3 năm 2023'],
    [{ year: 2023, month: 12, day: 9 }, 'Đak Đoa, ngày 09 tháng 12 năm 2023'],
    [{ year: 2023, month: 10, day: 10 }, 'Đak Đoa, ngày 10 tháng 10 năm 2023'],
    [{ year: 2023, month: 3 }, 'Đak Đoa, ngày … tháng 3 năm 2023'],
    [{ year: 2023 }, 'Đak Đoa, ngày … tháng … năm 2023'],
  ])('writes %o as "%s", padding days below 10 and months 1 and 2 only', (date, expected) => {
    expect(formatOfficialDateLine('Đak Đoa', date)).toBe(expected);
  });
});

describe('parsePartialDate', () => {
  it.each<[string, PartialDate]>([
    ['2023', { year: 2023 }],
    ['2023-03', { year: 2023, month: 3 }],
    ['2023-03-02', { year: 2023, month: 3, day: 2 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['2023-12-31', { year: 2023, month: 12, day: 31 }],
    ['  2023-03-02  ', { year: 2023, month: 3, day: 2 }],
  ])('reads %j as %o', (text, date) => {
    expect(parsePartialDate(text)).toEqual({ ok: true, date });
  });

  it.each([
    ['2023-02-30', { ok: false, reason: 'impossible', daysInMonth: 28, date: { year: 2023, month: 2, day: 30 } }],
    ['2023-02-29', { ok: false, reason: 'impossible', daysInMonth: 28, date: { year: 2023, month: 2, day: 29 } }],
    ['1900-02-29', { ok: false, reason: 'impossible', daysInMonth: 28, date: { year: 1900, month: 2, day: 29 } }],
    ['2023-04-31', { ok: false, reason: 'impossible', daysInMonth: 30, date: { year: 2023, month: 4, day: 31 } }],
    ['2023-03-00', { ok: false, reason: 'impossible', daysInMonth: 31, date: { year: 2023, month: 3, day: 0 } }],
    ['2023-13', { ok: false, reason: 'impossible', date: { year: 2023, month: 13 } }],
    ['2023-00-10', { ok: false, reason: 'impossible', date: { year: 2023, month: 0 } }],
  ])('reads %j as an impossible date', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each([
    ['17/01/2023', '2023-01-17'],
    ['2/3/2023', '2023-03-02'],
    ['02.03.2023', '2023-03-02'],
    ['25-11-2013', '2013-11-25'],
  ])('reads the day-first date %j as a format error and suggests the ISO spelling %s', (text, suggestion) => {
    expect(parsePartialDate(text)).toEqual({ ok: false, reason: 'format', suggestion });
  });

  it.each([['2023/01/17'], ['2023-1-17'], ['23-01-17'], ['ngày 17 tháng 1'], [''], ['2023-03-02T00:00:00Z']])(
    'reads %j as a format error without a suggestion',
    (text) => {
      expect(parsePartialDate(text)).toEqual({ ok: false, reason: 'format' });
    },
  );
});

describe('toPartialDate', () => {
  it('returns the date of valid text', () => {
    expect(toPartialDate('2023-03')).toEqual({ year: 2023, month: 3 });
  });

  it('throws on text that is not a valid date, naming it', () => {
    expect(() => toPartialDate('2023-02-30')).toThrow('Not a valid date: 2023-02-30');
  });
});

describe('daysInMonth', () => {
  it.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2023, 4, 30],
    [2023, 12, 31],
  ])('gives %i-%i %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isFullDate and formatIsoDate', () => {
  it.each<[PartialDate, boolean, string]>([
    [{ year: 2023, month: 3, day: 2 }, true, '2023-03-02'],
    [{ year: 2023, month: 3 }, false, '2023-03'],
    [{ year: 2023 }, false, '2023'],
    [{ year: 987 }, false, '0987'],
  ])('treats %o as full: %s, and spells it %s', (date, full, iso) => {
    expect(isFullDate(date)).toBe(full);
    expect(formatIsoDate(date)).toBe(iso);
  });
});

describe('periodStart and periodEnd', () => {
  it.each<[PartialDate, string, string]>([
    [{ year: 2023 }, '2023-01-01', '2023-12-31'],
    [{ year: 2023, month: 2 }, '2023-02-01', '2023-02-28'],
    [{ year: 2024, month: 2 }, '2024-02-01', '2024-02-29'],
    [{ year: 2023, month: 4 }, '2023-04-01', '2023-04-30'],
    [{ year: 2023, month: 3, day: 2 }, '2023-03-02', '2023-03-02'],
  ])('makes %o cover %s to %s', (date, start, end) => {
    expect(periodStart(date)).toBe(start);
    expect(periodEnd(date)).toBe(end);
  });
});

describe('comparePartialDates', () => {
  it.each<[PartialDate, PartialDate, 'before' | 'after' | 'same']>([
    [{ year: 2022 }, { year: 2023 }, 'before'],
    [{ year: 2023, month: 1, day: 31 }, { year: 2023, month: 2 }, 'before'],
    [{ year: 2023, month: 12, day: 31 }, { year: 2023 }, 'after'],
    [{ year: 2023, month: 1, day: 1 }, { year: 2023 }, 'before'],
    [{ year: 2023, month: 1 }, { year: 2023 }, 'before'],
    [{ year: 2023, month: 1, day: 1 }, { year: 2023, month: 1 }, 'before'],
    [{ year: 2023, month: 3, day: 2 }, { year: 2023, month: 3, day: 2 }, 'same'],
  ])('compares %o with %o: it comes %s', (a, b, order) => {
    const sign = Math.sign(comparePartialDates(a, b));
    expect(sign).toBe(order === 'before' ? -1 : order === 'after' ? 1 : 0);
    expect(Math.sign(comparePartialDates(b, a))).toBe(-sign || 0);
  });

  it('sorts a mixed list by first day covered, the more precise first on equal starts', () => {
    const dates: PartialDate[] = [
      { year: 2023 },
      { year: 2023, month: 3, day: 2 },
      { year: 2022, month: 12 },
      { year: 2023, month: 1 },
      { year: 2023, month: 1, day: 1 },
    ];
    expect([...dates].sort(comparePartialDates).map(formatIsoDate)).toEqual(['2022-12', '2023-01-01', '2023-01', '2023', '2023-03-02']);
  });
});
