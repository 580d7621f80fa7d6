process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import { renderRss, withMarks, type FeedItem } from '../../src/lib/rss';

const item = (title: string, published: string, extra: Partial<FeedItem> = {}): FeedItem => ({
  title,
  link: `https://x.vn/${title}/`,
  description: title,
  published: new Date(published),
  ...extra,
});

const feed = (items: FeedItem[]): Promise<string> =>
  renderRss({ title: 't', link: 'https://x.vn/', self: 'https://x.vn/rss.xml', description: 'd', items });

/** The instants a feed gives in `tag`: @astrojs/rss spells them in GMT, so tests compare instants. */
const instants = (xml: string, tag: string): number[] =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => Date.parse(match[1] ?? ''));

describe('renderRss', () => {
  it('writes items newest first with Vietnam dates, and the newest as the last build date', async () => {
    const xml = await feed([item('a', '2023-03-01T17:00:00Z'), item('b', '2023-05-02T17:00:00Z')]);
    expect(xml.indexOf('<title>b</title>')).toBeLessThan(xml.indexOf('<title>a</title>'));
    expect(instants(xml, 'pubDate')).toEqual([
      Date.parse('Wed, 03 May 2023 00:00:00 +0700'),
      Date.parse('Thu, 02 Mar 2023 00:00:00 +0700'),
    ]);
    expect(instants(xml, 'lastBuildDate')).toEqual([Date.parse('Wed, 03 May 2023 00:00:00 +0700')]);
  });

  it('writes the same bytes whatever the machine’s time zone', async () => {
    const items = [item('a', '2023-03-01T17:00:00Z')];
    const here = await feed(items);
    process.env.TZ = 'Asia/Tokyo';
    try {
      expect(await feed(items)).toBe(here);
    } finally {
      process.env.TZ = 'America/Los_Angeles';
    }
    expect(here).toContain('<pubDate>Wed, 01 Mar 2023 17:00:00 GMT</pubDate>');
  });

  it('gives an item whose day is unknown no pubDate rather than a made-up one, and orders it by its period', async () => {
    const xml = await feed([item('dated', '2023-03-01T17:00:00Z'), item('year-only', '2022-12-31T17:00:00Z', { undated: true })]);
    const undatedItem = /<item><title>year-only<\/title>.*?<\/item>/.exec(xml)?.[0] ?? '';
    expect(undatedItem).not.toBe('');
    expect(undatedItem).not.toContain('<pubDate>');
    expect(xml.indexOf('<title>dated</title>')).toBeLessThan(xml.indexOf('<title>year-only</title>'));
    // The last build date comes from a dated item, even when an undated one sorts first.
    const undatedFirst = await feed([item('year-only', '2024-01-01T00:00:00Z', { undated: true }), item('dated', '2023-03-01T17:00:00Z')]);
    expect(instants(undatedFirst, 'lastBuildDate')).toEqual([Date.parse('Thu, 02 Mar 2023 00:00:00 +0700')]);
  });

  it('escapes text for XML, and drops the control characters XML cannot hold', async () => {
    expect(await feed([item('a & <b> "c"', '2023-03-01T17:00:00Z')])).toContain('<title>a &amp; &lt;b&gt; &quot;c&quot;</title>');
    const xml = await feed([
      item('Kế\fhoạch\u0000 năm\ttới', '2023-03-01T17:00:00Z', { description: 'Mô\u000Btả', categories: ['Văn\u0001 bản'] }),
    ]);
    expect(xml).toContain('<title>Kếhoạch năm\ttới</title>');
    expect(xml).toContain('<description>Môtả</description>');
    expect(xml).toContain('<category>Văn bản</category>');
    expect(Array.from(xml).filter((c) => c < ' ' && !'\t\n\r'.includes(c))).toEqual([]);
  });

  it('uses the link as a permanent guid, or the item’s own guid when it has one', async () => {
    const xml = await feed([
      item('a', '2023-03-01T17:00:00Z'),
      item('b', '2023-03-02T17:00:00Z', { link: 'https://x.vn/b/#ket-qua', guid: 'https://x.vn/b/#ket-qua&1' }),
    ]);
    expect(xml).toContain('<link>https://x.vn/a/</link><guid isPermaLink="true">https://x.vn/a/</guid>');
    expect(xml).toContain('<link>https://x.vn/b/#ket-qua</link><guid isPermaLink="false">https://x.vn/b/#ket-qua&amp;1</guid>');
  });

  it('names its page, its own address, its language and its categories', async () => {
    const xml = await feed([item('a', '2023-03-01T17:00:00Z', { categories: ['Văn bản', 'Đất đai'] })]);
    expect(xml).toContain('<link>https://x.vn/</link>');
    expect(xml).toContain('<atom:link href="https://x.vn/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<language>vi</language>');
    expect(xml).toContain('<category>Văn bản</category><category>Đất đai</category>');
  });
});

describe('withMarks', () => {
  it('leads the title with the marks and adds them as categories', () => {
    expect(withMarks(item('Kế hoạch', '2023-03-01T17:00:00Z', { categories: ['Văn bản'] }), ['Nội dung mẫu', 'Dự thảo'])).toMatchObject({
      title: '[Nội dung mẫu, Dự thảo] Kế hoạch',
      categories: ['Văn bản', 'Nội dung mẫu', 'Dự thảo'],
    });
  });

  it('leaves an item without marks as it is', () => {
    const plain = item('Kế hoạch', '2023-03-01T17:00:00Z');
    expect(withMarks(plain, [])).toBe(plain);
  });
});
