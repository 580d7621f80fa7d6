import { describe, expect, it } from 'vitest';
import { issuesToProblems } from '../../src/check/zod-problems';
import { dialogueSchema, type DialogueInput } from '../../src/schemas/dialogue';
import { ISSUE_STATUS_IDS } from '../../src/vocabulary/dialogue-terms';
import type { ProblemDescriptor } from '../../src/vocabulary/problems';

/** A valid dialogue as a clerk would write it, with one issue. */
function input(overrides: Record<string, unknown> = {}, issue: Record<string, unknown> = {}): DialogueInput {
  return {
    kind: 'hoi-nghi-doi-thoai',
    title: 'Hội nghị đối thoại năm 2023',
    start: '2023-06-15T07:30',
    place: 'Hội trường',
    chair: 'Chủ tịch UBND thị trấn',
    announced: '2023-06-05',
    issues: [
      {
        id: 'DT-2023-01',
        locality: 'thon-to-dan-pho-01',
        field: 'Đất đai',
        raised: 'Đề nghị trả kết quả hồ sơ.',
        answer: 'Sẽ trả trong tháng.',
        status: 'da-tra-loi',
        ...issue,
      },
    ],
    ...overrides,
  };
}

/** Each problem the content check reads from the schema's issues, as field, code and parameters. */
function issues(value: unknown): { field: string; code: string; params: unknown }[] {
  const result = dialogueSchema.safeParse(value);
  if (result.success) return [];
  const source = { data: value as Record<string, unknown>, lineOf: () => undefined };
  return issuesToProblems('x.mdx', result.error.issues, source).map(({ field, code, params }) => ({ field, code, params }));
}

describe('dialogueSchema', () => {
  it('accepts a dialogue and fills in the defaults', () => {
    const data = dialogueSchema.parse(input());
    expect(data).toMatchObject({
      sample: false,
      coChairs: [],
      participation: { organisations: [], localities: [] },
      issues: [{ id: 'DT-2023-01', updates: [] }],
    });
  });

  it('reads a date-time YAML handed over as a Date, and dates as the text written', () => {
    const data = dialogueSchema.parse(input({ start: new Date('2023-06-15T07:30:00Z'), announced: new Date('2023-06-05T00:00:00Z') }));
    expect(data.start).toBe('2023-06-15T07:30');
    expect(data.announced).toBe('2023-06-05');
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, ({ field: string } & ProblemDescriptor)[]]>([
    [
      'a resolved issue without a dated update',
      {},
      { status: 'da-giai-quyet' },
      [{ field: 'issues[0].status', code: 'dialogue.resolvedWithoutUpdate', params: {} }],
    ],
    [
      'an issue in progress without due date or owner',
      {},
      { status: 'dang-giai-quyet' },
      [
        { field: 'issues[0].due', code: 'dialogue.openWithoutDue', params: {} },
        { field: 'issues[0].responsible', code: 'dialogue.openWithoutResponsible', params: {} },
      ],
    ],
    [
      'a transferred issue without the body',
      {},
      { status: 'da-chuyen', updates: [{ date: '2023-07-01', text: 'Đã chuyển.' }] },
      [{ field: 'issues[0].transferredTo', code: 'dialogue.transferredWithoutBody', params: {} }],
    ],
    [
      'an unknown status',
      {},
      { status: 'xong' },
      [{ field: 'issues[0].status', code: 'field.oneOf', params: { values: [...ISSUE_STATUS_IDS] } }],
    ],
    ['an id not of the form DT-year-number', {}, { id: 'KN-01' }, [{ field: 'issues[0].id', code: 'dialogue.issueId', params: {} }]],
    [
      'an update with a day-first date',
      {},
      { updates: [{ date: '20/07/2023', text: 'x' }] },
      [{ field: 'issues[0].updates[0].date', code: 'date.dayFirst', params: { suggestion: '2023-07-20', full: true } }],
    ],
    [
      'an update without a date',
      {},
      { updates: [{ text: 'x' }] },
      [{ field: 'issues[0].updates[0].date', code: 'field.required', params: { type: 'string' } }],
    ],
    [
      'a misspelt field name in an issue',
      {},
      { anwser: 'x' },
      [{ field: 'issues[0].anwser', code: 'field.unknownKeys', params: { keys: ['anwser'] } }],
    ],
    [
      'a conference without its announcement date',
      { announced: undefined },
      {},
      [{ field: 'announced', code: 'dialogue.announcementMissing', params: {} }],
    ],
    ['an end before the start', { end: '07:00' }, {}, [{ field: 'end', code: 'dialogue.endBeforeStart', params: { start: '07:30' } }]],
    ['a start without a time', { start: '2023-06-15' }, {}, [{ field: 'start', code: 'date.dateTime', params: {} }]],
    [
      'an impossible announcement date',
      { announced: '2023-02-30' },
      {},
      [{ field: 'announced', code: 'date.impossible', params: { year: 2023, month: 2, days: 28, full: true } }],
    ],
    [
      'a negative attendance',
      { participation: { attendees: -1 } },
      {},
      [{ field: 'participation.attendees', code: 'field.tooSmall', params: { integer: false, minimum: 0, inclusive: true } }],
    ],
  ])('refuses %s', (_, overrides, issue, expected) => {
    expect(issues(input(overrides, issue))).toEqual(expected);
  });

  it('lets the head’s contact session go without an announcement date', () => {
    expect(issues(input({ kind: 'tiep-xuc', announced: undefined }))).toEqual([]);
  });

  it('accepts an open issue due at the end of a month or a year', () => {
    for (const due of ['2023-09', '2023', '2023-09-30']) {
      expect(issues(input({}, { status: 'dang-giai-quyet', due, responsible: 'Công chức Địa chính' })), due).toEqual([]);
    }
  });
});
