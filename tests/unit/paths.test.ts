import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sectionRouteNames, siteRouteNames } from '../../src/check/paths';

const made: string[] = [];
afterAll(() => {
  made.forEach((dir) => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

/** A pages folder holding `entries`: a name ending in `/` is a folder (with an index page in it). */
function pagesFolder(entries: readonly string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-'));
  made.push(dir);
  for (const entry of entries) {
    if (entry.endsWith('/')) {
      fs.mkdirSync(path.join(dir, entry));
      fs.writeFileSync(path.join(dir, entry, 'index.astro'), '');
    } else fs.writeFileSync(path.join(dir, entry), '');
  }
  return dir;
}

describe('siteRouteNames', () => {
  it.each([
    ['a page file', 'gioi-thieu.astro', ['gioi-thieu']],
    ['a section folder', 'van-ban/', ['van-ban']],
    ['the not-found page', '404.astro', ['404']],
    ['an endpoint', 'robots.txt.ts', ['robots.txt']],
    ['a Markdown page', 'huong-dan.md', ['huong-dan']],
    ['the home page', 'index.astro', []],
    ['a dynamic route', '[page].astro', []],
    ['a catch-all route', '[...alias].astro', []],
    ['a dynamic folder', '[lang]/', []],
    ['a name Astro leaves out', '_draft.astro', []],
    ['a file that is no route', 'ghi-chu.txt', []],
  ])('takes %s (%s) as %j', (_, entry, names) => {
    expect([...siteRouteNames(pagesFolder([entry]))]).toEqual(names);
  });

  it("finds the site's own sections in src/pages, wherever the check runs from", () => {
    const names = siteRouteNames();
    for (const name of ['gioi-thieu', 'lien-he', 'tim-kiem', 'van-ban', '404', 'lich-tiep-cong-dan', 'en']) expect(names).toContain(name);
    expect(names).not.toContain('index');
    expect([...names].filter((name) => name.includes('['))).toEqual([]);
  });

  it('finds the pages a section has beside its items, which a link in the prose may name', () => {
    expect(sectionRouteNames('van-ban')).toContain('theo-doi-thuc-hien');
    expect([...sectionRouteNames('van-ban')].filter((name) => name.includes('['))).toEqual([]);
    expect(sectionRouteNames('khong-co')).toEqual(new Set());
  });
});
