import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validFixtureBuild, FIXED_EPOCH, FIXTURES, readPage, removeTempDirs, type BuildResult } from '../support/build-site';
import { parseDocument, textOf } from '../support/html';

// The fixture is built at Thursday 26/11/2026, 12:00 in Vietnam.
const TODAY = new Date((Number(FIXED_EPOCH) + 7 * 3600) * 1000).toISOString().slice(0, 10);
const CONTENT = path.join(FIXTURES, 'valid');
let home: Document;
let build: BuildResult;
beforeAll(async () => {
  build = await validFixtureBuild();
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  home = parseDocument(readPage(build.outDir, '/'));
});
afterAll(removeTempDirs);

/** The content folder behind each kind of address the home page links to. */
const FOLDERS: Record<string, string> = { 'van-ban': 'documents', 'lay-y-kien': 'consultations', 'doi-thoai': 'dialogues' };

/** Whether the fixture file behind an item's address says `sample: true` in its frontmatter. */
function isSample(href: string): boolean {
  const [, kind, id] = /^\/([^/]+)\/([^/]+)\/$/.exec(href) ?? [];
  const folder = kind && FOLDERS[kind];
  if (!folder || !id) throw new Error(`no fixture folder for ${href}`);
  const source = fs.readFileSync(path.join(CONTENT, folder, `${id}.mdx`), 'utf8');
  const frontmatter = source.split(/^---$/m)[1] ?? '';
  return /^sample:\s*true\s*$/m.test(frontmatter);
}

const rowsOf = (section: string): Element[] => [...home.querySelectorAll(`[aria-labelledby="${section}"] li`)];
const hrefOf = (row: Element): string => row.querySelector('a')?.getAttribute('href') ?? '';

describe('the home page', () => {
  it('answers first when the next reception session is', () => {
    expect(textOf(home.querySelector('.next-session__when'))).toBe(
      'Thứ Năm, 26/11/2026, 14:00–16:30, Chủ tịch UBND xã, tại Phòng tiếp công dân, trụ sở UBND xã',
    );
  });

  it('lists what is open for opinions now, with days left, then what opens soon, and nothing closed', () => {
    const section = home.querySelector('[aria-labelledby="home-consultations"]');
    const titles = [...(section?.querySelectorAll('.home-list__title') ?? [])].map((p) => textOf(p));
    expect(titles).toEqual(['Dự thảo Kế hoạch mẫu đang lấy ý kiến', 'Chủ trương mẫu sắp lấy ý kiến']);
    expect(textOf(section)).toMatch(/Đang lấy ý kiến – còn \d+ ngày/);
  });

  it('shows the latest documents and says how to give an opinion', () => {
    const latest = home.querySelectorAll('[aria-labelledby="latest-heading"] .doc-row');
    expect(latest.length).toBe(4);
    expect(textOf(home.querySelector('[aria-labelledby="home-opinion"]'))).toContain('buổi tiếp công dân');
  });

  it('tags every row of sample content as "Nội dung mẫu", and no row of real content', () => {
    const sections = ['home-consultations', 'latest-heading', 'home-upcoming-dialogues', 'home-dialogues'];
    const rows = sections.flatMap((section) => rowsOf(section).map((row) => ({ section, row, href: hrefOf(row) })));
    const tagged = rows.map(({ section, row, href }) => ({
      section,
      href,
      sample: isSample(href),
      tag: [...row.querySelectorAll('.tag--sample')].map((tag) => textOf(tag)),
    }));
    for (const { href, sample, tag } of tagged) expect(tag, href).toEqual(sample ? ['Nội dung mẫu'] : []);
    // Every section is checked, and the fixture gives both kinds of row where the box can show them.
    expect(new Set(tagged.map((row) => row.section))).toEqual(new Set(sections));
    const kinds = (section: string) => new Set(tagged.filter((row) => row.section === section).map((row) => row.sample));
    expect(kinds('home-consultations')).toEqual(new Set([true, false]));
    expect(kinds('latest-heading')).toEqual(new Set([true, false]));
    expect(kinds('home-dialogues')).toEqual(new Set([true]));
    expect(kinds('home-upcoming-dialogues')).toEqual(new Set([true]));
  });

  it('lists as dialogue outcomes only dialogues already held, newest first', () => {
    const outcomes = rowsOf('home-dialogues');
    expect(outcomes.map((row) => textOf(row.querySelector('.home-list__title')))).toEqual([
      'Đối thoại chuyên đề về giải phóng mặt bằng đường liên thôn',
      'Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2023',
    ]);
    for (const row of outcomes) {
      const held = row.querySelector('time')?.getAttribute('datetime') ?? '';
      expect(held, hrefOf(row)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(held <= TODAY, `${hrefOf(row)} held ${held}, after ${TODAY}`).toBe(true);
      expect(row.querySelector('.stage--upcoming')).toBeNull();
    }
  });

  it('shows a dialogue still to come apart from the outcomes, marked as upcoming with its time and place', () => {
    const [coming, ...more] = rowsOf('home-upcoming-dialogues');
    expect(more).toEqual([]);
    expect(hrefOf(coming!)).toBe('/doi-thoai/2026-hoi-nghi-doi-thoai/');
    expect(textOf(home.querySelector('#home-upcoming-dialogues'))).toBe('Đối thoại sắp diễn ra');
    expect(textOf(coming)).toBe(
      'Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2026 Sắp diễn ra 08:00, Thứ Năm, 10/12/2026 · Hội trường UBND xã Thử Nghiệm Nội dung mẫu',
    );
    const stage = coming!.querySelector('.stage--upcoming');
    expect(stage?.getAttribute('data-dialogue-start')).toBe('2026-12-10T08:00');
    expect(coming!.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-10T08:00+07:00');
  });
});

describe('the English contact page', () => {
  it('states the weekly reception by the Chairman as a legal duty, not as a fact', () => {
    const english = parseDocument(readPage(build.outDir, '/en/'));
    expect(english.documentElement.getAttribute('lang')).toBe('en');
    const reception = textOf(english.querySelector('main dl'));
    expect(reception).toContain(
      'By law (Law on Citizen Reception 2013, Article 15), the Chairman must receive citizens in person at the headquarters at least one day every week.',
    );
    expect(reception).not.toContain('The Chairman receives citizens');
    expect(reception).toContain('any week in it without such a session, is published in the citizen reception schedule (in Vietnamese)');
  });
});
