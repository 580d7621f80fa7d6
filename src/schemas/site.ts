import { z } from 'astro/zod';
import { nonEmptyText, slugSchema } from './common';

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
  officers: z.array(officerSchema).default([]),
  localities: z.array(localitySchema).default([]),
  /** Lĩnh vực that documents may name. */
  fields: z.array(nonEmptyText).default([]),
  baseUrl: z.url(),
  repositoryUrl: z.url().optional(),
  /** Consultation yardsticks; left out, the defaults of consultationRulesSchema apply. */
  consultation: consultationRulesSchema.optional(),
});

export type SiteConfig = z.output<typeof siteSchema>;
