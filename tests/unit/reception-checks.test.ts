import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content';
import { expandSchedule, weeklyDuty } from '../../src/lib/receptions';
import { checkHolidaySessions, checkReceptionSchedules, type CheckedSchedule } from '../../src/check/reception-checks';
import { wordingOf } from '../../src/messages/problems';
import { problemOfIssue } from '../../src/schemas/problems';
import { receptionScheduleSchema } from '../../src/schemas/reception';
import { siteSchema, type Holiday } from '../../src/schemas/site';
import type { ProblemDescriptor } from '../../src/vocabulary/problems';
import { composeContent, FIXTURES, removeTempDirs } from '../support/build-site';

/** The build's instant in these tests: 2026-11-26 12:00 in Vietnam. */
const NOW = new Date('2026-11-26T05:00:00Z');

afterAll(removeTempDirs);

const PERIOD = {
  title: 'Lịch tiếp công dân tháng 3 năm 2023',
  from: '2023-03-01',
  to: '2023-03-31',
  published: '2023-02-24',
  place: 'Trụ sở UBND',
};

/** Every Thursday morning of March 2023, the chairman; `more` changes or adds fields. */
const thursdays = (more: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'chu-tich-thu-nam',
  weekday: 'thu-nam',
  start: '07:30',
  end: '11:00',
  officer: 'chu-tich',
  kind: 'dinh-ky',
  until: '2023-03-31',
  ...more,
});

/** A one-off session on Friday 10 March 2023, 07:30–11:00. */
const friday = (more: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'dot-xuat',
  date: '2023-03-10',
  start: '07:30',
  end: '11:00',
  officer: 'pho-chu-tich',
  kind: 'dot-xuat',
  ...more,
});

/** Where the schema refuses a schedule, and the problem it finds there: its own, or Zod's code. */
function refusals(input: Record<string, unknown>): { field: string; code: string; params?: unknown }[] {
  const result = receptionScheduleSchema.safeParse({ ...PERIOD, ...input });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const problem = issue.code === 'custom' ? problemOfIssue(issue.params) : undefined;
    return { field: issue.path.join('.'), ...(problem ?? { code: issue.code }) };
  });
}

describe('the schedule schema', () => {
  it.each([
    [
      'a move that gives only a new start after the planned end',
      { rules: [thursdays({ exceptions: [{ date: '2023-03-23', status: 'moved', movedTo: { date: '2023-03-24', start: '14:00' } }] })] },
      [
        {
          field: 'rules.0.exceptions.0.movedTo.start',
          code: 'reception.movedStartPastEnd',
          params: { date: '2023-03-24', start: '14:00', end: '11:00' },
        },
      ],
    ],
    [
      'a one-off session moved with only a new end before the planned start',
      { sessions: [friday({ status: 'moved', movedTo: { date: '2023-03-17', end: '07:00' } })] },
      [
        {
          field: 'sessions.0.movedTo.end',
          code: 'reception.movedEndBeforeStart',
          params: { date: '2023-03-17', start: '07:30', end: '07:00' },
        },
      ],
    ],
    [
      'a move whose new end comes before its new start',
      { sessions: [friday({ status: 'moved', movedTo: { date: '2023-03-17', start: '16:00', end: '14:00' } })] },
      [{ field: 'sessions.0.movedTo.end', code: 'reception.endBeforeStart', params: { start: '16:00', end: '14:00' } }],
    ],
    [
      'two exceptions of one rule on the same day',
      {
        rules: [
          thursdays({
            exceptions: [
              { date: '2023-03-16', status: 'cancelled' },
              { date: '2023-03-16', status: 'substituted', officer: 'pho-chu-tich' },
            ],
          }),
        ],
      },
      [{ field: 'rules.0.exceptions.1.date', code: 'reception.duplicateException', params: { first: 0 } }],
    ],
    [
      'a new day on a substitution, which is not moved',
      {
        rules: [
          thursdays({
            exceptions: [{ date: '2023-03-16', status: 'substituted', officer: 'pho-chu-tich', movedTo: { date: '2023-03-17' } }],
          }),
        ],
      },
      [{ field: 'rules.0.exceptions.0.movedTo', code: 'reception.movedToNotMoved', params: { status: 'substituted' } }],
    ],
    [
      'a cancelled session with a new day',
      { sessions: [friday({ status: 'cancelled', movedTo: { date: '2023-03-17' } })] },
      [{ field: 'sessions.0.movedTo', code: 'reception.movedToNotMoved', params: { status: 'cancelled' } }],
    ],
    [
      'a new day on a session that leaves its status out',
      { sessions: [friday({ movedTo: { date: '2023-03-17' } })] },
      [{ field: 'sessions.0.movedTo', code: 'reception.movedToNotMoved', params: { status: 'scheduled' } }],
    ],
    [
      'a cancelled exception that names an officer receiving instead',
      { rules: [thursdays({ exceptions: [{ date: '2023-03-16', status: 'cancelled', officer: 'pho-chu-tich' }] })] },
      [{ field: 'rules.0.exceptions.0.officer', code: 'reception.cancelledWithOfficer', params: {} }],
    ],
  ])('refuses %s, naming the field and the problem', (_name, input, expected) => {
    expect(refusals(input)).toEqual(expected);
  });

  it.each([
    [
      'a move with only a new start still before the planned end',
      { sessions: [friday({ status: 'moved', movedTo: { date: '2023-03-17', start: '08:00' } })] },
    ],
    [
      'a move with only a new end still after the planned start',
      { sessions: [friday({ status: 'moved', movedTo: { date: '2023-03-17', end: '10:00' } })] },
    ],
    [
      'a session both moved and received by another officer',
      {
        rules: [
          thursdays({ exceptions: [{ date: '2023-03-16', status: 'moved', officer: 'pho-chu-tich', movedTo: { date: '2023-03-17' } }] }),
        ],
      },
    ],
    [
      'exceptions of one rule on different days',
      {
        rules: [
          thursdays({
            exceptions: [
              { date: '2023-03-16', status: 'cancelled' },
              { date: '2023-03-23', status: 'cancelled' },
            ],
          }),
        ],
      },
    ],
  ])('accepts %s', (_name, input) => {
    expect(refusals(input)).toEqual([]);
  });
});

const site = siteSchema.parse({
  unit: { type: 'xã', name: 'Ia Băng', nameEn: "Ia Băng Commune People's Committee", since: '2025-07-01' },
  province: 'Gia Lai',
  address: 'Trụ sở UBND xã Ia Băng',
  officeHours: [{ days: 'Thứ Hai đến Thứ Sáu', hours: '07:00–17:00' }],
  officers: [
    { id: 'chu-tich', role: 'Chủ tịch', head: true },
    { id: 'pho-chu-tich', role: 'Phó Chủ tịch' },
  ],
  baseUrl: 'https://iabang.example.org/',
});

/** What checkReceptionSchedules finds in one schedule: the field, the value found and the problem. */
function problemsOf(input: Record<string, unknown>): { field: string; found: unknown; code: string; params: unknown }[] {
  const schedule: CheckedSchedule = {
    slug: '2023-03',
    file: 'content/receptions/2023-03.yaml',
    data: receptionScheduleSchema.parse({ ...PERIOD, ...input }),
    lineOf: () => undefined,
  };
  return checkReceptionSchedules([schedule], site).map(({ field, found, code, params }) => ({ field, found, code, params }));
}

describe('checkReceptionSchedules', () => {
  it.each([
    [
      'a rule whose end comes before its start',
      { rules: [thursdays({ from: '2023-03-20', until: '2023-03-10' })] },
      [
        {
          field: 'rules[0].until',
          found: '2023-03-10',
          code: 'reception.ruleReversed',
          params: { from: '2023-03-20', until: '2023-03-10' },
        },
      ],
    ],
    [
      'a rule whose weekday never falls between its start and its end',
      { rules: [thursdays({ from: '2023-03-24', until: '2023-03-28' })] },
      [
        {
          field: 'rules[0].weekday',
          found: 'thu-nam',
          code: 'reception.ruleNoDay',
          params: { weekday: 'thu-nam', from: '2023-03-24', until: '2023-03-28' },
        },
      ],
    ],
    [
      'an exception on a day its rule does not meet, naming the weekday as the site writes it',
      { rules: [thursdays({ exceptions: [{ date: '2023-03-22', status: 'cancelled' }] })] },
      [
        {
          field: 'rules[0].exceptions[0].date',
          found: '2023-03-22',
          code: 'reception.exceptionNotOnRule',
          params: { weekday: 'thu-nam', from: '2023-03-01', until: '2023-03-31' },
        },
      ],
    ],
    [
      'a rule moved to a day a year after the schedule',
      { rules: [thursdays({ exceptions: [{ date: '2023-03-23', status: 'moved', movedTo: { date: '2024-03-24' } }] })] },
      [
        {
          field: 'rules[0].exceptions[0].movedTo.date',
          found: '2024-03-24',
          code: 'reception.movedFar',
          params: { from: '2023-03-01', to: '2023-03-31', margin: 31, earliest: '2023-01-29', latest: '2023-05-01' },
        },
      ],
    ],
    [
      'a one-off session moved to a day long before the schedule',
      { sessions: [friday({ status: 'moved', movedTo: { date: '2023-01-28' } })] },
      [
        {
          field: 'sessions[0].movedTo.date',
          found: '2023-01-28',
          code: 'reception.movedFar',
          params: { from: '2023-03-01', to: '2023-03-31', margin: 31, earliest: '2023-01-29', latest: '2023-05-01' },
        },
      ],
    ],
  ])('reports %s', (_name, input, expected) => {
    expect(problemsOf(input)).toEqual(expected);
  });

  it.each([
    ['a session moved up to 31 days after the schedule', { sessions: [friday({ status: 'moved', movedTo: { date: '2023-05-01' } })] }],
    ['a session moved up to 31 days before the schedule', { sessions: [friday({ status: 'moved', movedTo: { date: '2023-01-29' } })] }],
    ['a rule of a single day', { rules: [thursdays({ from: '2023-03-09', until: '2023-03-09' })] }],
  ])('accepts %s', (_name, input) => {
    expect(problemsOf(input)).toEqual([]);
  });
});

/** A broken fixture folder laid over the valid content, and the one problem the check must report. */
interface FixtureCase {
  folder: string;
  file: string;
  line: number;
  field: string;
  found: unknown;
  problem: ProblemDescriptor;
}

const SCHEDULE = 'receptions/2026-11-loi.yaml';

const fixtureCases: FixtureCase[] = [
  {
    folder: 'reception-moved-start-after-end',
    file: SCHEDULE,
    line: 17,
    field: 'rules[0].exceptions[0].movedTo.start',
    found: '14:00',
    problem: { code: 'reception.movedStartPastEnd', params: { date: '2026-11-29', start: '14:00', end: '11:00' } },
  },
  {
    folder: 'reception-duplicate-exception',
    file: SCHEDULE,
    line: 17,
    field: 'rules[0].exceptions[1].date',
    found: '2026-11-28',
    problem: { code: 'reception.duplicateException', params: { first: 0 } },
  },
  {
    folder: 'reception-cancelled-with-moved-to',
    file: SCHEDULE,
    line: 14,
    field: 'sessions[0].movedTo',
    found: { date: '2026-11-29' },
    problem: { code: 'reception.movedToNotMoved', params: { status: 'cancelled' } },
  },
  {
    folder: 'reception-rule-from-after-until',
    file: SCHEDULE,
    line: 14,
    field: 'rules[0].until',
    found: '2026-11-28',
    problem: { code: 'reception.ruleReversed', params: { from: '2026-11-29', until: '2026-11-28' } },
  },
  {
    folder: 'reception-rule-without-any-day',
    file: SCHEDULE,
    line: 8,
    field: 'rules[0].weekday',
    found: 'thu-hai',
    problem: { code: 'reception.ruleNoDay', params: { weekday: 'thu-hai', from: '2026-11-28', until: '2026-11-29' } },
  },
  {
    folder: 'reception-moved-far-outside-period',
    file: SCHEDULE,
    line: 14,
    field: 'sessions[0].movedTo.date',
    found: '2027-11-29',
    problem: {
      code: 'reception.movedFar',
      params: { from: '2026-11-28', to: '2026-11-29', margin: 31, earliest: '2026-10-28', latest: '2026-12-30' },
    },
  },
  {
    folder: 'reception-no-head',
    file: 'site.yaml',
    line: 13,
    field: 'officers',
    found: [
      { id: 'chu-tich', role: 'Chủ tịch UBND xã' },
      { id: 'pho-chu-tich', role: 'Phó Chủ tịch UBND xã' },
      { id: 'cong-chuc-tu-phap', role: 'Công chức Tư pháp – Hộ tịch' },
    ],
    problem: { code: 'site.noHead', params: {} },
  },
  {
    folder: 'reception-two-heads',
    file: 'site.yaml',
    line: 15,
    field: 'officers[1].head',
    found: true,
    problem: { code: 'site.twoHeads', params: { first: 'chu-tich', extra: 'pho-chu-tich' } },
  },
];

describe('checkHolidaySessions', () => {
  const withHolidays = siteSchema.parse({
    ...site,
    holidays: [
      { from: '2023-03-09', name: 'Ngày nghỉ thử' },
      { from: '2023-03-20', to: '2023-03-24', name: 'Tuần nghỉ thử' },
    ],
  });
  const schedule = (input: Record<string, unknown>): CheckedSchedule => ({
    slug: '2023-03',
    file: 'content/receptions/2023-03.yaml',
    data: receptionScheduleSchema.parse({ ...PERIOD, ...input }),
    lineOf: () => undefined,
  });

  it('warns of each session a rule puts on a holiday, but not of one cancelled, moved away or written by hand', () => {
    const march = schedule({
      rules: [thursdays({ exceptions: [{ date: '2023-03-23', status: 'moved', movedTo: { date: '2023-03-27' } }] })],
      sessions: [{ id: 'dot-xuat', date: '2023-03-21', start: '14:00', end: '16:00', officer: 'chu-tich', kind: 'dot-xuat' }],
    });
    expect(checkHolidaySessions([march], withHolidays).map((p) => [p.field, p.found, p.code, p.params])).toEqual([
      ['rules[0]', '2023-03-09', 'reception.holiday', { date: '2023-03-09', holiday: 'Ngày nghỉ thử' }],
    ]);
  });

  it('does not count a week of holidays against the chairman', () => {
    const march = schedule({ rules: [thursdays({ exceptions: [{ date: '2023-03-23', status: 'cancelled' }] })] });
    const sessions = expandSchedule('2023-03', march.data);
    const weeks = (holidays: Holiday[]): string[] =>
      weeklyDuty([march.data], sessions, new Set(['chu-tich']), holidays).map((w) => `${w.week} ${w.met ? 'met' : 'missed'}`);
    expect(weeks([])).toContain('2023-W12 missed');
    expect(weeks(withHolidays.holidays)).not.toContain('2023-W12 missed');
    expect(weeks(withHolidays.holidays)).toContain('2023-W11 met');
  });
});

describe('the valid fixture', () => {
  it('has no problem by itself, so each broken folder laid over it carries exactly its own', () => {
    expect(checkContent(path.join(FIXTURES, 'valid'), NOW).problems).toEqual([]);
  });
});

describe.each(fixtureCases)('the broken fixture $folder', (broken) => {
  it('stops the check with that one mistake: file, line, field, value found and the problem, worded in Vietnamese and English', () => {
    const content = composeContent(broken.folder, path.join(FIXTURES, 'broken', broken.folder));
    const file = path.relative(process.cwd(), path.join(content, broken.file)).split(path.sep).join('/');
    const all = checkContent(content, NOW).problems;
    const problems = all.filter((p) => p.file === file);
    expect(problems).toHaveLength(1);
    // Without a valid site.yaml, checks that read it (a consultation's e-mail channel) report too.
    if (broken.file !== 'site.yaml') expect(all).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toEqual({ file, line: broken.line, field: broken.field, found: broken.found, ...broken.problem });
    const { problem: said, expected } = wordingOf(broken.problem);
    expect(said?.vi).not.toBe(said?.en);
    expect(expected.vi).not.toBe(expected.en);
  });
});
