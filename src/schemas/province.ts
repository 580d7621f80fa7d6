import { z } from 'astro/zod';
import { nonEmptyText, slugSchema } from './common';
import { addProblem } from './problems';

/** One commune site of the province: where its published output is read from. */
export const provinceCommuneSchema = z.strictObject({
  /** Short id, the commune filter's value in the page's address: `dak-doa`. */
  id: slugSchema,
  /** As the province page names it: "xã Đak Đoa". */
  name: nonEmptyText,
  /** Its content repository on GitHub (`owner/name`), which the province's workflow builds. */
  repository: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/u)
    .optional(),
  /**
   * Its built site: a folder (the build job's artifact, relative to this file) or the address
   * it is published at. Its open data (du-lieu/*.json) is what the province page indexes.
   */
  site: nonEmptyText,
});

/** A province's list of commune sites (province.yaml), for the province-wide search page. */
export const provinceConfigSchema = z.strictObject({
  /** "Gia Lai". */
  province: nonEmptyText,
  communes: z
    .array(provinceCommuneSchema)
    .min(1)
    .superRefine((communes, ctx) => {
      const first = new Map<string, number>();
      communes.forEach((commune, index) => {
        const earlier = first.get(commune.id);
        if (earlier === undefined) first.set(commune.id, index);
        else addProblem(ctx, 'province.duplicateCommune', { id: commune.id, index: earlier }, [index, 'id']);
      });
    }),
});

export type ProvinceConfig = z.output<typeof provinceConfigSchema>;
export type ProvinceCommune = ProvinceConfig['communes'][number];

/**
 * What the province page reads of a commune's open data (src/schemas/open-data.ts): only the
 * fields it shows, so that a commune still on an earlier version of the site can be read.
 */
const publishedRecords = <T extends z.ZodType>(record: T) => z.object({ records: z.array(record) });

export const publishedDocumentsSchema = publishedRecords(
  z.object({
    url: z.url(),
    status: z.string(),
    document: z.object({ kind: z.string(), title: z.string(), number: z.string().optional(), issued: z.string(), sample: z.boolean() }),
  }),
);

export const publishedConsultationsSchema = publishedRecords(
  z.object({
    url: z.url(),
    consultation: z.object({ title: z.string(), opens: z.string(), sample: z.boolean(), withdrawn: z.unknown().optional() }),
  }),
);

export const publishedIssuesSchema = publishedRecords(
  z.object({
    url: z.url(),
    dialogue: z.string(),
    dialogueTitle: z.string(),
    dialogueDate: z.string(),
    sample: z.boolean(),
    dialogueWithdrawn: z.unknown().optional(),
  }),
);
