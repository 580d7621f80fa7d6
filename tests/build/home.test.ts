import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURES, readPage, removeTempDirs, type BuildResult } from '../support/build-site';
import { parseDocument, textOf } from '../support/html';

// The fixture is built at Thursday 26/11/2026, 12:00 in Vietnam.
let home: Document;
let build: BuildResult;
beforeAll(async () => {
  build = await buildSite(path.join(FIXTURES, 'valid'));
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  home = parseDocument(readPage(build.outDir, '/'));
});
afterAll(removeTempDirs);

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
});
