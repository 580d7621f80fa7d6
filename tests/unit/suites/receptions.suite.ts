// Run by tests/unit/receptions-*.test.ts under different machine time zones: the results must not change.
import { describe, expect, it } from 'vitest';
import {
  datesOnWeekday,
  expandSchedule,
  isoWeekday,
  monthGrid,
  officersWithSessions,
  scheduleHref,
  sessionsOfOfficer,
  sessionsOverlap,
  sessionTiming,
  weeklyDuty,
  upcomingSessions,
  type ReceptionSession,
} from '../../../src/lib/receptions';
import { receptionScheduleSchema, type ReceptionSchedule } from '../../../src/schemas/reception';

const schedule = (input: Record<string, unknown>): ReceptionSchedule =>
  receptionScheduleSchema.parse({
    title: 'Lịch tiếp công dân tháng 3 năm 2023',
    from: '2023-03-01',
    to: '2023-03-31',
    published: '2023-02-24',
    place: 'Trụ sở UBND',
    ...input,
  });

const thursdays = schedule({
  rules: [
    {
      id: 'chu-tich-thu-nam',
      weekday: 'thu-nam',
      start: '07:30',
      end: '11:00',
      officer: 'chu-tich',
      kind: 'dinh-ky',
      until: '2023-03-31',
      exceptions: [
        { date: '2023-03-16', status: 'cancelled', notes: 'Đi công tác' },
        { date: '2023-03-23', status: 'moved', movedTo: { date: '2023-03-24', start: '14:00', end: '16:30' } },
        { date: '2023-03-30', status: 'substituted', officer: 'pho-chu-tich' },
      ],
    },
  ],
  sessions: [{ id: 'dot-xuat-dat-dai', date: '2023-03-10', start: '14:00', end: '16:00', officer: 'chu-tich', kind: 'dot-xuat' }],
});

describe('expanding a schedule', () => {
  const sessions = expandSchedule('2023-03', thursdays);
  const brief = (s: ReceptionSession): string => `${s.date} ${s.start}-${s.end} ${s.officer} ${s.status}`;

  it('applies the weekly rule on every Thursday of its range, with its exceptions, and adds one-off sessions', () => {
    expect(sessions.map(brief)).toEqual([
      '2023-03-02 07:30-11:00 chu-tich scheduled',
      '2023-03-09 07:30-11:00 chu-tich scheduled',
      '2023-03-10 14:00-16:00 chu-tich scheduled',
      '2023-03-16 07:30-11:00 chu-tich cancelled',
      '2023-03-24 14:00-16:30 chu-tich moved',
      '2023-03-30 07:30-11:00 pho-chu-tich scheduled',
    ]);
  });

  it('keeps each session’s id tied to its planned day, so a move does not change it', () => {
    const moved = sessions.find((s) => s.status === 'moved');
    expect(moved?.uid).toBe('2023-03--chu-tich-thu-nam--2023-03-23');
    expect(moved?.movedFrom).toEqual({ date: '2023-03-23', start: '07:30', end: '11:00' });
    expect(sessions.find((s) => s.date === '2023-03-30')?.substituteFor).toBe('chu-tich');
    expect(sessions.find((s) => s.date === '2023-03-10')?.uid).toBe('2023-03--dot-xuat-dat-dai');
  });
});

describe('a session both moved and received by someone else', () => {
  const sessions = expandSchedule(
    '2023-03',
    schedule({
      rules: [
        {
          id: 'chu-tich-thu-nam',
          weekday: 'thu-nam',
          start: '07:30',
          end: '11:00',
          officer: 'chu-tich',
          kind: 'dinh-ky',
          until: '2023-03-31',
          exceptions: [{ date: '2023-03-16', status: 'moved', officer: 'pho-chu-tich', movedTo: { date: '2023-03-17', start: '08:00' } }],
        },
      ],
    }),
  );

  it('takes place on the new day, keeps the planned end, and is received by the officer named', () => {
    const moved = sessions.find((s) => s.uid === '2023-03--chu-tich-thu-nam--2023-03-16');
    expect(moved).toMatchObject({
      date: '2023-03-17',
      start: '08:00',
      end: '11:00',
      status: 'moved',
      officer: 'pho-chu-tich',
      substituteFor: 'chu-tich',
    });
    expect(moved?.movedFrom).toEqual({ date: '2023-03-16', start: '07:30', end: '11:00' });
  });

  it('does not count for the chairman’s weekly duty', () => {
    const week11 = weeklyDuty([{ from: '2023-03-01', to: '2023-03-31' }], sessions, new Set(['chu-tich'])).find(
      (w) => w.week === '2023-W11',
    );
    expect(week11?.met).toBe(false);
  });
});

describe.each([
  ['thu-nam', '2023-03-01', '2023-03-31', ['2023-03-02', '2023-03-09', '2023-03-16', '2023-03-23', '2023-03-30']],
  ['thu-hai', '2023-02-27', '2023-03-06', ['2023-02-27', '2023-03-06']],
  ['chu-nhat', '2023-03-01', '2023-03-04', []],
] as const)('datesOnWeekday(%s, %s, %s)', (weekday, from, to, expected) => {
  it(`gives ${expected.length} day(s)`, () => {
    expect(datesOnWeekday(weekday, from, to)).toEqual(expected);
  });
});

describe('an officer’s sessions', () => {
  const sessions = expandSchedule('2023-03', thursdays);
  const dates = (list: readonly ReceptionSession[]): string[] => list.map((s) => s.date);

  it('include those planned for them that someone else receives, as well as those they receive', () => {
    const officers = ['chu-tich', 'pho-chu-tich', 'cong-chuc-tu-phap'];
    expect(officers.map((officer) => dates(sessionsOfOfficer(sessions, officer)))).toEqual([
      ['2023-03-02', '2023-03-09', '2023-03-10', '2023-03-16', '2023-03-24', '2023-03-30'],
      ['2023-03-30'],
      [],
    ]);
  });

  it('give an officer a page and calendar even when someone else receives their only session', () => {
    const substitutedOnly = sessions.filter((s) => s.substituteFor !== undefined);
    const officers = [{ id: 'chu-tich' }, { id: 'pho-chu-tich' }, { id: 'cong-chuc-tu-phap' }];
    expect(officersWithSessions(officers, substitutedOnly).map((o) => o.id)).toEqual(['chu-tich', 'pho-chu-tich']);
  });
});

describe('timing at a given instant', () => {
  const session = { date: '2023-03-02', start: '07:30', end: '11:00' };
  it.each([
    ['2023-03-01T16:59:59Z', 'upcoming'], // 23:59:59 on 1 March in Vietnam
    ['2023-03-01T17:00:00Z', 'today'], // midnight of 2 March in Vietnam
    ['2023-03-02T00:30:00Z', 'today'], // 07:30, the session starts
    ['2023-03-02T03:59:59Z', 'today'], // a second before 11:00
    ['2023-03-02T04:00:00Z', 'past'], // 11:00, the session has ended
  ] as const)('at %s the session is %s', (instant, timing) => {
    expect(sessionTiming(session, new Date(instant))).toBe(timing);
  });

  it('skips cancelled and finished sessions when naming the next one', () => {
    const sessions = expandSchedule('2023-03', thursdays);
    expect(upcomingSessions(sessions, new Date('2023-03-15T05:00:00Z')).map((s) => s.date)).toEqual(['2023-03-24', '2023-03-30']);
    expect(upcomingSessions(sessions, new Date('2023-04-01T00:00:00Z'))).toEqual([]);
  });
});

describe('the weekly duty of the chairman', () => {
  const heads = new Set(['chu-tich']);

  it('finds the week whose only session was cancelled and counts a moved session where it moved', () => {
    const weeks = weeklyDuty([thursdays], expandSchedule('2023-03', thursdays), heads);
    expect(weeks.map((w) => `${w.week} ${w.met ? 'met' : 'missed'}`)).toEqual([
      '2023-W09 met',
      '2023-W10 met',
      '2023-W11 missed',
      '2023-W12 met',
      '2023-W13 missed',
    ]);
    expect(weeks[2]).toMatchObject({ monday: '2023-03-13', sunday: '2023-03-19' });
  });

  it('ignores a week that only a weekend of the period falls in', () => {
    const weekendStart = { from: '2023-04-01', to: '2023-04-07' };
    expect(weeklyDuty([weekendStart], [], heads).map((w) => w.week)).toEqual(['2023-W14']);
  });

  it('judges a week that straddles two schedules by the sessions of both, and lists it once', () => {
    // 2023-W09 runs from Monday 27 February to Sunday 5 March; the chairman receives on Thursday 2 March.
    const february = { from: '2023-02-01', to: '2023-02-28' };
    const weeks = weeklyDuty([february, thursdays], expandSchedule('2023-03', thursdays), heads);
    expect(weeks.filter((w) => w.week === '2023-W09')).toEqual([
      { week: '2023-W09', monday: '2023-02-27', sunday: '2023-03-05', met: true },
    ]);
    // February has no session: its whole weeks are missed; the week of 30 January, half in January, is not judged.
    expect(weeks.filter((w) => !w.met).map((w) => w.week)).toEqual(['2023-W06', '2023-W07', '2023-W08', '2023-W11', '2023-W13']);
  });

  it('waits for the next schedule before calling a half-published week missed, but counts it once met', () => {
    const endsTuesday = { from: '2023-02-20', to: '2023-02-28' };
    expect(weeklyDuty([endsTuesday], [], heads).map((w) => w.week)).toEqual(['2023-W08']);
    const tuesday = expandSchedule(
      '2023-02',
      schedule({
        ...endsTuesday,
        sessions: [{ id: 'chu-tich', date: '2023-02-28', start: '07:30', end: '11:00', officer: 'chu-tich', kind: 'dinh-ky' }],
      }),
    );
    expect(weeklyDuty([endsTuesday], tuesday, heads).map((w) => `${w.week} ${w.met}`)).toEqual(['2023-W08 false', '2023-W09 true']);
  });
});

describe('where a schedule is read', () => {
  it.each([
    [
      'a schedule starting in a month without sessions',
      [{ date: '2023-03-02' }, { date: '2023-03-09' }],
      '/lich-tiep-cong-dan/thang/2023-03/',
    ],
    ['a session moved into the month before', [{ date: '2023-03-09' }, { date: '2023-02-28' }], '/lich-tiep-cong-dan/thang/2023-02/'],
    ['no session at all', [], '/lich-tiep-cong-dan/'],
  ])('is the month page of its first session, or the reception index: %s', (_name, sessions, href) => {
    expect(scheduleHref(sessions)).toBe(href);
  });

  it('is the month of a weekly schedule’s first Thursday, not of its first day', () => {
    // 27 February to 12 March 2023: the first session is Thursday 2 March, and February has no page.
    const weeks = schedule({
      from: '2023-02-27',
      to: '2023-03-12',
      rules: [{ ...thursdays.rules[0], exceptions: [], until: '2023-03-12' }],
    });
    expect(scheduleHref(expandSchedule('2023-w09-w10', weeks))).toBe('/lich-tiep-cong-dan/thang/2023-03/');
  });
});

describe('the month grid', () => {
  it('lays March 2023 out from Monday, starting on its Wednesday', () => {
    const grid = monthGrid('2023-03');
    expect(grid).toHaveLength(5);
    expect(grid[0]).toEqual([null, null, '2023-03-01', '2023-03-02', '2023-03-03', '2023-03-04', '2023-03-05']);
    expect(grid[4]).toEqual(['2023-03-27', '2023-03-28', '2023-03-29', '2023-03-30', '2023-03-31', null, null]);
  });

  it('handles December and a leap February', () => {
    expect(monthGrid('2023-12').flat().filter(Boolean).at(-1)).toBe('2023-12-31');
    expect(monthGrid('2024-02').flat().filter(Boolean)).toHaveLength(29);
  });
});

describe('overlaps and weekdays', () => {
  it.each([
    [{ start: '07:30', end: '11:00' }, { start: '10:00', end: '12:00' }, true],
    [{ start: '07:30', end: '11:00' }, { start: '11:00', end: '12:00' }, false],
    [{ start: '14:00', end: '16:00' }, { start: '07:30', end: '11:00' }, false],
  ])('%j and %j overlap: %s', (a, b, overlap) => {
    expect(sessionsOverlap({ date: '2023-03-02', ...a }, { date: '2023-03-02', ...b })).toBe(overlap);
  });

  it('numbers weekdays from Monday', () => {
    expect(isoWeekday('2023-03-02')).toBe(4);
    expect(isoWeekday('2023-03-05')).toBe(7);
  });
});

describe('the machine time zone', () => {
  it('is the one this run asked for, so the answers above were computed in it', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });
});
