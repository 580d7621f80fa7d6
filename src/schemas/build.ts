import { z } from 'astro/zod';

/** What the build hands every page besides the content: its instant, and whether git history could be read. */
export const buildInfoSchema = z.object({
  now: z.date(),
  /** `available`, or why the pages cannot say when an item was posted and changed. */
  history: z.enum(['available', 'no-git', 'shallow']),
});

export type BuildInfo = z.output<typeof buildInfoSchema>;

/** One commit that changed a content file. */
export const changeSchema = z.object({
  hash: z.string(),
  /** Commit time as an ISO instant with its offset. */
  date: z.string(),
  subject: z.string(),
});

/** The commits that changed a content file, newest first, under its current path. */
export const fileHistorySchema = z.object({ changes: z.array(changeSchema) });

/** A file of content/files/ that the content names, as the content check found it. */
export const attachedFileSchema = z.object({
  /** Absolute path, for the build to copy it into the site. */
  path: z.string(),
  bytes: z.number(),
  sha256: z.string(),
});
