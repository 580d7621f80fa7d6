import { z } from 'astro/zod';
import { aliasSchema } from './common';
import { withdrawalSchema } from './withdrawal';
import { changeNotesSchema } from './change-notes';
import { broadcastSchema } from './broadcast';

/**
 * The fields with which a document, a consultation or a dialogue keeps its public record over time,
 * the same in each: spread into a schema where they stand in its form.
 */
export const publicRecordFields = {
  /** Former file names: their addresses keep leading here after a rename. */
  aliases: z.array(aliasSchema).default([]),
  /** Taken down: the page stays with a notice, out of the lists, feeds and search. */
  withdrawn: withdrawalSchema.optional(),
  /** Notes for the public on each significant change since it was published. */
  changes: changeNotesSchema,
  /** Read on the commune's loudspeakers: the days, and the office's own bulletin if it wrote one. */
  broadcast: broadcastSchema.optional(),
};
