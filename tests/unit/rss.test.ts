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

const feed = (items: FeedItem[]): string =>
  renderRss({ title: 't', link: 'https://x.vn/', self: 'https://x.vn/rss.xml', description: 'd', items });

describe('renderRss', () => {
  it('writes items newest first with Vietnam dates, and the newest as the last build date', () => {
    const xml = feed([item('a', '2023-03-01T17:00:00Z'), item('b', '2023-05-02T17:00:00Z')]);
    expect(xml.indexOf('<title>b</title>')).toBeLessThan(xml.indexOf('<title>a</title>'));
    expect(xml).toContain('<pubDate>Wed, 03 May 2023 00:00:00 +0700</pubDate>');
    expect(xml).toContain('<lastBuildDate>Wed, 03 May 2023 00:00:00 +0700</lastBuildDate>');
  });

  it('gives an item whose day is unknown no pubDate rather than a made-up one, and orders it by its period', () => {
    const xml = feed([item('dated', '2023-03-01T17:00:00Z'), item('year-only', '2022-12-31T17:00:00Z', { undated: true })]);
    const undatedItem = /<item><title>year-only<\/title>.*?<\/item>/.exec(xml)?.[0] ?? '';
    expect(undatedItem).not.toBe('');
    expect(undatedItem).not.toContain('<pubDate>');
    expect(xml.indexOf('<title>dated</title>')).toBeLessThan(xml.indexOf('<title>year-only</title>'));
    // The last build date comes from a dated item, even when an undated one sorts first.
    expect(feed([item('year-only', '2024-01-01T00:00:00Z', { undated: true }), item('dated', '2023-03-01T17:00:00Z')])).toContain(
      '<lastBuildDate>Thu, 02 Mar 2023 00:00:00 +0700</lastBuildDate>',
    );
  });

  it('escapes text for XML, and drops the control characters XML cannot hold', () => {
    expect(feed([item('a & <b> "c"', '2023-03-01T17:00:00Z')])).toContain('<title>a &amp; &lt;b&gt; &quot;c&quot;</title>');
    const xml = feed([item('Kế\fhoạch\u0000 năm\ttới', '2023-03-01T17:00:00Z')]);
    expect(xml).toContain('<title>Kếhoạch năm\ttới</title>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
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
