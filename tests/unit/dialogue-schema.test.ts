import { describe, expect, it } from 'vitest';
import { dialogueSchema, type DialogueInput } from '../../src/schemas/dialogue';

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
  } as DialogueInput;
}

/** Each issue as path, the English expectation, and the problem if any. */
function issues(value: unknown): Array<{ path: string; message: string }> {
  const result = dialogueSchema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
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

  it.each<[string, Record<string, unknown>, Record<string, unknown>, Array<{ path: string; message: RegExp }>]>([
    [
      'a resolved issue without a dated update',
      {},
      { status: 'da-giai-quyet' },
      [{ path: 'issues.0.status', message: /add to "updates"/ }],
    ],
    [
      'an issue in progress without due date or owner',
      {},
      { status: 'dang-giai-quyet' },
      [
        { path: 'issues.0.due', message: /a due date/ },
        { path: 'issues.0.responsible', message: /the role or body that must act/ },
      ],
    ],
    [
      'a transferred issue without the body',
      {},
      { status: 'da-chuyen', updates: [{ date: '2023-07-01', text: 'Đã chuyển.' }] },
      [{ path: 'issues.0.transferredTo', message: /transferred to/ }],
    ],
    ['an unknown status', {}, { status: 'xong' }, [{ path: 'issues.0.status', message: /.+/ }]],
    ['an id not of the form DT-year-number', {}, { id: 'KN-01' }, [{ path: 'issues.0.id', message: /DT-year-number/ }]],
    [
      'an update with a day-first date',
      {},
      { updates: [{ date: '20/07/2023', text: 'x' }] },
      [{ path: 'issues.0.updates.0.date', message: /year-month-day/ }],
    ],
    ['an update without a date', {}, { updates: [{ text: 'x' }] }, [{ path: 'issues.0.updates.0.date', message: /.+/ }]],
    ['a locality written with diacritics', {}, { locality: 'Thôn 1' }, [{ path: 'issues.0.locality', message: /lower-case/ }]],
    ['a misspelt field name in an issue', {}, { anwser: 'x' }, [{ path: 'issues.0', message: /anwser/ }]],
    [
      'a conference without its announcement date',
      { announced: undefined },
      {},
      [{ path: 'announced', message: /at least 7 days before/ }],
    ],
    ['an end before the start', { end: '07:00' }, {}, [{ path: 'end', message: /after the start time \(07:30\)/ }]],
    ['a start without a time', { start: '2023-06-15' }, {}, [{ path: 'start', message: /date and time/ }]],
    ['an impossible announcement date', { announced: '2023-02-30' }, {}, [{ path: 'announced', message: /full date/ }]],
    ['a negative attendance', { participation: { attendees: -1 } }, {}, [{ path: 'participation.attendees', message: /.+/ }]],
  ])('refuses %s', (_, overrides, issue, expected) => {
    const found = issues(input(overrides, issue));
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(found[i]?.path).toBe(e.path);
      expect(found[i]?.message).toMatch(e.message);
    });
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
