/**
 * The content check: the one place where content is read. It reads every file of content/ once,
 * validates it against its kind's schema and against the rest of the content, scans it for
 * personal data, reads the git history of content/, and renders the prose of Markdown and MDX
 * files in worker threads meanwhile. What it returns is all that the build, `npm run check` and
 * `npm run new` know of the content: entries as their schemas give them, the HTML files of their
 * prose, and every problem as data.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ProseHeading, ProseLabels } from '../lib/prose';
import type { SiteConfig } from '../schemas/site';
import { checkContent as checkSources, listFiles, type ContentCheck, type ReadEntry } from './check-content';
import { historiesOf, readGitLog } from './git-history';
import { checkRemovedItems, checkRemovedTranslations, translationKey, type KeptKind } from './removed-items';
import { PROSE_FILE } from './paths';
import { staleTranslations } from './translation-checks';
import { historyOf, type Histories } from '../lib/history';
import { latestChangeOf } from '../lib/translations';
import { TRANSLATED_SECTIONS } from '../vocabulary/translations';
import type { ContentProblem } from '../vocabulary/problems';
import { mdxSyntaxProblem } from './mdx-syntax';
import { renderProse, type ProseJob, type WrittenProse } from './prose-pool';
import { proseOf, readSourceText } from './source-text';

export type { ContentProblem } from '../vocabulary/problems';
export { checkSiteFile, checkYamlFile } from './check-content';
/** The entries of content/ as their schemas give them, and the problems, without rendering the prose: for `npm run new`. */
export { checkContent as checkEntries } from './check-content';
export { contentDir, siteRouteNames } from './paths';

/**
 * The path GitHub Pages serves the site under (actions/configure-pages' `base_path`, handed to the
 * build by the deploy workflow): a project site's `/<repository>` would send every link of the
 * site, which starts from the root, out of it. Empty for a custom domain or a user's site.
 */
export function checkPagesBasePath(basePath: string | undefined): ContentProblem[] {
  if (basePath === undefined || basePath === '' || basePath === '/') return [];
  return [{ file: 'GitHub Pages', field: 'base_path', found: basePath, code: 'deploy.basePath', params: { path: basePath } }];
}

/** The folders of prose content, with how each is rendered. */
const PROSE_FOLDERS = {
  documents: {},
  pages: {},
  // Shown under a heading of the page's own, so the draft's `##` is an <h3>.
  consultations: { headingShift: 1 },
  dialogues: {},
  translations: {},
} as const satisfies Record<string, { headingShift?: number }>;

type ProseFolder = keyof typeof PROSE_FOLDERS;
const PROSE_FOLDER_NAMES = Object.keys(PROSE_FOLDERS) as ProseFolder[];

export interface CheckOptions {
  /** The content folder. */
  dir: string;
  /** The build's instant: what is dated after it is refused, what is due before it is late. */
  now: Date;
  /** Where the HTML of each file's prose is kept between runs, one folder per kind. */
  proseDir: string;
  /** Words the prose renderer puts into the HTML (footnote labels). */
  proseLabels: ProseLabels;
}

/** A content item as the site publishes it. */
export interface ContentEntry<T> {
  /** The file name without its ending: the item's address. */
  id: string;
  /** The file's path relative to the working directory, as problems name it. */
  file: string;
  data: T;
  /** Fingerprint of the file's text: unchanged text, unchanged entry. */
  digest: string;
  /** Rendered prose of a Markdown or MDX file: the HTML's file and the headings in it. */
  prose?: { htmlFile: string; headings: ProseHeading[] };
  /** The prose as written, for a document whose text a consultation compares with another's. */
  source?: string;
}

/** A file of content/files/ that the content names: what a reader should know before downloading it. */
export interface AttachedFile {
  name: string;
  /** Absolute path, for the build to copy it into the site. */
  path: string;
  bytes: number;
  sha256: string;
}

/** Everything the content says, once every check has passed. */
export interface CheckedContent {
  site: SiteConfig;
  documents: ContentEntry<ContentCheck['documents'][number]['data']>[];
  receptions: ContentEntry<ContentCheck['receptions'][number]['data']>[];
  pages: ContentEntry<ContentCheck['pages'][number]['data']>[];
  consultations: ContentEntry<ContentCheck['consultations'][number]['data']>[];
  dialogues: ContentEntry<ContentCheck['dialogues'][number]['data']>[];
  translations: ContentEntry<ContentCheck['translations'][number]['data']>[];
  /** Each language's interface words; the entry's id is the language's code. */
  languageWords: ContentEntry<ContentCheck['languageWords'][number]['data']>[];
  /** The git history of every content file. */
  histories: Histories;
  /** Every file of content/files/ that the content names. */
  files: AttachedFile[];
  /** Shown at every build, but publishing goes ahead. */
  warnings: ContentProblem[];
}

/** The outcome of a check: the content, or every problem that stops it being published. */
export type CheckOutcome = { ok: true; content: CheckedContent } | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[] };

export interface ContentCheckRun {
  /** What the checks on the main thread found; the prose is still being rendered. */
  early: { site: SiteConfig | undefined; problems: readonly ContentProblem[]; warnings: readonly ContentProblem[] };
  /** The whole outcome, once the prose has been rendered. */
  outcome: Promise<CheckOutcome>;
  /** Stops the render: for a run whose early problems already stop the build. */
  cancel(): void;
}

interface ProseFile {
  folder: ProseFolder;
  id: string;
  /** Absolute path. */
  path: string;
}

/** The Markdown and MDX files of every prose folder, in file-name order. */
function proseFiles(dir: string): ProseFile[] {
  return PROSE_FOLDER_NAMES.flatMap((folder) =>
    listFiles(path.join(dir, folder), PROSE_FILE).map((file) => ({ folder, id: path.basename(file).replace(PROSE_FILE, ''), path: file })),
  );
}

const shownPath = (file: string): string => path.relative(process.cwd(), file).split(path.sep).join('/');

/** The problems of the files whose prose did not render, with what to write instead where the fault is known. */
function proseProblems(files: readonly { path: string }[], results: readonly WrittenProse[]): ContentProblem[] {
  return results.flatMap((result, i) => {
    const source = files[i];
    if (result.ok || !source) return [];
    const lines = readSourceText(source.path).split(/\r?\n/);
    return result.faults.map((fault): ContentProblem => {
      const file = shownPath(source.path);
      if (fault.code !== 'mdx.syntax') {
        const { line, ...described } = fault;
        return { file, field: '(nội dung)', ...described, ...(line !== undefined ? { line } : {}) };
      }
      // A tag left open at the end of a block comes without a line; its message still names it: "(3:1-3:5)".
      const named = /\((\d+):\d+-\d+:\d+\)/.exec(fault.found)?.[1];
      const line = fault.line ?? (named === undefined ? undefined : Number(named));
      const hint = mdxSyntaxProblem(fault.found, line === undefined ? '' : (lines[line - 1] ?? ''));
      return { file, field: '(nội dung)', ...(hint ?? fault), ...(line !== undefined ? { line } : {}) };
    });
  });
}

/** Removes the HTML kept for files that are no longer there, so the cache holds only what the content is. */
function pruneProse(proseDir: string, files: readonly ProseFile[]): void {
  for (const folder of PROSE_FOLDER_NAMES) {
    const dir = path.join(proseDir, folder);
    if (!fs.existsSync(dir)) continue;
    const present = new Set(files.filter((file) => file.folder === folder).map((file) => file.id));
    for (const name of fs.readdirSync(dir)) {
      if (!present.has(name.replace(/\.(?:html|json)$/, ''))) fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

/** For each kind whose addresses people keep, the names its items answer to: their files' and their aliases. */
function keptNames(dir: string, checked: ContentCheck): Record<KeptKind, Set<string>> {
  const names = (kind: KeptKind, aliases: readonly string[]): Set<string> =>
    new Set([...listFiles(path.join(dir, kind), PROSE_FILE).map((file) => path.basename(file).replace(PROSE_FILE, '')), ...aliases]);
  const aliasesOf = (entries: readonly { data: { aliases: readonly string[] } }[]): string[] =>
    entries.flatMap((entry) => entry.data.aliases);
  return {
    documents: names('documents', aliasesOf(checked.documents)),
    consultations: names('consultations', aliasesOf(checked.consultations)),
    dialogues: names('dialogues', aliasesOf(checked.dialogues)),
  };
}

/** The latest day each translatable item is known to have changed, by its address (`/van-ban/x/`). */
function latestChanges(checked: ContentCheck, histories: Histories): (address: string) => string | undefined {
  const kinds = { documents: checked.documents, consultations: checked.consultations, dialogues: checked.dialogues };
  const latest = new Map(
    Object.entries(TRANSLATED_SECTIONS).flatMap(([section, kind]) =>
      kinds[kind].map((entry): [string, string | undefined] => [
        `/${section}/${entry.slug}/`,
        latestChangeOf(historyOf(histories, entry.file), entry.data.changes),
      ]),
    ),
  );
  return (address) => latest.get(address);
}

/** The files of content/files/ that documents, consultations and dialogues name, in name order. */
function attachedFiles(dir: string, checked: ContentCheck): AttachedFile[] {
  const names = new Set([
    ...checked.documents.flatMap((doc) => doc.data.attachments.map((a) => a.file)),
    ...checked.consultations.flatMap((c) => c.data.documents.flatMap((d) => ('file' in d ? [d.file] : []))),
    ...checked.dialogues.flatMap((d) => (d.data.minutes ? [d.data.minutes.file] : [])),
  ]);
  return [...names].sort().map((name) => ({ name, ...describeFile(path.join(dir, 'files', name)) }));
}

/** Where a file is, its size and its SHA-256, which a reader can check a download against. */
export function describeFile(file: string): Omit<AttachedFile, 'name'> {
  const bytes = fs.readFileSync(file);
  return { path: file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The documents whose texts a consultation's page compares: its draft and the document adopted after it. */
function comparedDocuments(checked: ContentCheck): Set<string> {
  return new Set(
    checked.consultations.flatMap(({ data }) =>
      data.draft !== undefined && data.outcome?.adopted !== undefined ? [data.draft, data.outcome.adopted] : [],
    ),
  );
}

/**
 * Renders the prose of some files into `proseDir` and says what is wrong in those that do not
 * render, as the content check says it: for tests, and for a look at a few files.
 */
export async function checkProse(
  files: readonly string[],
  proseDir: string,
  proseLabels: ProseLabels,
): Promise<{ results: WrittenProse[]; problems: ContentProblem[] }> {
  const jobs = files.map((file) => ({ file, htmlFile: path.join(proseDir, `${path.basename(file).replace(PROSE_FILE, '')}.html`) }));
  const results = await renderProse(jobs, proseLabels).results;
  return {
    results,
    problems: proseProblems(
      files.map((file) => ({ path: file })),
      results,
    ),
  };
}

/**
 * Starts the content check: the prose render in worker threads, then the checks on this thread,
 * which run while the workers render. `early` is known when this returns; `outcome` once the
 * render has ended, with every problem, the prose's among them. Nothing here reads the clock:
 * `now` comes from the build's edge.
 */
export function startContentCheck(options: CheckOptions): ContentCheckRun {
  const files = proseFiles(options.dir);
  const jobs: ProseJob[] = files.map((file) => ({
    file: file.path,
    htmlFile: path.join(options.proseDir, file.folder, `${file.id}.html`),
    ...PROSE_FOLDERS[file.folder],
  }));
  const render = renderProse(jobs, options.proseLabels);
  let checked: ContentCheck;
  let log: ReturnType<typeof readGitLog>;
  try {
    checked = checkSources(options.dir, options.now);
    log = readGitLog(options.dir);
    const removed = checkRemovedItems(options.dir, log, keptNames(options.dir, checked));
    checked.problems.push(...removed.problems);
    checked.warnings.push(...removed.warnings);
    checked.problems.push(
      ...checkRemovedTranslations(
        options.dir,
        log,
        new Set(checked.translations.map(({ data }) => translationKey(data.language, data.translates))),
      ),
    );
    checked.warnings.push(...staleTranslations(checked.translations, latestChanges(checked, historiesOf(log))));
  } catch (error) {
    // The workers are stopped, and the render's end is not awaited by anyone.
    render.cancel();
    render.results.catch(() => undefined);
    throw error;
  }
  const outcome = render.results.then((rendered): CheckOutcome => {
    pruneProse(options.proseDir, files);
    const problems = [...checked.problems, ...proseProblems(files, rendered)];
    const { site, warnings } = checked;
    if (problems.length > 0 || !site) return { ok: false, problems, warnings };
    const renderedByFile = new Map(files.map((file, i) => [shownPath(file.path), { job: jobs[i], result: rendered[i] }]));
    const compared = comparedDocuments(checked);
    const entries = <T>(checkedEntries: readonly ReadEntry<T>[], withSource: ReadonlySet<string> = new Set()): ContentEntry<T>[] =>
      checkedEntries.map((entry) => {
        const { job, result } = renderedByFile.get(entry.file) ?? {};
        const prose = job && result?.ok ? { prose: { htmlFile: job.htmlFile, headings: result.headings } } : {};
        const source = withSource.has(entry.slug) ? { source: proseOf(readSourceText(entry.file)).trimStart() } : {};
        return { id: entry.slug, file: entry.file, data: entry.data, digest: entry.digest, ...prose, ...source };
      });
    return {
      ok: true,
      content: {
        site,
        documents: entries(checked.documents, compared),
        receptions: entries(checked.receptions),
        pages: entries(checked.pages),
        consultations: entries(checked.consultations),
        dialogues: entries(checked.dialogues),
        translations: entries(checked.translations),
        languageWords: entries(checked.languageWords),
        histories: historiesOf(log),
        files: attachedFiles(options.dir, checked),
        warnings,
      },
    };
  });
  return {
    early: checked,
    outcome,
    cancel: () => {
      render.cancel();
    },
  };
}
