import { z } from 'astro/zod';
import { nonEmptyText, slugSchema } from './common';
import { fullDateSchema } from './dates';
import { addBilingualIssue } from './issues';

/** Kinds of commune-level unit; thị trấn remains for documents and sites from before July 2025. */
export const UNIT_TYPES = ['xã', 'phường', 'thị trấn', 'đặc khu'] as const;

/** A thôn or tổ dân phố. */
export const localitySchema = z.strictObject({
  id: slugSchema,
  name: nonEmptyText,
  /** True while the real name has not been entered: shown as such, never passed off as real. */
  placeholder: z.boolean().default(false),
});

/** An office position and, only where it is public, the holder's name. */
export const officerSchema = z.strictObject({
  /** Short id that schedules refer to: `chu-tich`. */
  id: slugSchema,
  role: nonEmptyText,
  name: nonEmptyText.optional(),
  /** The head of the People's Committee, who must receive citizens at least one day a week. */
  head: z.boolean().default(false),
});

const ONE_HEAD = {
  vi: 'đúng một chức danh trong "officers" của content/site.yaml có head: true: Chủ tịch UBND, người tiếp công dân ít nhất 01 ngày mỗi tuần',
  en: 'exactly one officer under "officers" in content/site.yaml with head: true: the chairman, who receives citizens at least one day every week',
};

/**
 * The chairman's weekly duty is judged on the sessions of the one head: with none, every week
 * reads as missed; with two, a vice-chairman's sessions would count as the chairman's. A site
 * that lists no officers yet can name nobody in a schedule (the reception checks refuse it), so
 * it may leave the list out.
 */
function requireOneHead(officers: ReadonlyArray<{ id: string; head: boolean }>, ctx: z.core.$RefinementCtx): void {
  const heads = officers.flatMap((officer, index) => (officer.head ? [{ ...officer, index }] : []));
  if (officers.length > 0 && heads.length === 0) {
    addBilingualIssue(
      ctx,
      {
        problem: { vi: 'không có chức danh nào được ghi head: true', en: 'no officer has head: true' },
        expected: ONE_HEAD,
      },
      [],
    );
  }
  for (const extra of heads.slice(1)) {
    addBilingualIssue(
      ctx,
      {
        problem: {
          vi: `"${heads[0]?.id}" và "${extra.id}" đều ghi head: true`,
          en: `both "${heads[0]?.id}" and "${extra.id}" have head: true`,
        },
        expected: ONE_HEAD,
      },
      [extra.index, 'head'],
    );
  }
}

/**
 * The commune's own yardsticks for consultations (lấy ý kiến Nhân dân), under
 * `consultation:` in content/site.yaml; each may be left out for its default.
 */
export const consultationRulesSchema = z.strictObject({
  /** Calendar days a consultation should stay open; a shorter one is a build warning, not an error. */
  minimumDays: z.number().int().min(1).default(30),
  /** Days after closing by which the outcome is due; later, pages say "chậm công bố kết quả". */
  outcomeDueDays: z.number().int().min(1).default(30),
});

export type ConsultationRules = z.output<typeof consultationRulesSchema>;

/**
 * Days off by law (Bộ luật Lao động 2019, Điều 112), as the government announces them each
 * year: Tết Nguyên đán and Giỗ Tổ follow the lunar calendar and days are swapped, so the
 * office lists them rather than the site computing them.
 */
export const holidaySchema = z
  .strictObject({
    /** First day off. */
    from: fullDateSchema,
    /** Last day off; left out for a single day. */
    to: fullDateSchema.optional(),
    /** `Tết Nguyên đán`, `Ngày Quốc khánh`… */
    name: nonEmptyText,
  })
  .superRefine((holiday, ctx) => {
    if (holiday.to === undefined || holiday.to >= holiday.from) return;
    addBilingualIssue(
      ctx,
      {
        expected: {
          vi: `ngày nghỉ cuối (to) từ ngày nghỉ đầu (from: ${holiday.from}) trở đi`,
          en: `a last day off (to) on or after the first (from: ${holiday.from})`,
        },
      },
      ['to'],
    );
  });

export type Holiday = z.output<typeof holidaySchema>;

/** The site's own identity and contact details (content/site.yaml). */
export const siteSchema = z.strictObject({
  unit: z.strictObject({
    type: z.enum(UNIT_TYPES),
    name: nonEmptyText,
    /** The body's name in English, for the English contact page (Nghị định 42/2022). */
    nameEn: nonEmptyText,
  }),
  /** The body above the commune, if any (UBND huyện before July 2025). */
  parent: nonEmptyText.optional(),
  province: nonEmptyText,
  address: nonEmptyText,
  phones: z.array(z.strictObject({ label: nonEmptyText, number: nonEmptyText })).default([]),
  email: z.email().optional(),
  officeHours: z.array(z.strictObject({ days: nonEmptyText, hours: nonEmptyText })).min(1),
  officers: z.array(officerSchema).default([]).superRefine(requireOneHead),
  localities: z.array(localitySchema).default([]),
  /** Lĩnh vực that documents may name. */
  fields: z.array(nonEmptyText).default([]),
  baseUrl: z.url(),
  repositoryUrl: z.url().optional(),
  /** Consultation yardsticks; left out, the defaults of consultationRulesSchema apply. */
  consultation: consultationRulesSchema.optional(),
  /**
   * Public holidays: a reception session a rule puts on one is a build warning, and a week
   * whose working days are all holidays (Tết) is not counted against the chairman.
   */
  holidays: z.array(holidaySchema).default([]),
});

export type SiteConfig = z.output<typeof siteSchema>;
