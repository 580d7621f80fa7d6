import { z } from 'astro/zod';
import { addProblem } from './problems';

/** Text that must say something: an empty string is as good as missing. */
export const nonEmptyText = z.string().trim().min(1);

/** The file name of a content item without its extension, used in its address. */
export const slugSchema = z.string().superRefine((text, ctx) => {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text)) addProblem(ctx, 'name.slug', {});
});

/** A file name under content/files/, without folders that could climb out of it. */
export const attachmentFileSchema = z.string().superRefine((text, ctx) => {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(text) || text.includes('..')) addProblem(ctx, 'name.attachment', {});
});
