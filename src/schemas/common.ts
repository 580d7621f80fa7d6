import { z } from 'astro/zod';
import { addProblem } from './problems';

/** Text that must say something: an empty string is as good as missing. */
export const nonEmptyText = z.string().trim().min(1);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The file name of a content item without its extension, used in its address. */
export const slugSchema = z.string().superRefine((text, ctx) => {
  if (!SLUG.test(text)) addProblem(ctx, 'name.slug', {});
});

/**
 * A former file name, which keeps the old address leading to the item. A clerk copies it from
 * the file list (`ke-hoach-cu.mdx`) or from the browser (`https://…/van-ban/ke-hoach-cu/`): each
 * is answered with the name to write, taken from what they wrote.
 */
export const aliasSchema = z.string().superRefine((text, ctx) => {
  if (SLUG.test(text)) return;
  if (text.includes('/')) {
    // The address's last part, not its host: `https://xa.gov.vn/` names no item.
    const path = text
      .trim()
      .replace(/[?#].*$/, '')
      .replace(/^[a-z]+:\/\/[^/]*/i, '');
    addProblem(ctx, 'alias.address', { suggestion: suggestedSlug(path.split('/').filter(Boolean).pop() ?? '') });
    return;
  }
  const file = /^(.+)\.(?:mdx?|ya?ml)$/i.exec(text.trim());
  if (file !== null) {
    addProblem(ctx, 'alias.extension', { suggestion: suggestedSlug(file[1] ?? '') });
    return;
  }
  addProblem(ctx, 'name.slug', {});
});

/** The last part of an address or a file name as an alias, when it is one: `Ke-Hoach-Cu.mdx` → `ke-hoach-cu`. */
function suggestedSlug(name: string): string {
  const bare = name.replace(/\.(?:mdx?|ya?ml|html?)$/i, '').toLowerCase();
  return SLUG.test(bare) ? bare : '';
}

/**
 * An id from a list of content/site.yaml (an officer, a thôn). Any text gets through here: the
 * check against site.yaml answers a wrong one with the ids it lists, and with the id meant when a
 * name was written instead (`Thôn 2` for `thon-2`).
 */
export const siteIdSchema = nonEmptyText;

/** A file name under content/files/, without folders that could climb out of it. */
export const attachmentFileSchema = z.string().superRefine((text, ctx) => {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(text) || text.includes('..')) addProblem(ctx, 'name.attachment', {});
});
