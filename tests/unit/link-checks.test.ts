import { describe, expect, it } from 'vitest';
import type { ProblemDescriptor } from '../../src/vocabulary/problems';
import { checkSiteLinks, siteLinks, type LinkTargets } from '../../src/check/link-checks';

describe('siteLinks', () => {
  it('finds Markdown links, reference definitions and HTML links to this site, each at its line', () => {
    const text = [
      '---', // 1
      'title: "Kế hoạch"', // 2
      '---', // 3
      'Thực hiện [Kế hoạch số 12](/van-ban/2023-ke-hoach/) và [mẫu](</tep/mau don.pdf>).', // 4
      '', // 5
      'Xem <a href="/lay-y-kien/2026-rac/#y-kien">dự thảo</a> và [Cổng dịch vụ công](https://dichvucong.gov.vn/).', // 6
      '[bb]: /doi-thoai/2023-hoi-nghi/', // 7
    ].join('\n');
    expect(siteLinks(text)).toEqual([
      { href: '/van-ban/2023-ke-hoach/', line: 4 },
      { href: '/tep/mau don.pdf', line: 4 },
      { href: '/lay-y-kien/2026-rac/#y-kien', line: 6 },
      { href: '/doi-thoai/2023-hoi-nghi/', line: 7 },
    ]);
  });

  it('leaves out examples written as code', () => {
    const text = [
      'Viết `[tên](/van-ban/ten-tep/)` để dẫn tới văn bản.',
      '',
      '```',
      '[x](/van-ban/vi-du/)',
      '```',
      '',
      '[thật](/van-ban/that/)',
    ].join('\n');
    expect(siteLinks(text)).toEqual([{ href: '/van-ban/that/', line: 7 }]);
  });

  it('finds nothing in prose that links only to other sites', () => {
    expect(siteLinks('Xem [Cổng](https://dichvucong.gov.vn/) và www.gialai.gov.vn.')).toEqual([]);
  });
});

describe('checkSiteLinks', () => {
  const targets: LinkTargets = {
    items: new Map([
      ['van-ban', new Set(['2023-ke-hoach', 'ke-hoach-cu'])],
      ['lay-y-kien', new Set(['2026-rac'])],
      ['doi-thoai', new Set<string>()],
    ]),
    attachments: new Set(['mau-don.pdf']),
  };
  const found = (href: string): unknown[] =>
    checkSiteLinks('content/documents/a.mdx', [{ href, line: 9 }], targets).map((p) => [p.line, p.field, p.found, p.code, p.params]);

  it.each([
    ['a document', '/van-ban/2023-ke-hoach/'],
    ['a document without the last slash, at a heading', '/van-ban/2023-ke-hoach#muc-dich'],
    ['a former address', '/van-ban/ke-hoach-cu/'],
    ['a list of documents', '/van-ban/nam/2023/'],
    ['the feed', '/van-ban/rss.xml'],
    ['a consultation', '/lay-y-kien/2026-rac/'],
    ['an attachment', '/tep/mau-don.pdf'],
    ['a page the check does not know', '/gioi-thieu/'],
  ])('accepts a link to %s', (_, href) => {
    expect(found(href)).toEqual([]);
  });

  it.each<[string, string, ProblemDescriptor]>([
    [
      'a document',
      '/van-ban/2023-ke-hoach-khong-co/',
      { code: 'link.item', params: { section: 'van-ban', slug: '2023-ke-hoach-khong-co', folder: 'documents' } },
    ],
    [
      'a dialogue',
      '/doi-thoai/2023-hoi-nghi/',
      { code: 'link.item', params: { section: 'doi-thoai', slug: '2023-hoi-nghi', folder: 'dialogues' } },
    ],
    ['an attachment', '/tep/mau-don.docx', { code: 'link.attachment', params: { name: 'mau-don.docx' } }],
  ])('reports a link to %s that does not exist, at its line', (_, href, problem) => {
    expect(found(href)).toEqual([[9, '(nội dung)', href, problem.code, problem.params]]);
  });
});
