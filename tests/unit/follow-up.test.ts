import { describe, expect, it } from 'vitest';
import { vietnamDate } from '../../src/dates/calendar';
import { dutyGroup, dutyStanding, lastOnTimeDay, latestTaskResults } from '../../src/lib/follow-up';
import { dutyStandingText } from '../../src/messages/follow-up';

describe('the last day a report is on time', () => {
  it('is the day before for "trước ngày", the day itself or the end of the month or year for "chậm nhất"', () => {
    expect(lastOnTimeDay({ before: '2023-05-05' })).toBe('2023-05-04');
    expect(lastOnTimeDay({ before: '2024-03-01' })).toBe('2024-02-29');
    expect(lastOnTimeDay({ due: '2023-10-25' })).toBe('2023-10-25');
    expect(lastOnTimeDay({ due: '2023-06' })).toBe('2023-06-30');
    expect(lastOnTimeDay({ due: '2023' })).toBe('2023-12-31');
    expect(lastOnTimeDay({})).toBeUndefined();
  });
});

describe('where a reporting duty stands', () => {
  const sixMonths = { before: '2023-05-05' };

  it('is on time when the report is dated on or before the last day, whatever day it is now', () => {
    expect(dutyStanding(sixMonths, '2023-05-03', '2026-11-26')).toEqual({ state: 'on-time' });
    expect(dutyStanding(sixMonths, '2023-05-04', '2023-05-04')).toEqual({ state: 'on-time' });
  });

  it('is late by the days between the last day and the report', () => {
    expect(dutyStanding(sixMonths, '2023-05-05', '2026-11-26')).toEqual({ state: 'late', days: 1 });
    expect(dutyStanding({ due: '2023-10-25' }, '2023-11-08', '2026-11-26')).toEqual({ state: 'late', days: 14 });
  });

  it('is overdue once the last day has passed with no report, by the days since', () => {
    expect(dutyStanding(sixMonths, undefined, '2023-05-05')).toEqual({ state: 'overdue', days: 1 });
    expect(dutyStanding({ due: '2023-12' }, undefined, '2026-11-26')).toEqual({ state: 'overdue', days: 1061 });
  });

  it('is not yet due until the end of the last day, counting the days left', () => {
    expect(dutyStanding(sixMonths, undefined, '2023-05-01')).toEqual({ state: 'not-yet-due', days: 3 });
    expect(dutyStanding(sixMonths, undefined, '2023-05-04')).toEqual({ state: 'not-yet-due', days: 0 });
  });

  it('compares a report dated only by month or year by the whole period, and says only "reported" when it straddles the deadline', () => {
    expect(dutyStanding({ due: '2023-12-31' }, '2023', '2026-11-26')).toEqual({ state: 'on-time' });
    expect(dutyStanding({ due: '2023-06' }, '2023-06', '2026-11-26')).toEqual({ state: 'on-time' });
    expect(dutyStanding(sixMonths, '2023', '2026-11-26')).toEqual({ state: 'reported' });
    expect(dutyStanding(sixMonths, '2024', '2026-11-26')).toEqual({ state: 'late' });
    expect(dutyStanding({ due: '2022' }, '2023-05', '2026-11-26')).toEqual({ state: 'late' });
  });

  it('has no verdict of time without a deadline', () => {
    expect(dutyStanding({}, '2023-05-03', '2026-11-26')).toEqual({ state: 'reported' });
    expect(dutyStanding({}, undefined, '2026-11-26')).toEqual({ state: 'no-deadline' });
  });

  it('turns overdue at midnight in Vietnam, whatever the reader’s or the machine’s zone', () => {
    // 23:30 on 04/05/2023 and 00:30 on 05/05/2023 in Vietnam (UTC+7).
    expect(dutyStanding(sixMonths, undefined, vietnamDate(new Date('2023-05-04T16:30:00Z'))).state).toBe('not-yet-due');
    expect(dutyStanding(sixMonths, undefined, vietnamDate(new Date('2023-05-04T17:30:00Z'))).state).toBe('overdue');
  });

  it('is said as the records show it', () => {
    expect(dutyStandingText({ state: 'overdue', days: 3 })).toBe('Quá hạn 3 ngày, chưa thấy báo cáo đăng trên trang');
    expect(dutyStandingText({ state: 'late', days: 1 })).toBe('Đã báo cáo, trễ 1 ngày');
    expect(dutyStandingText({ state: 'late' })).toBe('Đã báo cáo, sau hạn');
    expect(dutyStandingText({ state: 'not-yet-due', days: 0 })).toBe('Chưa đến hạn, hôm nay là ngày cuối');
    expect(dutyStandingText({ state: 'not-yet-due', days: 19 })).toBe('Chưa đến hạn, còn 19 ngày');
    expect(dutyStandingText({ state: 'on-time' })).toBe('Đã báo cáo đúng hạn');
  });

  it('falls in the overview’s groups', () => {
    expect(dutyGroup('overdue')).toBe('qua-han');
    expect(dutyGroup('not-yet-due')).toBe('chua-den-han');
    expect(dutyGroup('no-deadline')).toBe('chua-den-han');
    expect(dutyGroup('late')).toBe('da-bao-cao');
    expect(dutyGroup('reported')).toBe('da-bao-cao');
  });
});

describe('the latest result of each task', () => {
  it('is what the most recently issued report says of it, whatever order the reports come in', () => {
    const latest = latestTaskResults([
      { slug: 'bao-cao-nam', issued: '2023-10-20', results: [{ task: 'mo-hinh', result: 'hoan-thanh' }] },
      {
        slug: 'bao-cao-6-thang',
        issued: '2023-05-03',
        results: [
          { task: 'mo-hinh', result: 'dang-thuc-hien', note: 'Đã đăng ký.' },
          { task: 'don-doc', result: 'chua-thuc-hien' },
        ],
      },
    ]);
    expect(latest.get('mo-hinh')).toEqual({ result: 'hoan-thanh', note: undefined, report: 'bao-cao-nam', issued: '2023-10-20' });
    expect(latest.get('don-doc')?.report).toBe('bao-cao-6-thang');
    expect(latest.has('chi-dao')).toBe(false);
  });
});
