/**
 * `npm run bench:province [-- --communes 3,30,135] [--skip-merge]`: what one province-wide search
 * downloads, and what building the province page costs, for provinces of 3, 30 and 135 communes
 * of 1,000 items each (synthetic open data: 940 documents, 30 consultations, 20 dialogues, titles
 * recombined from the real 2023 plan).
 *
 * Two ways are measured, searching "kế hoạch" (typed "ke hoach" where the index folds words):
 * - the province index (`npm run province`), built from the communes' published open data;
 * - merging the communes' own Pagefind indexes in the browser (Pagefind's mergeIndex), each
 *   holding only the 1,000 titles: a lower bound, since a commune's real index holds every
 *   document's full text (`--skip-merge` leaves it out).
 * Bytes are as a plain static server sends them, and gzipped. Results, with the date and the
 * machine: tests/.tmp/bench/province-results.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildProvince, INDEX_FOLDER } from '../../src/cli/province';
import { launchBrowser } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { corpusShares, KINDS, random, sentencesOf } from './corpus';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = path.join(ROOT, 'tests/.tmp/bench/province');
const ITEMS = 1000;
const QUERY_FOLDED = 'ke hoach';
const QUERY = 'kế hoạch';
/** What a province-wide search may download on 135 communes. */
const TARGET_KB = 1000;

const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const sizes = (argument('--communes') ?? '3,30,135').split(',').map(Number);
const skipMerge = process.argv.includes('--skip-merge');

interface Title {
  title: string;
  kind: string;
  date: string;
  number?: string;
  path: string;
}

/** One commune's 1,000 items, the same shape for every commune but different draws. */
function communeItems(seed: number, sentences: readonly string[]): Title[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const topic = (): string => pick(sentences).split(/[,;.]/)[0]?.slice(0, 90) ?? 'Nội dung';
  const day = (year: number): string =>
    `${String(year)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const shares = corpusShares(ITEMS);
  const items: Title[] = [];
  for (let i = 0; i < shares.documents; i++) {
    const [kind, code, name] = KINDS[i % KINDS.length] ?? KINDS[0];
    items.push({
      title: topic(),
      kind,
      date: day(2016 + (i % 10)),
      number: `${String(i + 1)}/${code}-UBND`,
      path: `van-ban/${name}-${String(i)}/`,
    });
  }
  for (let i = 0; i < shares.consultations; i++)
    items.push({
      title: `Lấy ý kiến Nhân dân: ${topic()}`,
      kind: 'consultation',
      date: day(2016 + (i % 10)),
      path: `lay-y-kien/${String(i)}/`,
    });
  for (let i = 0; i < shares.dialogues; i++)
    items.push({
      title: `Đối thoại với Nhân dân: ${topic()}`,
      kind: 'dialogue',
      date: day(2016 + (i % 10)),
      path: `doi-thoai/${String(i)}/`,
    });
  return items;
}

/** The open data a commune site publishes (du-lieu/*.json), as much of it as the province page reads. */
function writeOpenData(dir: string, origin: string, items: readonly Title[]): void {
  const data = path.join(dir, 'du-lieu');
  fs.mkdirSync(data, { recursive: true });
  const json = (name: string, records: unknown[]): void => {
    fs.writeFileSync(path.join(data, `${name}.json`), JSON.stringify({ records }));
  };
  json(
    'van-ban',
    items
      .filter((item) => item.number !== undefined)
      .map((item) => ({
        url: origin + item.path,
        status: 'issued',
        document: { kind: item.kind, title: item.title, number: item.number, issued: item.date, sample: true },
      })),
  );
  json(
    'lay-y-kien',
    items
      .filter((item) => item.kind === 'consultation')
      .map((item) => ({ url: origin + item.path, consultation: { title: item.title, opens: `${item.date}T07:00`, sample: true } })),
  );
  json(
    'kien-nghi',
    items
      .filter((item) => item.kind === 'dialogue')
      .map((item, i) => ({
        url: `${origin}${item.path}#DT-1`,
        dialogue: String(i),
        dialogueTitle: item.title,
        dialogueDate: item.date,
        sample: true,
      })),
  );
}

/** A commune's own Pagefind index of its titles, as merging in the browser would load it. */
async function writeTitleIndex(dir: string, items: readonly Title[], commune: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error('Pagefind did not start');
  await Promise.all(
    items.map((item) =>
      index.addCustomRecord({
        url: `/${item.path}`,
        content: item.title,
        language: 'vi',
        meta: { title: item.title },
        filters: { commune: [commune] },
      }),
    ),
  );
  await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  await index.deleteIndex();
}

interface Download {
  requests: number;
  bytes: number;
  gzipBytes: number;
  kiBByPart: Record<string, number>;
  results: number;
}

/** Loads `address` in Chromium and adds up every response until `ready` (a selector) matches. */
async function download(origin: string, address: string, ready: string, part: (pathname: string) => string): Promise<Download> {
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    const bodies: Promise<[string, number, number]>[] = [];
    page.on('response', (response) => {
      bodies.push(response.body().then((body) => [new URL(response.url()).pathname, body.length, gzipSync(body).length]));
    });
    await page.goto(origin + address);
    await page.waitForSelector(ready, { state: 'attached', timeout: 600_000 });
    await page.waitForLoadState('networkidle');
    const received = await Promise.all(bodies);
    const byPart = new Map<string, number>();
    for (const [pathname, length] of received) byPart.set(part(pathname), (byPart.get(part(pathname)) ?? 0) + length);
    // The province page says how many it found ("Có 42 kết quả."); the merge page writes Pagefind's count.
    const said = /\d+/.exec(
      (await page
        .locator('[data-province-status]')
        .textContent({ timeout: 1000 })
        .catch(() => '')) ?? '',
    )?.[0];
    const results = Number((await page.locator('body').getAttribute('data-results')) ?? said);
    return {
      requests: received.length,
      bytes: received.reduce((sum, [, length]) => sum + length, 0),
      gzipBytes: received.reduce((sum, [, , gzipped]) => sum + gzipped, 0),
      kiBByPart: Object.fromEntries([...byPart].map(([name, bytes]) => [name, Math.round(bytes / 1024)])),
      results,
    };
  } finally {
    await close();
  }
}

const provincePart = (pathname: string): string =>
  pathname.includes(`/${INDEX_FOLDER}/tu/`)
    ? 'wordLists'
    : pathname.includes(`/${INDEX_FOLDER}/muc/`)
      ? 'records'
      : pathname.includes(`/${INDEX_FOLDER}/`)
        ? 'vocabulary'
        : 'page';

const mergePart = (pathname: string): string =>
  pathname.endsWith('.pf_index')
    ? 'indexChunks'
    : pathname.endsWith('.pf_meta')
      ? 'metadata'
      : pathname.endsWith('.pf_fragment')
        ? 'fragments'
        : pathname.endsWith('.pf_filter')
          ? 'filters'
          : pathname.includes('wasm')
            ? 'wasm'
            : pathname.includes('pagefind')
              ? 'runtime'
              : 'page';

/** A page that searches every commune's own index at once, as Pagefind's mergeIndex does, and loads the first ten results. */
function writeMergePage(dir: string, communes: number): void {
  const others = Array.from({ length: communes - 1 }, (_, i) => `/c${String(i + 1)}/pagefind/`);
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="vi"><title>merge</title><script type="module">
const pagefind = await import('/c0/pagefind/pagefind.js');
await pagefind.options({});
for (const bundle of ${JSON.stringify(others)}) await pagefind.mergeIndex(bundle);
const search = await pagefind.search(${JSON.stringify(QUERY)});
await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
document.body.dataset.results = String(search.results.length);
document.body.dataset.done = '1';
</script><body></body></html>`,
  );
}

const sentences = sentencesOf(path.join(ROOT, 'content/documents/2023-ke-hoach-dan-van-chinh-quyen.mdx'));
const runs: Record<string, unknown>[] = [];
for (const communes of sizes) {
  const work = path.join(WORK, String(communes));
  fs.rmSync(work, { recursive: true, force: true });
  const sites = path.join(work, 'communes');
  const config = [`province: "Gia Lai"`, 'communes:'];
  for (let c = 0; c < communes; c++) {
    const dir = path.join(sites, `c${String(c)}`);
    writeOpenData(dir, `https://xa-${String(c + 1)}.example.org/`, communeItems(c + 1, sentences));
    config.push(`  - { id: "xa-${String(c + 1)}", name: "xã Số ${String(c + 1)}", site: "communes/c${String(c)}" }`);
  }
  fs.writeFileSync(path.join(work, 'province.yaml'), `${config.join('\n')}\n`);
  const out = path.join(work, 'out');
  const started = performance.now();
  const built = await buildProvince(path.join(work, 'province.yaml'), out);
  const buildSeconds = (performance.now() - started) / 1000;
  if (built.problems.length > 0) throw new Error(JSON.stringify(built.problems));
  const server = await serveStatic(out);
  const province = await download(server.origin, `/?q=${encodeURIComponent(QUERY_FOLDED)}`, '[data-province-results] li', provincePart);
  await server.close();
  const indexFiles = (fs.readdirSync(path.join(out, INDEX_FOLDER), { recursive: true }) as string[]).length;
  const run: Record<string, unknown> = {
    communes,
    items: built.records,
    provinceBuildSeconds: Math.round(buildSeconds * 10) / 10,
    provinceIndexFiles: indexFiles,
    provinceSearch: { ...province, kiB: Math.round(province.bytes / 1024), gzipKiB: Math.round(province.gzipBytes / 1024) },
  };
  if (!skipMerge) {
    const merged = path.join(work, 'merged');
    for (let c = 0; c < communes; c++)
      await writeTitleIndex(path.join(merged, `c${String(c)}`), communeItems(c + 1, sentences), `xã Số ${String(c + 1)}`);
    writeMergePage(merged, communes);
    // The browser asks for an icon; a plain static server answers a miss with its 404 page.
    fs.writeFileSync(path.join(merged, '404.html'), '');
    const mergeServer = await serveStatic(merged);
    const merge = await download(mergeServer.origin, '/', 'body[data-done]', mergePart);
    await mergeServer.close();
    run.browserMerge = { ...merge, kiB: Math.round(merge.bytes / 1024), gzipKiB: Math.round(merge.gzipBytes / 1024) };
  }
  console.log(JSON.stringify(run));
  runs.push(run);
}
await pagefind.close();

const at135 = runs.find((run) => run.communes === 135)?.provinceSearch as Download | undefined;
const results = {
  date: new Date().toISOString(),
  machine: `${String(os.cpus().length)} × ${os.cpus()[0]?.model ?? '?'}, ${String(Math.round(os.totalmem() / 2 ** 30))} GiB, Node ${process.version}`,
  query: { provinceIndex: QUERY_FOLDED, browserMerge: QUERY },
  runs,
  target: { searchKBAt135: TARGET_KB },
  met: at135 ? { searchKBAt135: at135.bytes / 1000 <= TARGET_KB } : {},
};
fs.mkdirSync(path.dirname(WORK), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'tests/.tmp/bench/province-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results.met));
console.log('Đã lưu / saved: tests/.tmp/bench/province-results.json');
