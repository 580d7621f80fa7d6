import { z } from 'astro/zod';
import { changeNotesSchema } from './change-notes';
import { nonEmptyText } from './common';

/** A standing page of prose, such as the nội quy tiếp công dân. */
export const pageSchema = z.strictObject({
  sample: z.boolean().default(false),
  title: nonEmptyText,
  /** One sentence for lists and the page description. */
  summary: nonEmptyText,
  /** A page for the office's staff (the publishing guide): linked from the footer, left out of the public search. */
  forStaff: z.boolean().default(false),
  /** Notes for the public on each significant change since it was published. */
  changes: changeNotesSchema,
});

export type PageData = z.output<typeof pageSchema>;
