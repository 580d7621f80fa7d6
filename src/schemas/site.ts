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
  role: nonEmptyText,
  name: nonEmptyText.optional(),
});

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
});

export type SiteConfig = z.output<typeof siteSchema>;
