/**
 * `npm run province -- <province.yaml> <output folder>`: the province-wide search page. Reads each
 * commune site's published open data (from its built folder or its address), indexes every
 * document, consultation and dialogue of every commune (src/lib/province-index.ts), and writes a
 * static page that searches them all and filters by commune. The commune sites are built apart,
 * one job each; this is the step after them (README, "A province of sites").
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'esbuild';
import type { z } from 'astro/zod';
import { checkYamlFile } from '../check';
import { formatReport } from '../messages/problems';
import { t } from '../messages';
import { kindName, DOCUMENT_KIND_IDS, type DocumentKindId } from '../vocabulary/document-kinds';
import type { ContentProblem } from '../vocabulary/problems';
import {
  provinceConfigSchema,
  publishedConsultationsSchema,
  publishedDocumentsSchema,
  publishedIssuesSchema,
  type ProvinceConfig,
} from '../schemas/province';
import { buildProvinceIndex, type ProvinceIndex, type ProvinceRecord } from '../lib/province-index';
import { provincePage, type CommuneSite } from './province-page';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The index's folder inside the output; the page's script reads it from there. */
export const INDEX_FOLDER = 'chi-muc';

/** One open data file of a commune site, from its folder or its address. */
async function readPublished<T extends z.ZodType>(site: string, dataset: string, schema: T): Promise<z.output<T>> {
  const where = /^https?:\/\//u.test(site)
    ? new URL(`du-lieu/${dataset}.json`, site.endsWith('/') ? site : `${site}/`)
    : path.join(site, 'du-lieu', `${dataset}.json`);
  let text: string;
  if (where instanceof URL) {
    const response = await fetch(where);
    if (!response.ok) throw new Error(`HTTP ${String(response.status)} ${where.href}`);
    text = await response.text();
  } else {
    if (!fs.existsSync(where)) throw new Error(`${where}: not found`);
    text = fs.readFileSync(where, 'utf8');
  }
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`du-lieu/${dataset}.json: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim());
  }
  return result.data;
}

const isDocumentKind = (kind: string): kind is DocumentKindId => (DOCUMENT_KIND_IDS as readonly string[]).includes(kind);

/** A commune's published items as the province lists them: all but those it has withdrawn. */
async function communeRecords(site: string, position: number): Promise<ProvinceRecord[]> {
  const [documents, consultations, issues] = await Promise.all([
    readPublished(site, 'van-ban', publishedDocumentsSchema),
    readPublished(site, 'lay-y-kien', publishedConsultationsSchema),
    readPublished(site, 'kien-nghi', publishedIssuesSchema),
  ]);
  const records: ProvinceRecord[] = documents.records
    .filter((r) => r.status !== 'withdrawn')
    .map((r) => ({
      title: r.document.title,
      kind: isDocumentKind(r.document.kind) ? kindName(r.document.kind) : r.document.kind,
      date: r.document.issued,
      number: r.document.number,
      url: r.url,
      commune: position,
      sample: r.document.sample,
    }));
  for (const r of consultations.records) {
    if (r.consultation.withdrawn !== undefined) continue;
    const date = r.consultation.opens.slice(0, 10);
    records.push({
      title: r.consultation.title,
      kind: t('province.kind.consultation'),
      date,
      url: r.url,
      commune: position,
      sample: r.consultation.sample,
    });
  }
  // Dialogues are published with their issues: one record per dialogue, at its page.
  const dialogues = new Map<string, ProvinceRecord>();
  for (const r of issues.records) {
    if (r.dialogueWithdrawn !== undefined || dialogues.has(r.dialogue)) continue;
    const url = new URL(r.url);
    url.hash = '';
    dialogues.set(r.dialogue, {
      title: r.dialogueTitle,
      kind: t('province.kind.dialogue'),
      date: r.dialogueDate,
      url: url.href,
      commune: position,
      sample: r.sample,
    });
  }
  return [...records, ...dialogues.values()];
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value));
}

/** Writes the index files: the manifest, one file per word, per commune and per 200 records. */
export function writeIndex(index: ProvinceIndex, folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
  writeJson(path.join(folder, 'muc-luc.json'), index.manifest);
  for (const [word, numbers] of index.words) writeJson(path.join(folder, 'tu', `${word}.json`), numbers);
  for (const [position, numbers] of index.communes.entries()) writeJson(path.join(folder, 'xa', `${String(position)}.json`), numbers);
  for (const [n, records] of index.recordFiles.entries()) writeJson(path.join(folder, 'muc', `${String(n)}.json`), records);
}

/** The page's script, bundled into one small file with the index's pure functions it shares. */
async function writeScript(out: string): Promise<string> {
  const result = await bundle({
    entryPoints: [path.join(ROOT, 'src/scripts/province-search.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  fs.writeFileSync(path.join(out, 'tim-kiem.js'), code);
  return 'tim-kiem.js';
}

/** Builds the province page into `out` from the communes in `configFile`; returns the problems that stopped it. */
export async function buildProvince(configFile: string, out: string): Promise<{ problems: ContentProblem[]; records: number }> {
  const read = checkYamlFile(configFile, provinceConfigSchema);
  if ('problems' in read) return { problems: read.problems, records: 0 };
  const config: ProvinceConfig = read.data;
  const base = path.dirname(path.resolve(configFile));
  const problems: ContentProblem[] = [];
  const communes: CommuneSite[] = [];
  const records: ProvinceRecord[] = [];
  await Promise.all(
    config.communes.map(async (commune, position) => {
      const site = /^https?:\/\//u.test(commune.site) ? commune.site : path.resolve(base, commune.site);
      try {
        const own = await communeRecords(site, position);
        records.push(...own);
        communes[position] = {
          id: commune.id,
          name: commune.name,
          home: own[0] ? new URL('/', own[0].url).href : undefined,
          count: own.length,
        };
      } catch (error) {
        // fetch says only "fetch failed"; what failed (a refused connection, a name not found) is its cause.
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
        const reason = error instanceof Error ? `${error.message}${cause}` : String(error);
        problems.push({
          file: configFile,
          field: `communes[${String(position)}].site`,
          found: commune.site,
          code: 'province.communeOutput',
          params: { source: site, reason },
        });
      }
    }),
  );
  if (problems.length > 0) return { problems, records: 0 };
  fs.mkdirSync(out, { recursive: true });
  writeIndex(buildProvinceIndex(records, communes.length), path.join(out, INDEX_FOLDER));
  const script = await writeScript(out);
  // The commune sites' own mark, so that the browser's request for an icon finds one.
  fs.copyFileSync(path.join(ROOT, 'public/favicon.svg'), path.join(out, 'favicon.svg'));
  fs.writeFileSync(path.join(out, 'index.html'), provincePage({ province: config.province, communes, script, indexFolder: INDEX_FOLDER }));
  return { problems: [], records: records.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [configFile, out] = process.argv.slice(2);
  if (configFile === undefined || out === undefined) {
    console.error('Cách dùng / usage: npm run province -- <province.yaml> <thư mục đầu ra / output folder>');
    process.exit(2);
  }
  const { problems, records } = await buildProvince(configFile, out);
  if (problems.length > 0) {
    console.error(formatReport(problems));
    process.exit(1);
  }
  console.log(`✓ ${String(records)} mục / items → ${path.join(out, 'index.html')}`);
}
