// Run the whole file 14 hours ahead of UTC (and 7 ahead of Vietnam), so any
// use of the machine's local time zone would shift a date and fail a test.
process.env.TZ = 'Pacific/Kiritimati';

import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/vocabulary/slug';
import {
  announcementTiming,
  closedLateDays,
  closedOn,
  conferenceYears,
  countByLocality,
  countByStatus,
  dialogueYear,
  flattenIssues,
  isHeld,
  issueHref,
  overdueCount,
  overdueDays,
  publicationTiming,
  sortedUpdates,
  trackerHref,
  trackerPages,
  yearsWithoutConference,
  type DialogueEntry,
} from '../../src/lib/dialogues';
import { type IssueStatusId } from '../../src/vocabulary/dialogue-terms';
import type { DialogueData, DialogueIssue } from '../../src/schemas/dialogue';

/** An issue with every default filled in, as the schema would give it. */
function issue(id: string, overrides: Partial<DialogueIssue> = {}): DialogueIssue {
  return { id, field: 'Đất đai', raised: 'Nội dung', answer: 'Trả lời', status: 'da-tra-loi', updates: [], ...overrides };
}

/** A dialogue's data with every default filled in. */
function dialogue(id: string, overrides: Partial<DialogueData> = {}): DialogueEntry {
  return {
    id,
    data: {
      sample: false,
      aliases: [],
      changes: [],
      kind: 'hoi-nghi-doi-thoai',
      title: `Đối thoại ${id}`,
      start: '2023-06-15T07:30',
      place: 'Hội trường',
      chair: 'Chủ tịch UBND xã',
      coChairs: [],
      participation: { organisations: [], localities: [] },
      issues: [],
      ...overrides,
    },
  };
}

describe('the test machine', () => {
  it('runs in Pacific/Kiritimati, fourteen hours ahead of UTC', () => {
    expect(new Date(Date.UTC(2023, 0, 1, 12)).getTimezoneOffset()).toBe(-840);
  });
});

describe('overdueDays', () => {
  it.each<[string, IssueStatusId, string | undefined, string, number | undefined]>([
    ['an open issue is in time on its due day', 'dang-giai-quyet', '2023-09-30', '2023-09-30', undefined],
    ['an open issue is 1 day overdue the day after', 'dang-giai-quyet', '2023-09-30', '2023-10-01', 1],
    ['an open issue is in time before its due day', 'dang-giai-quyet', '2023-09-30', '2023-09-01', undefined],
    ['days are counted across a leap day', 'dang-giai-quyet', '2024-02-28', '2024-03-01', 2],
    ['days are counted across years', 'dang-giai-quyet', '2023-09-30', '2026-11-26', 1153],
    ['a month due date lasts to the month’s last day', 'dang-giai-quyet', '2024-02', '2024-02-29', undefined],
    ['a month due date is overdue on the 1st of the next', 'dang-giai-quyet', '2024-02', '2024-03-01', 1],
    ['a year due date lasts to 31 December', 'dang-giai-quyet', '2023', '2023-12-31', undefined],
    ['a year due date is overdue on 1 January', 'dang-giai-quyet', '2023', '2024-01-01', 1],
    ['a resolved issue is never overdue', 'da-giai-quyet', '2023-09-30', '2026-11-26', undefined],
    ['an issue answered at the meeting is never overdue', 'da-tra-loi', '2023-09-30', '2026-11-26', undefined],
    ['a transferred issue is never overdue', 'da-chuyen', '2023-09-30', '2026-11-26', undefined],
    ['an open issue without a due date cannot be overdue', 'dang-giai-quyet', undefined, '2026-11-26', undefined],
  ])('%s', (_, status, due, today, expected) => {
    expect(overdueDays({ status, due }, today)).toBe(expected);
  });
});

describe('overdueCount', () => {
  it.each<[string, string[], string, number]>([
    ['counts nothing without due dates', [], '2026-11-26', 0],
    ['counts the due dates passed, not the one due today', ['2023-09-30', '2026-11-26', '2027-03'], '2026-11-26', 1],
    ['counts a month due date once the month is over', ['2026-11', '2026-12-31'], '2026-12-01', 1],
    ['counts every issue, even two with the same due date', ['2023-09-30', '2023-09-30', '2023'], '2026-11-26', 3],
  ])('%s', (_, dues, today, expected) => {
    expect(overdueCount(dues, today)).toBe(expected);
  });
});

describe('announcementTiming (at least 7 days before)', () => {
  it.each<[string, string, string | undefined, ReturnType<typeof announcementTiming>]>([
    ['exactly 7 days before is on time', '2023-06-15', '2023-06-08', { status: 'on-time', daysBefore: 7 }],
    ['6 days before is late', '2023-06-15', '2023-06-09', { status: 'late', daysBefore: 6 }],
    ['10 days before is on time', '2023-06-15', '2023-06-05', { status: 'on-time', daysBefore: 10 }],
    ['across a month end', '2023-03-03', '2023-02-24', { status: 'on-time', daysBefore: 7 }],
    ['on the day itself is late', '2023-06-15', '2023-06-15', { status: 'late', daysBefore: 0 }],
    ['without an announcement date it is unknown', '2023-06-15', undefined, { status: 'unknown' }],
  ])('%s', (_, date, announced, expected) => {
    expect(announcementTiming(date, announced)).toEqual(expected);
  });
});

describe('publicationTiming (within 10 days after)', () => {
  it.each<[string, string | undefined, string, ReturnType<typeof publicationTiming>]>([
    ['published on day 10 is on time', '2023-06-25', '2026-11-26', { status: 'on-time', days: 10, deadline: '2023-06-25' }],
    ['published on day 11 is late', '2023-06-26', '2026-11-26', { status: 'late', days: 11, deadline: '2023-06-25' }],
    ['published the same day is on time', '2023-06-15', '2026-11-26', { status: 'on-time', days: 0, deadline: '2023-06-25' }],
    ['unpublished before the deadline is pending', undefined, '2023-06-20', { status: 'pending', days: 5, deadline: '2023-06-25' }],
    ['unpublished on the deadline is still pending', undefined, '2023-06-25', { status: 'pending', days: 0, deadline: '2023-06-25' }],
    ['unpublished the day after is missing', undefined, '2023-06-26', { status: 'missing', days: 1, deadline: '2023-06-25' }],
    ['unpublished before the dialogue is pending', undefined, '2023-06-01', { status: 'pending', days: 24, deadline: '2023-06-25' }],
  ])('%s', (_, published, today, expected) => {
    expect(publicationTiming('2023-06-15', published, today)).toEqual(expected);
  });

  it('counts the deadline across a month end', () => {
    expect(publicationTiming('2023-12-25', undefined, '2024-01-05')).toEqual({ status: 'missing', days: 1, deadline: '2024-01-04' });
  });
});

describe('isHeld', () => {
  it.each([
    ['one minute before it starts in Vietnam', '2023-06-15T00:29:00Z', false],
    ['when it starts in Vietnam (07:30 is 00:30 UTC)', '2023-06-15T00:30:00Z', true],
    ['the evening before, when Kiritimati is already on the day', '2023-06-14T12:00:00Z', false],
  ])('is %s → %s', (_, now, expected) => {
    expect(isHeld({ start: '2023-06-15T07:30' }, new Date(now))).toBe(expected);
  });
});

describe('yearsWithoutConference', () => {
  const conference = (start: string) => ({ kind: 'hoi-nghi-doi-thoai' as const, start });
  const thematic = (start: string) => ({ kind: 'doi-thoai-chuyen-de' as const, start });

  it.each<[string, (ReturnType<typeof conference> | ReturnType<typeof thematic>)[], string, number[]]>([
    ['a conference every complete year is enough', [conference('2023-06-15T07:30'), conference('2024-10-01T07:30')], '2025-01-10', []],
    [
      'a thematic dialogue does not stand in for the conference',
      [conference('2023-06-15T07:30'), thematic('2024-03-20T14:00')],
      '2025-06-01',
      [2024],
    ],
    ['every missing complete year is named', [conference('2023-06-15T07:30')], '2026-11-26', [2024, 2025]],
    ['the year in progress is not judged', [conference('2025-06-15T07:30')], '2026-11-26', []],
    ['years before the first dialogue are not judged', [thematic('2024-03-20T14:00')], '2025-01-01', [2024]],
    ['no dialogues at all gives nothing to anchor on', [], '2026-11-26', []],
  ])('%s', (_, dialogues, today, expected) => {
    expect(yearsWithoutConference(dialogues, today)).toEqual(expected);
  });
});

describe('conferenceYears', () => {
  it('lists every year up to today, newest first, with its conferences or none', () => {
    const rows = conferenceYears(
      [
        dialogue('a', { start: '2023-06-15T07:30' }),
        dialogue('b', { start: '2024-03-20T14:00', kind: 'doi-thoai-chuyen-de' }),
        dialogue('c', { start: '2023-11-02T07:30' }),
      ],
      '2025-02-01',
    );
    expect(rows.map((r) => [r.year, r.conferences.map((c) => c.id)])).toEqual([
      [2025, []],
      [2024, []],
      [2023, ['c', 'a']],
    ]);
  });
});

describe('closing an issue', () => {
  const held = { start: '2023-06-15T07:30' };
  it.each<[string, DialogueIssue, string | undefined, number | undefined]>([
    ['answered at the meeting closes on the meeting day', issue('DT-2023-01'), '2023-06-15', undefined],
    [
      'resolved closes on its latest update, whatever order they are written in',
      issue('DT-2023-02', {
        status: 'da-giai-quyet',
        due: '2023-07-31',
        updates: [
          { date: '2023-08-20', text: 'Xong' },
          { date: '2023-07-10', text: 'Rà soát' },
        ],
      }),
      '2023-08-20',
      20,
    ],
    [
      'transferred before its due date is on time',
      issue('DT-2023-03', { status: 'da-chuyen', due: '2023-07', updates: [{ date: '2023-06-30', text: 'Chuyển' }] }),
      '2023-06-30',
      undefined,
    ],
    ['an open issue is not closed', issue('DT-2023-04', { status: 'dang-giai-quyet', due: '2023-09-30' }), undefined, undefined],
  ])('%s', (_, item, closed, late) => {
    expect(closedOn(item, held)).toBe(closed);
    expect(closedLateDays(item, held)).toBe(late);
  });

  it('shows updates oldest first, keeping the written order of a shared day', () => {
    const updates = sortedUpdates(
      issue('x', {
        updates: [
          { date: '2023-08-20', text: 'c' },
          { date: '2023-07-10', text: 'a' },
          { date: '2023-08-20', text: 'd' },
          { date: '2023-07-11', text: 'b' },
        ],
      }),
    );
    expect(updates.map((u) => u.text)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('counting issues', () => {
  const issues = [
    issue('DT-2023-01', { locality: 'thon-2', status: 'dang-giai-quyet', due: '2023-09-30' }),
    issue('DT-2023-02', { locality: 'thon-1', status: 'da-giai-quyet', updates: [{ date: '2023-07-01', text: 'x' }] }),
    issue('DT-2023-03', { status: 'da-tra-loi' }),
    issue('DT-2023-04', { locality: 'thon-1', status: 'dang-giai-quyet', due: '2027-03' }),
    issue('DT-2023-05', { locality: 'thon-2', status: 'da-chuyen', transferredTo: 'UBND huyện' }),
  ];

  it('counts by status, with the overdue among the open ones on the given day', () => {
    expect(countByStatus(issues, '2026-11-26')).toEqual({
      byStatus: { 'da-tra-loi': 1, 'dang-giai-quyet': 2, 'da-giai-quyet': 1, 'da-chuyen': 1 },
      overdue: 1,
      total: 5,
    });
    expect(countByStatus(issues, '2023-09-30').overdue).toBe(0);
  });

  it('counts by locality in the site’s order, the whole commune last', () => {
    expect(countByLocality(issues, ['thon-1', 'thon-2']).map((r) => [r.locality, r.total, r.byStatus])).toEqual([
      ['thon-1', 2, { 'da-tra-loi': 0, 'dang-giai-quyet': 1, 'da-giai-quyet': 1, 'da-chuyen': 0 }],
      ['thon-2', 2, { 'da-tra-loi': 0, 'dang-giai-quyet': 1, 'da-giai-quyet': 0, 'da-chuyen': 1 }],
      [undefined, 1, { 'da-tra-loi': 1, 'dang-giai-quyet': 0, 'da-giai-quyet': 0, 'da-chuyen': 0 }],
    ]);
  });
});

describe('the tracker’s pages', () => {
  const dialogues = [
    dialogue('2023-hoi-nghi', {
      issues: [
        issue('DT-2023-10', { locality: 'thon-1', field: 'Giao thông, hạ tầng', status: 'dang-giai-quyet', due: '2023-09-30' }),
        issue('DT-2023-02', { locality: 'thon-2' }),
      ],
    }),
    dialogue('2024-chuyen-de', {
      kind: 'doi-thoai-chuyen-de',
      start: '2024-03-20T14:00',
      issues: [issue('DT-2024-01', { status: 'da-giai-quyet', updates: [{ date: '2024-04-01', text: 'x' }] })],
    }),
  ];
  const items = flattenIssues(dialogues);

  it('lists issues newest dialogue first, then by number', () => {
    expect(items.map((i) => i.issue.id)).toEqual(['DT-2024-01', 'DT-2023-02', 'DT-2023-10']);
    expect(dialogueYear(items[0]!.dialogue.data)).toBe(2024);
  });

  it('makes one static page per status, the overdue, and each locality, field and year with issues', () => {
    const pages = trackerPages(items, ['thon-1', 'thon-2'], '2026-11-26');
    expect(pages.map((p) => [trackerHref(p.path), p.items.map((i) => i.issue.id).join(' ')])).toEqual([
      ['/kien-nghi/', 'DT-2024-01 DT-2023-02 DT-2023-10'],
      ['/kien-nghi/trang-thai/da-tra-loi/', 'DT-2023-02'],
      ['/kien-nghi/trang-thai/dang-giai-quyet/', 'DT-2023-10'],
      ['/kien-nghi/trang-thai/da-giai-quyet/', 'DT-2024-01'],
      ['/kien-nghi/trang-thai/da-chuyen/', ''],
      ['/kien-nghi/qua-han/', 'DT-2023-10'],
      ['/kien-nghi/dia-ban/thon-1/', 'DT-2023-10'],
      ['/kien-nghi/dia-ban/thon-2/', 'DT-2023-02'],
      ['/kien-nghi/dia-ban/chung/', 'DT-2024-01'],
      ['/kien-nghi/linh-vuc/dat-dai/', 'DT-2024-01 DT-2023-02'],
      ['/kien-nghi/linh-vuc/giao-thong-ha-tang/', 'DT-2023-10'],
      ['/kien-nghi/nam/2024/', 'DT-2024-01'],
      ['/kien-nghi/nam/2023/', 'DT-2023-02 DT-2023-10'],
    ]);
  });

  it('links every issue to its place in its dialogue’s record', () => {
    expect(items.map(issueHref)).toEqual([
      '/doi-thoai/2024-chuyen-de/#DT-2024-01',
      '/doi-thoai/2023-hoi-nghi/#DT-2023-02',
      '/doi-thoai/2023-hoi-nghi/#DT-2023-10',
    ]);
  });
});

describe("slugify, for a field's address", () => {
  it.each([
    ['Đất đai', 'dat-dai'],
    ['Giao thông, hạ tầng', 'giao-thong-ha-tang'],
    ['An ninh, trật tự', 'an-ninh-trat-tu'],
    ['Cải cách hành chính', 'cai-cach-hanh-chinh'],
    ['Tiếp công dân', 'tiep-cong-dan'],
  ])('writes %s as %s', (field, slug) => {
    expect(slugify(field)).toBe(slug);
  });
});
