/** One item of an RSS 2.0 feed. */
export interface FeedItem {
  title: string;
  /** Absolute address of the item's page. */
  link: string;
  /** Stable id; defaults to the link. */
  guid?: string;
  description: string;
  /** When it was published or last changed; orders the feed. */
  published: Date;
  /**
   * The day is not known (a document dated only `2023`): the item is ordered by the start of its
   * period, but no pubDate is written, rather than a day made up. Feed readers then date it by
   * when they first saw it.
   */
  undated?: boolean;
  categories?: string[];
}

export interface Feed {
  title: string;
  /** Absolute address of the page the feed mirrors. */
  link: string;
  /** Absolute address of the feed itself. */
  self: string;
  description: string;
  items: FeedItem[];
}

/** Characters XML 1.0 forbids even escaped; a YAML escape such as "\f" in a title would put one in the feed. */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const escapeXml = (text: string): string =>
  text.replace(NOT_IN_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An RSS 2.0 document, items newest first. Dates are written in RFC 822 with
 * Vietnam's +0700 offset, as the commune would say them.
 */
export function renderRss(feed: Feed): string {
  const items = [...feed.items].sort((a, b) => b.published.getTime() - a.published.getTime());
  const lastBuild = items.find((item) => !item.undated)?.published;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.link)}</link>`,
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(feed.description)}</description>`,
    '<language>vi</language>',
    ...(lastBuild ? [`<lastBuildDate>${rfc822Vietnam(lastBuild)}</lastBuildDate>`] : []),
    ...items.map((item) =>
      [
        '<item>',
        `<title>${escapeXml(item.title)}</title>`,
        `<link>${escapeXml(item.link)}</link>`,
        `<guid isPermaLink="${item.guid ? 'false' : 'true'}">${escapeXml(item.guid ?? item.link)}</guid>`,
        ...(item.undated ? [] : [`<pubDate>${rfc822Vietnam(item.published)}</pubDate>`]),
        ...(item.categories ?? []).map((c) => `<category>${escapeXml(c)}</category>`),
        `<description>${escapeXml(item.description)}</description>`,
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Marks an item whose page carries a banner the feed's readers never see ("Nội dung mẫu",
 * "Dự thảo"): the marks lead its title, which every reader shows, and are categories too.
 */
export function withMarks(item: FeedItem, marks: readonly string[]): FeedItem {
  if (marks.length === 0) return item;
  return {
    ...item,
    title: `[${marks.join(', ')}] ${item.title}`,
    categories: [...(item.categories ?? []), ...marks],
  };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Thu, 02 Mar 2023 07:30:00 +0700`. */
export function rfc822Vietnam(instant: Date): string {
  const local = new Date(instant.getTime() + 7 * 3_600_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} +0700`;
}
