import { describe, expect, it } from 'vitest';
import { consultationSchema, type ConsultationInput } from '../../src/schemas/consultation';
import { consultationRulesSchema, siteSchema } from '../../src/schemas/site';
import { issuesToProblems } from '../../src/check/zod-problems';
import { parseYamlSource } from '../../src/check/frontmatter';
import type { ProblemDescriptor } from '../../src/vocabulary/problems';

const minimal: ConsultationInput = {
  subject: 'plan',
  title: 'Dự thảo Kế hoạch chiếu sáng công cộng năm 2024',
  summary: 'Ủy ban nhân dân lấy ý kiến Nhân dân về dự thảo kế hoạch.',
  opens: '2023-10-16T07:00',
  closes: '2023-11-15T23:59',
  channels: [{ channel: 'email', address: 'vanphong@example.org' }],
};

const point = { point: 'Kéo dài giờ bật đèn.', count: 23, answer: 'partly-accepted', reason: 'Bật đến 23:00.' };
const outcome = {
  published: '2023-11-28',
  total: 57,
  byChannel: { meeting: 40, 'suggestion-box': 5, mttq: 12 },
  summary: 'Đa số đồng tình.',
  points: [point],
};

/** The problems a clerk would be told of for `input`, as field and problem. */
function problemsOf(input: unknown): { field: string; code: string; params: unknown }[] {
  const result = consultationSchema.safeParse(input);
  if (result.success) throw new Error('expected the consultation to be refused');
  const source = parseYamlSource('x.yaml', JSON.stringify(input));
  if (!source.ok) throw new Error('fixture is not YAML');
  return issuesToProblems('x.yaml', result.error.issues, source.source).map(
    ({ field, code, params }) => ({ field, code, params }) as const,
  );
}

describe('consultationSchema', () => {
  it('accepts a minimal consultation and fills in the empty lists', () => {
    expect(consultationSchema.parse(minimal)).toEqual({
      ...minimal,
      sample: false,
      aliases: [],
      changes: [],
      localities: [],
      documents: [],
    });
  });

  it('reads the date-times YAML hands over as Dates, as the clerk wrote them', () => {
    const parsed = consultationSchema.parse({
      ...minimal,
      opens: new Date('2023-10-16T07:00:00Z'),
      closes: new Date('2023-11-15T23:59:00Z'),
    });
    expect([parsed.opens, parsed.closes]).toEqual(['2023-10-16T07:00', '2023-11-15T23:59']);
  });

  it('accepts every way to respond with its details', () => {
    const parsed = consultationSchema.parse({
      ...minimal,
      channels: [
        { channel: 'in-person', place: 'Bộ phận Một cửa', address: 'Trụ sở UBND', hours: 'Giờ hành chính' },
        { channel: 'email', address: 'vanphong@example.org' },
        { channel: 'phone', number: '0269 000 0000', label: 'Đường dây nóng' },
        { channel: 'post', recipient: 'Văn phòng UBND', address: 'Trụ sở UBND' },
        { channel: 'suggestion-box', places: ['Trụ sở UBND'] },
        {
          channel: 'meeting',
          meetings: [{ date: '2023-10-20', time: '19:30', place: 'Nhà văn hóa thôn 1', localities: ['thon-1'] }],
        },
        { channel: 'mttq', via: 'Ban Công tác Mặt trận các thôn' },
        { channel: 'questionnaire', details: 'Phát phiếu đến từng hộ' },
      ],
      documents: ['2023-du-thao', { file: 'ban-ve.pdf', title: 'Bản vẽ' }],
      mttq: { sent: '2023-10-17', replied: '2023-11-20', summary: 'Đồng tình.' },
      outcome,
    });
    expect(parsed.channels.map((c) => c.channel)).toEqual([
      'in-person',
      'email',
      'phone',
      'post',
      'suggestion-box',
      'meeting',
      'mttq',
      'questionnaire',
    ]);
    expect(parsed.documents).toEqual([{ document: '2023-du-thao' }, { file: 'ban-ve.pdf', title: 'Bản vẽ' }]);
    expect(parsed.outcome?.points[0]?.answer).toBe('partly-accepted');
  });

  const required = { code: 'field.required', params: { type: 'string' } } as const;
  const beforeClose = (closes: string): ProblemDescriptor => ({
    code: 'consultation.outcomeBeforeClose',
    params: { closes, firstDay: '2023-11-16' },
  });

  it.each<[string, unknown, ({ field: string } & ProblemDescriptor)[]]>([
    [
      'a closing time before the opening time',
      { ...minimal, closes: '2023-10-01T23:59' },
      [{ field: 'closes', code: 'consultation.closesBeforeOpens', params: { opens: '2023-10-16T07:00' } }],
    ],
    [
      'a closing time equal to the opening time (midnight is the end of the day before)',
      { ...minimal, opens: '2023-10-16T00:00', closes: '2023-10-16T00:00' },
      [{ field: 'closes', code: 'consultation.closesBeforeOpens', params: { opens: '2023-10-16T00:00' } }],
    ],
    [
      'counts by channel that do not add up to the total',
      { ...minimal, outcome: { ...outcome, byChannel: { meeting: 40, mttq: 12 } } },
      [{ field: 'outcome.byChannel', code: 'consultation.countsMismatch', params: { sum: 52, total: 57 } }],
    ],
    [
      'a point made by more opinions than were received in all',
      {
        ...minimal,
        outcome: {
          ...outcome,
          points: [outcome.points[0], { point: 'Lắp thêm đèn.', count: 310, answer: 'accepted', reason: 'Đã bổ sung.' }],
        },
      },
      [{ field: 'outcome.points[1].count', code: 'consultation.pointOverTotal', params: { count: 310, total: 57 } }],
    ],
    [
      'an answer type outside the list, written in Vietnamese',
      { ...minimal, outcome: { ...outcome, points: [{ point: 'Ý kiến.', answer: 'tiếp thu', reason: 'Vì.' }] } },
      [
        {
          field: 'outcome.points[0].answer',
          code: 'consultation.unknownId',
          params: { list: 'answer', ids: ['accepted', 'partly-accepted', 'explained'] },
        },
      ],
    ],
    [
      'an answer without its reason',
      { ...minimal, outcome: { ...outcome, points: [{ point: 'Ý kiến.', answer: 'explained' }] } },
      [{ field: 'outcome.points[0].reason', ...required }],
    ],
    [
      'an outcome dated before the consultation closed',
      { ...minimal, outcome: { ...outcome, published: '2023-11-14' } },
      [{ field: 'outcome.published', ...beforeClose('2023-11-15T23:59') }],
    ],
    [
      'an outcome dated on a last day that takes opinions until 23:59',
      { ...minimal, outcome: { ...outcome, published: '2023-11-15' } },
      [{ field: 'outcome.published', ...beforeClose('2023-11-15T23:59') }],
    ],
    [
      'an outcome dated on the day a midnight deadline ends',
      { ...minimal, closes: '2023-11-16T00:00', outcome: { ...outcome, published: '2023-11-15' } },
      [{ field: 'outcome.published', ...beforeClose('2023-11-16T00:00') }],
    ],
    [
      'a reply from the Fatherland Front before the draft was sent to it',
      { ...minimal, mttq: { sent: '2023-10-17', replied: '2023-10-01' } },
      [{ field: 'mttq.replied', code: 'consultation.replyBeforeSent', params: { sent: '2023-10-17' } }],
    ],
    [
      'a way to respond that does not exist',
      { ...minimal, channels: [{ channel: 'zalo', address: 'x' }] },
      [
        {
          field: 'channels[0].channel',
          code: 'consultation.unknownId',
          params: { list: 'channel', ids: ['in-person', 'email', 'phone', 'post', 'suggestion-box', 'meeting', 'mttq', 'questionnaire'] },
        },
      ],
    ],
    [
      'a way to respond without its details',
      { ...minimal, channels: [{ channel: 'in-person', place: 'Bộ phận Một cửa' }] },
      [{ field: 'channels[0].address', ...required }],
    ],
    [
      'a count for a channel that does not exist',
      { ...minimal, outcome: { ...outcome, byChannel: { ...outcome.byChannel, zalo: 1 } } },
      [{ field: 'outcome.byChannel.zalo', code: 'field.unknownKeys', params: { keys: ['zalo'] } }],
    ],
    [
      'no way to respond at all',
      { ...minimal, channels: [] },
      [{ field: 'channels', code: 'field.tooShort', params: { unit: 'items', minimum: 1 } }],
    ],
    [
      'an announcement after the opening day',
      { ...minimal, announced: '2023-10-17' },
      [{ field: 'announced', code: 'consultation.announcedAfterOpening', params: { openingDay: '2023-10-16' } }],
    ],
    [
      'an unknown subject',
      { ...minimal, subject: 'ke-hoach' },
      [
        {
          field: 'subject',
          code: 'consultation.unknownId',
          params: { list: 'subject', ids: ['plan', 'program', 'project', 'policy', 'planning'] },
        },
      ],
    ],
  ])('refuses %s', (_name, input, expected) => {
    expect(problemsOf(input)).toEqual(expected);
  });

  const { byChannel: _byChannel, ...withoutChannels } = outcome;
  it.each<[string, Partial<ConsultationInput>]>([
    ['an outcome without its split by channel, which is not always known', { outcome: withoutChannels }],
    ['an outcome the day after a last day that takes opinions until 23:59', { outcome: { ...outcome, published: '2023-11-16' } }],
    [
      'an outcome on the last day itself when opinions close earlier that day',
      { closes: '2023-11-15T17:00', outcome: { ...outcome, published: '2023-11-15' } },
    ],
    ['a point made by every opinion received', { outcome: { ...outcome, points: [{ ...point, count: 57 }] } }],
    ['a reply from the Fatherland Front on the day the draft was sent', { mttq: { sent: '2023-10-17', replied: '2023-10-17' } }],
  ])('accepts %s', (_name, change) => {
    expect(consultationSchema.safeParse({ ...minimal, ...change }).error?.issues).toBeUndefined();
  });

  it('names the deadline an outcome must follow and the first day it can carry', () => {
    const input = { ...minimal, outcome: { ...outcome, published: '2023-11-15' } };
    expect(problemsOf(input)).toEqual([{ field: 'outcome.published', ...beforeClose('2023-11-15T23:59') }]);
  });

  it('tells a clerk who writes the Vietnamese word which ids the list has, for the report to name with their labels', () => {
    const input = { ...minimal, outcome: { ...outcome, points: [{ point: 'Ý kiến.', answer: 'giải trình', reason: 'Vì.' }] } };
    expect(problemsOf(input)).toEqual([
      {
        field: 'outcome.points[0].answer',
        code: 'consultation.unknownId',
        params: { list: 'answer', ids: ['accepted', 'partly-accepted', 'explained'] },
      },
    ]);
  });
});

describe('the consultation yardsticks in content/site.yaml', () => {
  const site = {
    unit: { type: 'xã', name: 'Thử Nghiệm', nameEn: 'Thử Nghiệm Commune', since: '2025-07-01' },
    province: 'Gia Lai',
    address: 'Trụ sở',
    officeHours: [{ days: 'Thứ Hai đến Thứ Sáu', hours: '07:00–17:00' }],
    baseUrl: 'https://example.org/',
  };

  it('default to 30 days open and an outcome within 30 days', () => {
    expect(consultationRulesSchema.parse({})).toEqual({ minimumDays: 30, outcomeDueDays: 30 });
    expect(siteSchema.parse(site).consultation).toBeUndefined();
  });

  it('can be set one at a time', () => {
    expect(siteSchema.parse({ ...site, consultation: { outcomeDueDays: 15 } }).consultation).toEqual({
      minimumDays: 30,
      outcomeDueDays: 15,
    });
  });

  it('refuse a number of days that is not a whole positive number', () => {
    expect(siteSchema.safeParse({ ...site, consultation: { minimumDays: 0 } }).success).toBe(false);
    expect(siteSchema.safeParse({ ...site, consultation: { minimumDays: 7.5 } }).success).toBe(false);
  });
});
