import { consultationRules } from '../../src/lib/consultation-rules';
import { describe, expect, it } from 'vitest';
import { consultationSchema, type ConsultationInput } from '../../src/schemas/consultation';
import { siteSchema } from '../../src/schemas/site';
import { checkConsultations, type CheckedConsultation, type ConsultationContext } from '../../src/check/consultation-checks';

const site = siteSchema.parse({
  unit: { type: 'xã', name: 'Thử Nghiệm', nameEn: 'Thử Nghiệm Commune', since: '2025-07-01' },
  province: 'Gia Lai',
  address: 'Trụ sở',
  email: 'vanphong@example.org',
  officeHours: [{ days: 'Thứ Hai đến Thứ Sáu', hours: '07:00–17:00' }],
  localities: [{ id: 'thon-1', name: 'Thôn 1' }],
  baseUrl: 'https://example.org/',
});

const base: ConsultationInput = {
  subject: 'plan',
  title: 'Dự thảo',
  summary: 'Tóm tắt.',
  opens: '2023-10-16T07:00',
  closes: '2023-11-15T23:59',
  channels: [{ channel: 'suggestion-box', places: ['Trụ sở'] }],
};

const entry = (input: Partial<ConsultationInput>): CheckedConsultation => ({
  slug: 'x',
  file: 'consultations/x.mdx',
  data: consultationSchema.parse({ ...base, ...input }),
  lineOf: () => undefined,
});

const context: ConsultationContext = {
  documentSlugs: new Set(['2023-du-thao', '2023-ke-hoach']),
  site,
  fileExists: (name) => name === 'ban-ve.pdf',
  now: new Date('2026-11-26T05:00:00Z'),
};

/** Field, code and parameters of each finding, the way a test can read them. */
const summary = (found: ReturnType<typeof checkConsultations>) => ({
  problems: found.problems.map((p) => `${p.field}: ${p.code} ${JSON.stringify(p.params)}`),
  warnings: found.warnings.map((p) => `${p.field}: ${p.code} ${JSON.stringify(p.params)}`),
});

const outcome = { published: '2023-11-28', total: 1, byChannel: { 'suggestion-box': 1 }, summary: 'Một ý kiến.' };

describe('checkConsultations', () => {
  it('accepts a consultation whose references all exist', () => {
    const good = entry({
      draft: '2023-du-thao',
      documents: ['2023-ke-hoach', { file: 'ban-ve.pdf', title: 'Bản vẽ' }],
      localities: ['thon-1'],
      channels: [
        { channel: 'email' },
        {
          channel: 'meeting',
          meetings: [{ date: '2023-10-20', time: '19:00', place: 'Nhà văn hóa', localities: ['thon-1'] }],
        },
      ],
      outcome: { ...outcome, adopted: '2023-ke-hoach' },
    });
    expect(summary(checkConsultations([good], context))).toEqual({ problems: [], warnings: [] });
  });

  it('refuses references to documents, files and localities that do not exist', () => {
    const bad = entry({
      draft: '2023-khong-co',
      documents: ['2023-cung-khong-co', { file: 'thieu.pdf', title: 'Thiếu' }],
      localities: ['thon-9'],
      channels: [
        {
          channel: 'meeting',
          meetings: [{ date: '2023-10-20', time: '19:00', place: 'Nhà văn hóa', localities: ['thon-8'] }],
        },
      ],
      outcome: { ...outcome, byChannel: { meeting: 1 }, adopted: '2023-ban-hanh-khong-co' },
    });
    expect(summary(checkConsultations([bad], context)).problems).toEqual([
      'draft: reference.document {"slug":"2023-khong-co"}',
      'documents[0].document: reference.document {"slug":"2023-cung-khong-co"}',
      'outcome.adopted: reference.document {"slug":"2023-ban-hanh-khong-co"}',
      'documents[1].file: file.missing {"name":"thieu.pdf"}',
      'localities[0]: reference.locality {"ids":["thon-1"]}',
      'channels[0].meetings[0].localities[0]: reference.locality {"ids":["thon-1"]}',
    ]);
  });

  it('refuses an e-mail or phone channel with no address or number here or in site.yaml', () => {
    const noContacts = { ...context, site: siteSchema.parse({ ...site, email: undefined, phones: [] }) };
    const found = checkConsultations(
      [
        entry({
          channels: [{ channel: 'email' }, { channel: 'phone' }, { channel: 'phone', number: '0269 000 0000' }],
        }),
      ],
      noContacts,
    );
    expect(summary(found).problems).toEqual(['channels[0]: consultation.emailMissing {}', 'channels[1]: consultation.phoneMissing {}']);
  });

  it('refuses an outcome on a consultation that has not closed at the build’s "now"', () => {
    const open = entry({
      opens: '2026-11-16T07:00',
      closes: '2026-12-15T23:59',
      outcome: { ...outcome, published: '2026-12-20' },
    });
    expect(summary(checkConsultations([open], context))).toEqual({
      problems: ['outcome: consultation.outcomeWhileOpen {"closes":"2026-12-15T23:59"}'],
      warnings: [],
    });
    // One second after the deadline the consultation has closed, but an outcome dated days ahead still cannot stand.
    const later = { ...context, now: new Date('2026-12-15T17:00:00Z') };
    expect(summary(checkConsultations([open], later))).toEqual({
      problems: ['outcome.published: consultation.outcomeInFuture {"today":"2026-12-16"}'],
      warnings: [],
    });
  });

  it('stops the build on an outcome dated after the build’s "now", such as 2032 typed for 2023', () => {
    const typo = entry({ outcome: { ...outcome, published: '2032-11-28' } });
    const found = checkConsultations([typo], context);
    expect(summary(found)).toEqual({
      problems: ['outcome.published: consultation.outcomeInFuture {"today":"2026-11-26"}'],
      warnings: [],
    });
    expect(found.problems[0]?.found).toBe('2032-11-28');
  });

  it('accepts an outcome published on the build’s own day, in Vietnam time', () => {
    // 2026-11-26T17:30Z is already 27/11 in Vietnam.
    const sameDay = entry({ outcome: { ...outcome, published: '2026-11-27' } });
    expect(summary(checkConsultations([sameDay], { ...context, now: new Date('2026-11-26T17:30:00Z') }))).toEqual({
      problems: [],
      warnings: [],
    });
  });

  it('warns, without stopping the build, about a period shorter than the configured minimum', () => {
    const short = entry({ opens: '2023-11-01T07:00', closes: '2023-11-20T23:59' });
    expect(summary(checkConsultations([short], context))).toEqual({
      problems: [],
      warnings: ['closes: consultation.periodTooShort {"days":20,"minimum":30}'],
    });
    const lenient = { ...context, site: siteSchema.parse({ ...site, consultation: { minimumDays: 15 } }) };
    expect(summary(checkConsultations([short], lenient)).warnings).toEqual([]);
  });

  it('counts the minimum in calendar days, both ends included', () => {
    const exactly = entry({ opens: '2023-11-01T07:00', closes: '2023-11-30T23:59' });
    const oneShort = entry({ opens: '2023-11-01T07:00', closes: '2023-11-30T00:00' });
    expect(summary(checkConsultations([exactly], context)).warnings).toEqual([]);
    expect(summary(checkConsultations([oneShort], context)).warnings).toEqual([
      'closes: consultation.periodTooShort {"days":29,"minimum":30}',
    ]);
  });

  it("warns of a period so long that the deadline's year is likely mistyped, and not of one of 120 days", () => {
    const yearLate = entry({ opens: '2026-11-20T07:00', closes: '2027-12-15T23:59' });
    expect(summary(checkConsultations([yearLate], context)).warnings).toEqual([
      'closes: consultation.periodTooLong {"days":391,"longest":120}',
    ]);
    const long = entry({ opens: '2026-11-01T07:00', closes: '2027-02-28T23:59' });
    expect(summary(checkConsultations([long], context)).warnings).toEqual([]);
  });

  it('warns about a community meeting outside the consultation period', () => {
    const late = entry({
      channels: [{ channel: 'meeting', meetings: [{ date: '2023-11-16', time: '19:00', place: 'Nhà văn hóa' }] }],
    });
    expect(summary(checkConsultations([late], context)).warnings).toEqual([
      'channels[0].meetings[0].date: consultation.meetingOutside {"first":"2023-10-16","last":"2023-11-15"}',
    ]);
  });
});

describe('consultationRules', () => {
  it('uses the schema’s defaults when site.yaml says nothing, or when there is no site yet', () => {
    expect(consultationRules(site)).toEqual({ minimumDays: 30, outcomeDueDays: 30 });
    expect(consultationRules(undefined)).toEqual({ minimumDays: 30, outcomeDueDays: 30 });
    expect(consultationRules(siteSchema.parse({ ...site, consultation: { outcomeDueDays: 15 } }))).toEqual({
      minimumDays: 30,
      outcomeDueDays: 15,
    });
  });
});
