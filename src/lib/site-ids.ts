import { slugify } from '../vocabulary/slug';

/** An id of content/site.yaml's lists and the names a clerk may write for it instead. */
export interface NamedId {
  id: string;
  names: readonly string[];
}

/**
 * The id a clerk most likely meant on writing a name where an id belongs: `Thôn 2` for the
 * locality named "Thôn 2", `Chủ tịch UBND` for the officer whose role is "Chủ tịch UBND thị
 * trấn". Undefined unless exactly one entry fits, so a report never guesses between two.
 */
export function meantId(written: string, entries: readonly NamedId[]): string | undefined {
  const typed = slugify(written);
  if (typed === '') return undefined;
  const exact = entries.filter(({ id, names }) => id === typed || names.some((name) => slugify(name) === typed));
  const fitting = exact.length > 0 ? exact : entries.filter(({ names }) => names.some((name) => slugify(name).startsWith(`${typed}-`)));
  return fitting.length === 1 ? fitting[0]?.id : undefined;
}
