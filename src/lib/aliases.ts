/** A former address and the item's current one. */
export interface Redirect {
  /** Path below the site root, without slashes at the ends: `van-ban/ke-hoach-cu`. */
  from: string;
  /** The current address: `/van-ban/2023-ke-hoach/`. */
  to: string;
}

/** The redirects of one kind of item living under `/<section>/<slug>/`. */
export function sectionRedirects(section: string, items: readonly { id: string; aliases: readonly string[] }[]): Redirect[] {
  return items.flatMap((item) => item.aliases.map((alias) => ({ from: `${section}/${alias}`, to: `/${section}/${item.id}/` })));
}
