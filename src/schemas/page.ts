import { z } from 'astro/zod';
import { nonEmptyText } from './common';

/** A standing page of prose, such as the nội quy tiếp công dân. */
export const pageSchema = z.strictObject({
  sample: z.boolean().default(false),
  title: nonEmptyText,
  /** One sentence for lists and the page description. */
  summary: nonEmptyText,
});

export type PageData = z.output<typeof pageSchema>;
