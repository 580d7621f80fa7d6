import { z } from 'astro/zod';
import { nonEmptyText } from './common';
import { fullDateSchema, timeSchema } from './dates';
import { addProblem } from './problems';

/** A run of days an item was read on the commune's loudspeakers, and at what times. */
export const broadcastDaysSchema = z
  .strictObject({
    from: fullDateSchema,
    /** Last day of the run; left out for a single day. */
    to: fullDateSchema.optional(),
    /** The times it was read each day: ["06:00", "17:00"]. */
    times: z.array(timeSchema).default([]),
  })
  .superRefine((run, ctx) => {
    if (run.to !== undefined && run.to < run.from) addProblem(ctx, 'broadcast.reversed', { from: run.from }, ['to']);
  });

/**
 * An item read on the loudspeakers (bản tin truyền thanh, Luật Thực hiện dân chủ ở cơ sở, Điều 12):
 * the days the office records, and its own text if it wrote one; without it the site's spoken
 * bulletin, generated from the item, is the one read.
 */
export const broadcastSchema = z.strictObject({
  days: z.array(broadcastDaysSchema).default([]),
  /** The office's own bulletin: shown and downloaded instead of the generated one, never replaced by it. */
  text: nonEmptyText.optional(),
});

export type Broadcast = z.output<typeof broadcastSchema>;
export type BroadcastDays = z.output<typeof broadcastDaysSchema>;
