import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from '../support/browser';
import { buildSite, composeContent, FIXTURES, PROJECT_ROOT, removeTempDirs, tempDir } from '../support/build-site';
import { nuErrors } from '../support/nu-checker';
import { serveStatic } from '../support/static-server';

// Three commune sites (tests/fixtures/province/*, each over the valid fixture) are built apart, as
// the province's build jobs would, and served on three ports; the province page is then built
// from what they publish, over HTTP, and searched in Chromium.
const COMMUNES = [
  { id: 'ia-bang', name: 'xã Ia Băng' },
  { id: 'glar', name: 'xã Glar' },
  { id: 'nam-yang', name: 'xã Nam Yang' },
];

type Server = Awaited<ReturnType<typeof serveStatic>>;
const servers: Server[] = [];
let province: Server;
let provinceDir: string;
let output: string;

beforeAll(async () => {
  for (const commune of COMMUNES) {
    const build = await buildSite(composeContent(commune.id, path.join(FIXTURES, 'province', commune.id)));
    if (build.code !== 0) throw new Error(`${commune.id} failed to build:\n${build.output}`);
    servers.push(await serveStatic(build.outDir));
  }
  const work = tempDir('province');
  const config = path.join(work, 'province.yaml');
  fs.writeFileSync(
    config,
    [
      'province: "Gia Lai"',
      'communes:',
      ...COMMUNES.map((c, i) => `  - { id: "${c.id}", name: "${c.name}", site: "${servers[i]?.origin ?? ''}/" }`),
      '',
    ].join('\n'),
  );
  provinceDir = path.join(work, 'out');
  // Not spawnSync: the commune sites are served from this process, which must stay free to answer.
  const run = await new Promise<{ code: number; text: string }>((resolve) => {
    execFile(
      path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
      ['src/cli/province.ts', config, provinceDir],
      { cwd: PROJECT_ROOT },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, text: stdout + stderr });
      },
    );
  });
  output = run.text;
  if (run.code !== 0) throw new Error(`the province page failed to build:\n${output}`);
  province = await serveStatic(provinceDir);
  servers.push(province);
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  removeTempDirs();
});

describe('a province page built from three commune sites', () => {
  it('indexes what the three sites publish, each item once', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(provinceDir, 'chi-muc/muc-luc.json'), 'utf8')) as { records: number };
    const one = JSON.parse(fs.readFileSync(path.join(provinceDir, 'chi-muc/xa/0.json'), 'utf8')) as number[];
    expect(manifest.records).toBe(3 * one.length);
    expect(output).toContain(`✓ ${String(manifest.records)} mục / items`);
  });

  it('finds a notice of each commune from a query typed without diacritics, and filters by commune', async () => {
    const browser = await launchBrowser();
    const requested: string[] = [];
    try {
      const tab = await browser.context.newPage();
      tab.on('request', (request) => requested.push(request.url()));
      await tab.setViewportSize({ width: 360, height: 740 });
      await tab.goto(`${province.origin}/`);
      await tab.fill('input[name="q"]', 'tam ngung cap nuoc');
      await tab.click('button[type="submit"]');
      await tab.waitForSelector('[data-province-results] li');
      const hrefs = await tab.locator('[data-province-results] li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect([...hrefs].sort()).toEqual(COMMUNES.map((c) => `https://${c.id}.example.org/van-ban/2026-thong-bao-lich-cat-nuoc/`).sort());
      await expect(tab.locator('[data-province-status]').textContent()).resolves.toBe('Có 3 kết quả.');
      await expect(tab.locator('[data-province-results] li').first().textContent()).resolves.toContain(
        'xã Nam Yang · Thông báo số 42/TB-UBND · 22/11/2026',
      );
      // The page itself is the only host the browser talks to: the results link to the communes.
      expect(requested.filter((url) => !url.startsWith(province.origin))).toEqual([]);
      expect(await axeViolations(tab)).toEqual([]);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      await tab.goto(`${province.origin}/?q=${encodeURIComponent('lịch tạm ngừng cấp nước')}&xa=glar`);
      await tab.waitForSelector('[data-province-results] li');
      await expect(
        tab.locator('[data-province-results] li a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ).resolves.toEqual(['https://glar.example.org/van-ban/2026-thong-bao-lich-cat-nuoc/']);
      await expect(tab.locator('[data-province-status]').textContent()).resolves.toBe('Có 1 kết quả ở xã Glar.');
      await expect(tab.locator('select[name="xa"]').inputValue()).resolves.toBe('glar');

      await tab.goto(`${province.origin}/?q=khongcotu`);
      await tab.waitForFunction(() => document.querySelector('[data-province-status]')?.textContent.startsWith('Không có'));
    } finally {
      await browser.close();
    }
  });

  it('shows ten results at a time and ten more on request, on the commonest word', async () => {
    const words = path.join(provinceDir, 'chi-muc/tu');
    const sizes = fs
      .readdirSync(words)
      .map(
        (file) => [file.replace(/\.json$/, ''), (JSON.parse(fs.readFileSync(path.join(words, file), 'utf8')) as number[]).length] as const,
      );
    const [commonest] = [...sizes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const browser = await launchBrowser();
    try {
      const tab = await browser.context.newPage();
      await tab.goto(`${province.origin}/?q=${commonest}`);
      await tab.waitForSelector('[data-province-results] li');
      const status = (await tab.locator('[data-province-status]').textContent()) ?? '';
      const total = Number(/Có (\d+) kết quả/.exec(status)?.[1]);
      expect(total).toBeGreaterThan(10);
      await expect(tab.locator('[data-province-results] li').count()).resolves.toBe(10);
      await tab.click('[data-province-more]');
      await expect(tab.locator('[data-province-results] li').count()).resolves.toBe(Math.min(20, total));
    } finally {
      await browser.close();
    }
  });

  it('is valid HTML that lists every commune’s site for a reader without JavaScript', async () => {
    expect(await nuErrors([path.join(provinceDir, 'index.html')])).toEqual([]);
    const html = fs.readFileSync(path.join(provinceDir, 'index.html'), 'utf8');
    for (const commune of COMMUNES) expect(html).toContain(`<a href="https://${commune.id}.example.org/">${commune.name}</a>`);
  });
});

describe('a province.yaml that cannot be built', () => {
  it('names the commune whose site cannot be read, in Vietnamese then English, and writes nothing', () => {
    const work = tempDir('province-broken');
    const config = path.join(work, 'province.yaml');
    fs.writeFileSync(config, 'province: "Gia Lai"\ncommunes:\n  - { id: "ia-bang", name: "xã Ia Băng", site: "chua-xay-dung" }\n');
    const out = path.join(work, 'out');
    const run = spawnSync(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['src/cli/province.ts', config, out], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('trường "communes[0].site"');
    expect(run.stderr).toContain('không đọc được dữ liệu mở của trang xã');
    expect(run.stderr).toContain("the commune site's open data could not be read");
    expect(fs.existsSync(out)).toBe(false);
  });
});
