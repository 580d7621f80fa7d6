import { z } from 'astro/zod';
import { nonEmptyText } from './common';
import { fullDateSchema } from './dates';

/**
 * How the office takes a published item down (GOV.UK's withdrawal): the page stays at its address
 * with a notice saying when and why, and leaves the lists, feeds and search. Deleting the file
 * instead is refused (src/check/removed-items.ts): the public record would change without a word.
 */
export const withdrawalSchema = z.strictObject({
  /** The day it stopped being published: `2026-12-01`. */
  date: fullDateSchema,
  /** Why, in Vietnamese, for the public: "Đã được thay bằng Kế hoạch số 45/KH-UBND." */
  reason: nonEmptyText,
});

export type Withdrawal = z.output<typeof withdrawalSchema>;
