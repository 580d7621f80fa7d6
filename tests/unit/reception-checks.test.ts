import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content';
import { expandSchedule, weeklyDuty } from '../../src/lib/receptions';
import { checkHolidaySessions, checkReceptionSchedules, type CheckedSchedule } from '../../src/check/reception-checks';
import type { BilingualIssueParams } from '../../src/schemas/issues';
import { receptionScheduleSchema } from '../../src/schemas/reception';
import { siteSchema, type Holiday } from '../../src/schemas/site';
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

/** Where the schema refuses a schedule, and what it says there in Vietnamese and English. */
function refusals(input: Record<string, unknown>): Array<{ field: string; vi: string; en: string }> {
  const result = receptionScheduleSchema.safeParse({ ...PERIOD, ...input });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const params = (issue as { params?: BilingualIssueParams }).params;
    const said = params?.problem ?? params?.expected;
    return { field: issue.path.join('.'), vi: said?.vi ?? issue.message, en: said?.en ?? issue.message };
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
          vi: 'buổi dời bắt đầu lúc 14:00 nhưng vẫn kết thúc lúc 11:00 theo giờ cũ, vì movedTo không ghi giờ kết thúc (end)',
          en: 'the moved session starts at 14:00 but still ends at 11:00, the planned end, as movedTo gives no end',
        },
      ],
    ],
    [
      'a one-off session moved with only a new end before the planned start',
      { sessions: [friday({ status: 'moved', movedTo: { date: '2023-03-17', end: '07:00' } })] },
      [
        {
          field: 'sessions.0.movedTo.end',
          vi: 'buổi dời kết thúc lúc 07:00 nhưng vẫn bắt đầu lúc 07:30 theo giờ cũ, vì movedTo không ghi giờ bắt đầu (start)',
          en: 'the moved session ends at 07:00 but still starts at 07:30, the planned start, as movedTo gives no start',
        },
      ],
    ],
    [
      'a move whose new end comes before its new start',
      { sessions: [friday({ status: 'moved', movedTo: { date: '2023-03-17', start: '16:00', end: '14:00' } })] },
      [
        {
          field: 'sessions.0.movedTo.end',
          vi: 'giờ kết thúc 14:00 không sau giờ bắt đầu 16:00',
          en: 'the end 14:00 is not after the start 16:00',
        },
      ],
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
      [
        {
          field: 'rules.0.exceptions.1.date',
          vi: 'ngày này đã có ngoại lệ ở exceptions[0]; chỉ ngoại lệ đầu tiên được áp dụng',
          en: 'exceptions[0] already changes this day; only the first one would apply',
        },
      ],
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
      [
        {
          field: 'rules.0.exceptions.0.movedTo',
          vi: 'có ngày dời (movedTo) nhưng trạng thái là "substituted", không phải "moved": ngày dời sẽ bị bỏ qua',
          en: 'there is a new date (movedTo) but the status is "substituted", not "moved": the new date would be ignored',
        },
      ],
    ],
    [
      'a cancelled session with a new day',
      { sessions: [friday({ status: 'cancelled', movedTo: { date: '2023-03-17' } })] },
      [
        {
          field: 'sessions.0.movedTo',
          vi: 'có ngày dời (movedTo) nhưng trạng thái là "cancelled", không phải "moved": ngày dời sẽ bị bỏ qua',
          en: 'there is a new date (movedTo) but the status is "cancelled", not "moved": the new date would be ignored',
        },
      ],
    ],
    [
      'a new day on a session that leaves its status out',
      { sessions: [friday({ movedTo: { date: '2023-03-17' } })] },
      [
        {
          field: 'sessions.0.movedTo',
          vi: 'có ngày dời (movedTo) nhưng trạng thái là "scheduled", không phải "moved": ngày dời sẽ bị bỏ qua',
          en: 'there is a new date (movedTo) but the status is "scheduled", not "moved": the new date would be ignored',
        },
      ],
    ],
    [
      'a cancelled exception that names an officer receiving instead',
      { rules: [thursdays({ exceptions: [{ date: '2023-03-16', status: 'cancelled', officer: 'pho-chu-tich' }] })] },
      [
        {
          field: 'rules.0.exceptions.0.officer',
          vi: 'buổi tiếp đã hủy (cancelled) nhưng có ghi người tiếp thay (officer): người này sẽ bị bỏ qua',
          en: 'the session is cancelled but names an officer receiving instead: the officer would be ignored',
        },
      ],
    ],
  ])('refuses %s, naming the field', (_name, input, expected) => {
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
  unit: { type: 'xã', name: 'Ia Băng', nameEn: "Ia Băng Commune People's Committee" },
  province: 'Gia Lai',
  address: 'Trụ sở UBND xã Ia Băng',
  officeHours: [{ days: 'Thứ Hai đến Thứ Sáu', hours: '07:00–17:00' }],
  officers: [
    { id: 'chu-tich', role: 'Chủ tịch', head: true },
    { id: 'pho-chu-tich', role: 'Phó Chủ tịch' },
  ],
  baseUrl: 'https://iabang.example.org/',
});

/** What checkReceptionSchedules says of one schedule: the field, the value found and the words. */
function problemsOf(input: Record<string, unknown>): Array<{ field: string; found: unknown; problem?: string; expected: string }> {
  const schedule: CheckedSchedule = {
    slug: '2023-03',
    file: 'content/receptions/2023-03.yaml',
    data: receptionScheduleSchema.parse({ ...PERIOD, ...input }),
    lineOf: () => undefined,
  };
  return checkReceptionSchedules([schedule], site).map((p) => ({
    field: p.field,
    found: p.found,
    ...(p.problem ? { problem: `${p.problem.vi} | ${p.problem.en}` } : {}),
    expected: `${p.expected.vi} | ${p.expected.en}`,
  }));
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
          problem:
            'ngày kết thúc 10/03/2023 trước ngày bắt đầu 20/03/2023 của lịch lặp lại: lịch không có buổi nào | the end 2023-03-10 is before the start 2023-03-20 of the recurring rule: it gives no session',
          expected:
            'ngày kết thúc (until) không sớm hơn ngày bắt đầu (from, nếu không ghi là ngày đầu của lịch) | an end (until) no earlier than the start (from, or the first day of the schedule when not given)',
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
          problem:
            'không có ngày Thứ Năm nào từ 24/03/2023 đến 28/03/2023: lịch lặp lại này không có buổi nào | no Thursday (thu-nam) falls from 2023-03-24 to 2023-03-28: this recurring rule gives no session',
          expected:
            'một thứ trong tuần (weekday) có ít nhất một ngày trong khoảng from–until, hoặc sửa lại from, until | a weekday that falls at least once between from and until, or corrected from and until',
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
          problem: 'ngày ngoại lệ không phải là một buổi của lịch lặp lại này | the exception is not a day this recurring rule meets',
          expected: 'một ngày Thứ Năm từ 01/03/2023 đến 31/03/2023 | a Thursday (thu-nam) from 2023-03-01 to 2023-03-31',
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
          problem:
            'ngày dời cách thời gian của lịch (từ 01/03/2023 đến 31/03/2023) hơn 31 ngày | the new day is more than 31 days outside the period of the schedule (from 2023-03-01 to 2023-03-31)',
          expected:
            'một ngày từ 29/01/2023 đến 01/05/2023; kiểm tra lại năm và tháng | a day from 2023-01-29 to 2023-05-01; check the year and the month',
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
          problem:
            'ngày dời cách thời gian của lịch (từ 01/03/2023 đến 31/03/2023) hơn 31 ngày | the new day is more than 31 days outside the period of the schedule (from 2023-03-01 to 2023-03-31)',
          expected:
            'một ngày từ 29/01/2023 đến 01/05/2023; kiểm tra lại năm và tháng | a day from 2023-01-29 to 2023-05-01; check the year and the month',
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
  vi: string;
  en: string;
}

const SCHEDULE = 'receptions/2026-11-loi.yaml';

const fixtureCases: FixtureCase[] = [
  {
    folder: 'reception-moved-start-after-end',
    file: SCHEDULE,
    line: 17,
    field: 'rules[0].exceptions[0].movedTo.start',
    found: '14:00',
    vi: 'buổi dời bắt đầu lúc 14:00 nhưng vẫn kết thúc lúc 11:00 theo giờ cũ',
    en: 'the moved session starts at 14:00 but still ends at 11:00, the planned end',
  },
  {
    folder: 'reception-duplicate-exception',
    file: SCHEDULE,
    line: 17,
    field: 'rules[0].exceptions[1].date',
    found: '2026-11-28',
    vi: 'ngày này đã có ngoại lệ ở exceptions[0]',
    en: 'exceptions[0] already changes this day',
  },
  {
    folder: 'reception-cancelled-with-moved-to',
    file: SCHEDULE,
    line: 14,
    field: 'sessions[0].movedTo',
    found: { date: '2026-11-29' },
    vi: 'có ngày dời (movedTo) nhưng trạng thái là "cancelled"',
    en: 'there is a new date (movedTo) but the status is "cancelled"',
  },
  {
    folder: 'reception-rule-from-after-until',
    file: SCHEDULE,
    line: 14,
    field: 'rules[0].until',
    found: '2026-11-28',
    vi: 'ngày kết thúc 28/11/2026 trước ngày bắt đầu 29/11/2026 của lịch lặp lại',
    en: 'the end 2026-11-28 is before the start 2026-11-29 of the recurring rule',
  },
  {
    folder: 'reception-rule-without-any-day',
    file: SCHEDULE,
    line: 8,
    field: 'rules[0].weekday',
    found: 'thu-hai',
    vi: 'không có ngày Thứ Hai nào từ 28/11/2026 đến 29/11/2026',
    en: 'no Monday (thu-hai) falls from 2026-11-28 to 2026-11-29',
  },
  {
    folder: 'reception-moved-far-outside-period',
    file: SCHEDULE,
    line: 14,
    field: 'sessions[0].movedTo.date',
    found: '2027-11-29',
    vi: 'ngày dời cách thời gian của lịch (từ 28/11/2026 đến 29/11/2026) hơn 31 ngày',
    en: 'the new day is more than 31 days outside the period of the schedule (from 2026-11-28 to 2026-11-29)',
  },
  {
    folder: 'reception-no-head',
    file: 'site.yaml',
    line: 12,
    field: 'officers',
    found: [
      { id: 'chu-tich', role: 'Chủ tịch UBND xã' },
      { id: 'pho-chu-tich', role: 'Phó Chủ tịch UBND xã' },
      { id: 'cong-chuc-tu-phap', role: 'Công chức Tư pháp – Hộ tịch' },
    ],
    vi: 'không có chức danh nào được ghi head: true',
    en: 'no officer has head: true',
  },
  {
    folder: 'reception-two-heads',
    file: 'site.yaml',
    line: 14,
    field: 'officers[1].head',
    found: true,
    vi: '"chu-tich" và "pho-chu-tich" đều ghi head: true',
    en: 'both "chu-tich" and "pho-chu-tich" have head: true',
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
    expect(checkHolidaySessions([march], withHolidays).map((p) => [p.field, p.found, p.problem?.vi])).toEqual([
      ['rules[0]', '2023-03-09', 'quy tắc đặt một buổi tiếp ngày 09/03/2023, là ngày nghỉ Ngày nghỉ thử'],
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
  it('stops the check with that one mistake: file, line, field, value found, in Vietnamese and English', () => {
    const content = composeContent(broken.folder, path.join(FIXTURES, 'broken', broken.folder));
    const file = path.relative(process.cwd(), path.join(content, broken.file)).split(path.sep).join('/');
    const all = checkContent(content, NOW).problems;
    const problems = all.filter((p) => p.file === file);
    expect(problems).toHaveLength(1);
    // Without a valid site.yaml, checks that read it (a consultation's e-mail channel) report too.
    if (broken.file !== 'site.yaml') expect(all).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ line: broken.line, field: broken.field, found: broken.found });
    expect(problem?.problem?.vi).toContain(broken.vi);
    expect(problem?.problem?.en).toContain(broken.en);
    expect(problem?.expected.vi).not.toBe(problem?.expected.en);
  });
});
