import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { escapeXml, xmlText } from './xml';

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

/** One item as @astrojs/rss takes it; the package escapes text but keeps characters XML cannot hold. */
function rssItem(item: FeedItem): RSSFeedItem {
  return {
    title: xmlText(item.title),
    link: xmlText(item.link),
    description: xmlText(item.description),
    pubDate: item.undated ? undefined : item.published,
    categories: item.categories?.map(xmlText),
    // The package makes the link the guid; an item that shares its page (an outcome, a follow-up) needs its own.
    customData: item.guid === undefined ? undefined : `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>`,
  };
}

/**
 * An RSS 2.0 document, items newest first, written by @astrojs/rss. Dates are in GMT, as the
 * package writes them: the same instant as the commune's day, and the same bytes on any machine.
 */
export function renderRss(feed: Feed): Promise<string> {
  const items = [...feed.items].sort((a, b) => b.published.getTime() - a.published.getTime());
  const lastBuild = items.find((item) => !item.undated)?.published;
  return getRssString({
    title: xmlText(feed.title),
    description: xmlText(feed.description),
    site: xmlText(feed.link),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // What the package has no option for: the feed's own address, its language, when it last changed.
    customData: [
      `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
      '<language>vi</language>',
      ...(lastBuild ? [`<lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: items.map(rssItem),
  });
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
