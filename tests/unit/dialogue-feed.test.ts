process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import { dialogueFeedItems } from '../../src/data/dialogue-feed';
import type { DialogueEntry } from '../../src/lib/dialogues';
import { renderRss } from '../../src/lib/rss';

const entry = (id: string, data: Partial<DialogueEntry['data']>): DialogueEntry => ({
  id,
  data: {
    sample: false,
    aliases: [],
    changes: [],
    kind: 'hoi-nghi-doi-thoai',
    title: 'Hội nghị đối thoại',
    start: '2023-06-15T07:30',
    place: 'Hội trường',
    chair: 'Chủ tịch',
    coChairs: [],
    participation: { organisations: [], localities: [] },
    issues: [],
    ...data,
  },
});
const link = (path: string): string => `https://example.org${path}`;

describe('dialogueFeedItems', () => {
  const held = entry('2023-hoi-nghi', {
    resultsPublished: '2023-06-23',
    sample: true,
    issues: [
      {
        id: 'DT-2023-01',
        field: 'Đất đai',
        raised: 'Hồ sơ chậm.',
        answer: 'Sẽ trả.',
        status: 'da-giai-quyet',
        updates: [
          { date: '2023-07-10', text: 'Đã rà soát.' },
          { date: '2023-07-10', text: 'Đã gọi các hộ đến.' },
          { date: '2023-06-30', text: 'Đã nhận hồ sơ.' },
        ],
      },
    ],
  });

  it('gives a held dialogue its outcome, dated when the results were published in Vietnam', () => {
    const [outcome] = dialogueFeedItems([held], new Date('2026-11-26T05:00:00Z'), link);
    expect(outcome).toMatchObject({
      // A sample says so where every feed reader shows it: its title.
      title: '[Nội dung mẫu] Kết quả: Hội nghị đối thoại',
      link: 'https://example.org/doi-thoai/2023-hoi-nghi/',
      description: 'Hội nghị đối thoại ngày 15/06/2023 tại Hội trường. 1 kiến nghị: 1 đã giải quyết.',
      categories: ['Hội nghị đối thoại', 'Nội dung mẫu'],
    });
    expect(outcome?.published.toISOString()).toBe('2023-06-22T17:00:00.000Z');
  });

  it('gives every dated follow-up its own item and a stable id that an older update does not shift', () => {
    const updates = dialogueFeedItems([held], new Date('2026-11-26T05:00:00Z'), link).slice(1);
    expect(updates.map((u) => [u.title, u.guid])).toEqual([
      ['[Nội dung mẫu] DT-2023-01: cập nhật ngày 30/06/2023', 'https://example.org/doi-thoai/2023-hoi-nghi/#DT-2023-01/2023-06-30/1'],
      ['[Nội dung mẫu] DT-2023-01: cập nhật ngày 10/07/2023', 'https://example.org/doi-thoai/2023-hoi-nghi/#DT-2023-01/2023-07-10/1'],
      ['[Nội dung mẫu] DT-2023-01: cập nhật ngày 10/07/2023', 'https://example.org/doi-thoai/2023-hoi-nghi/#DT-2023-01/2023-07-10/2'],
    ]);
    expect(updates[0]?.link).toBe('https://example.org/doi-thoai/2023-hoi-nghi/#DT-2023-01');
  });

  it('announces a dialogue that has not started yet instead of reporting an outcome', () => {
    const coming = entry('2026-hoi-nghi', { start: '2026-12-10T08:00', announced: '2026-11-25' });
    const before = dialogueFeedItems([coming], new Date('2026-12-10T00:59:00Z'), link);
    expect(before.map((i) => [i.title, i.guid, i.published.toISOString()])).toEqual([
      ['Thông báo: Hội nghị đối thoại', 'https://example.org/doi-thoai/2026-hoi-nghi/#thong-bao', '2026-11-24T17:00:00.000Z'],
    ]);
    const after = dialogueFeedItems([coming], new Date('2026-12-10T01:00:00Z'), link);
    expect(after.map((i) => [i.title, i.published.toISOString()])).toEqual([['Kết quả: Hội nghị đối thoại', '2026-12-10T01:00:00.000Z']]);
  });

  it('keeps back anything dated after the build', () => {
    const items = dialogueFeedItems([held], new Date('2023-07-01T00:00:00Z'), link);
    expect(items.map((i) => i.title)).toEqual([
      '[Nội dung mẫu] Kết quả: Hội nghị đối thoại',
      '[Nội dung mẫu] DT-2023-01: cập nhật ngày 30/06/2023',
    ]);
  });

  it('marks nothing on a real dialogue', () => {
    const real = { ...held, data: { ...held.data, sample: false } };
    const [outcome] = dialogueFeedItems([real], new Date('2026-11-26T05:00:00Z'), link);
    expect(outcome).toMatchObject({ title: 'Kết quả: Hội nghị đối thoại', categories: ['Hội nghị đối thoại'] });
  });

  it('renders as RSS with Vietnam dates whatever the machine’s zone', async () => {
    const xml = await renderRss({
      title: 't',
      link: link('/'),
      self: link('/rss.xml'),
      description: 'd',
      items: dialogueFeedItems([held], new Date(), link),
    });
    // @astrojs/rss writes the instant in GMT: midnight of 23 June in Vietnam.
    expect(xml).toContain('<pubDate>Thu, 22 Jun 2023 17:00:00 GMT</pubDate>');
    expect(Date.parse('Thu, 22 Jun 2023 17:00:00 GMT')).toBe(Date.parse('Fri, 23 Jun 2023 00:00:00 +0700'));
  });
});
