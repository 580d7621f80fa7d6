import fs from 'node:fs';
import type { z } from 'astro/zod';
import path from 'node:path';
import { checkFollowUp } from './follow-up-checks';
import { documentSchema, type DocumentData } from '../schemas/document';
import { consultationSchema, type ConsultationData } from '../schemas/consultation';
import { checkConsultations } from './consultation-checks';
import { pageSchema, type PageData } from '../schemas/page';
import { receptionScheduleSchema, type ReceptionSchedule } from '../schemas/reception';
import { checkHolidaySessions, checkReceptionSchedules, checkWeeklyDuty } from './reception-checks';
import type { SiteConfig } from '../schemas/site';
import { dialogueSchema, type DialogueData } from '../schemas/dialogue';
import { checkDialogues, dialogueWarnings } from './dialogue-checks';
import { checkUnits } from './unit-checks';
import { checkBroadcastDays } from './broadcast-checks';
import { checkPrivacy } from './privacy';
import { checkLanguageWords, checkTranslations } from './translation-checks';
import { languageWordsSchema, translationSchema, type LanguageWords, type TranslationData } from '../schemas/translation';
import { TRANSLATED_SECTIONS } from '../vocabulary/translations';
import { vietnamDate } from '../dates/calendar';
import {
  checkAliases,
  checkAttachments,
  checkDuplicateNumbers,
  checkIssueDates,
  checkWithdrawalDates,
  checkChangeNoteDates,
  checkInternalReferences,
  checkNumberCodes,
  checkSiteVocabulary,
  type CheckedEntry,
} from './cross-checks';
import { parseFrontmatter, parseYamlSource } from './frontmatter';
import type { ContentProblem } from '../vocabulary/problems';
import { checkedSiteSchema } from './site-checks';
import { issuesToProblems } from './zod-problems';
import { PROSE_FILE, sectionRouteNames, siteRouteNames } from './paths';
import { INDEX_FOLDER } from '../lib/search-bundles';
import { digestOf, readSourceFile, readSourceText, type UndecodableLine } from './source-text';
import { findLegacyEncoding } from './legacy-encoding';
import { SCAFFOLD_PLACEHOLDERS } from '../lib/scaffold';
import { checkSiteLinks, siteLinks, type LinkTargets } from './link-checks';

/** An entry as read from its file, with the fingerprint of the text it was read from. */
export type ReadEntry<T> = CheckedEntry<T> & { digest: string };

export interface ContentCheck {
  site: SiteConfig | undefined;
  documents: ReadEntry<DocumentData>[];
  receptions: ReadEntry<ReceptionSchedule>[];
  pages: ReadEntry<PageData>[];
  consultations: ReadEntry<ConsultationData>[];
  dialogues: ReadEntry<DialogueData>[];
  translations: ReadEntry<TranslationData>[];
  /** Each language's interface words, by the language's code (the file's name). */
  languageWords: ReadEntry<LanguageWords>[];
  /** Errors: the build stops and publishes nothing. */
  problems: ContentProblem[];
  /** Shown at every build, but publishing goes ahead (a week without the chairman's session, say). */
  warnings: ContentProblem[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a content file's text. */
export type ReadText = (file: string) => string;

const readText: ReadText = readSourceText;

/**
 * Reads each file once for two readers: the schema check, then the privacy scan. A text is kept
 * from its first reading to its second only.
 */
function readingEachOnce(readFile: ReadText): ReadText {
  const unread = new Map<string, string>();
  return (file) => {
    const kept = unread.get(file);
    if (kept !== undefined) {
      unread.delete(file);
      return kept;
    }
    const text = readFile(file);
    unread.set(file, text);
    return text;
  };
}

function displayPath(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

/**
 * Reads a YAML file outside content/ (a province's list of commune sites) against its schema,
 * with the same bilingual problems as content files.
 */
export function checkYamlFile<T extends z.ZodType>(file: string, schema: T): { data: z.output<T> } | { problems: ContentProblem[] } {
  const shown = displayPath(file);
  if (!fs.existsSync(file))
    return { problems: [{ file: shown, field: '(tệp)', found: undefined, code: 'file.missing', params: { name: shown } }] };
  const parsed = parseYamlSource(shown, readText(file));
  if (!parsed.ok) return { problems: [parsed.problem] };
  const result = schema.safeParse(parsed.source.data);
  if (!result.success) return { problems: issuesToProblems(shown, result.error.issues, parsed.source) };
  return { data: result.data };
}

/** Reads and validates content/site.yaml. */
export function checkSiteFile(dir: string, read: ReadText = readText): { site: SiteConfig | undefined; problems: ContentProblem[] } {
  const file = path.join(dir, 'site.yaml');
  const shown = displayPath(file);
  if (!fs.existsSync(file)) {
    return {
      site: undefined,
      problems: [{ file: shown, field: '(tệp)', found: undefined, code: 'site.missing', params: {} }],
    };
  }
  const parsed = parseYamlSource(shown, read(file));
  if (!parsed.ok) return { site: undefined, problems: [parsed.problem] };
  const result = checkedSiteSchema.safeParse(parsed.source.data);
  if (!result.success) return { site: undefined, problems: issuesToProblems(shown, result.error.issues, parsed.source) };
  return { site: result.data, problems: [] };
}

/**
 * Reads one content file (Markdown/MDX frontmatter, or a whole YAML file) and
 * validates it against its kind's schema. The file name is the item's address.
 */
export function checkEntryFile<T>(
  file: string,
  schema: z.ZodType<T>,
  read: ReadText = readText,
): { entry?: ReadEntry<T>; problems: ContentProblem[] } {
  const shown = displayPath(file);
  const extension = path.extname(file);
  const slug = path.basename(file, extension);
  if (!SLUG.test(slug)) {
    return {
      problems: [{ file: shown, field: '(tên tệp)', found: path.basename(file), code: 'file.name', params: { extension } }],
    };
  }
  const text = read(file);
  const parsed = extension === '.yaml' || extension === '.yml' ? parseYamlSource(shown, text) : parseFrontmatter(shown, text);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const result = schema.safeParse(parsed.source.data);
  if (!result.success) return { problems: issuesToProblems(shown, result.error.issues, parsed.source) };
  const links = PROSE_FILE.test(file) ? { links: siteLinks(text) } : {};
  return { entry: { slug, file: shown, data: result.data, digest: digestOf(text), lineOf: parsed.source.lineOf, ...links }, problems: [] };
}

/** Checks every file of one kind in `content/<folder>/`, in file-name order. */
export function checkEntryFiles<T>(
  dir: string,
  folder: string,
  schema: z.ZodType<T>,
  pattern: RegExp,
  read: ReadText = readText,
): { entries: ReadEntry<T>[]; problems: ContentProblem[] } {
  const entries: ReadEntry<T>[] = [];
  const problems: ContentProblem[] = [];
  for (const file of listFiles(path.join(dir, folder), pattern)) {
    const checked = checkEntryFile(file, schema, read);
    problems.push(...checked.problems);
    if (checked.entry) entries.push(checked.entry);
  }
  return { entries, problems };
}

/** A folder named as an attachment passed a check of existence, then stopped the build with EISDIR. */
function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Static hosts refuse larger files (Cloudflare Pages: 25 MiB each), so the deploy would fail
 * after the build had passed.
 */
const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Above this, a download is slow and costly on a phone on a rural network: worth a smaller scan. */
const HEAVY_FILE_BYTES = 10 * 1024 * 1024;

/** Attachments too large to publish, and those heavy enough to warn of. */
function checkFileSizes(filesDir: string): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
  for (const name of fs.existsSync(filesDir) ? fs.readdirSync(filesDir).sort() : []) {
    const file = path.join(filesDir, name);
    if (!isFile(file)) continue;
    const bytes = fs.statSync(file).size;
    if (bytes <= HEAVY_FILE_BYTES) continue;
    const tooLarge = bytes > MAX_FILE_BYTES;
    const where = { file: displayPath(file), field: '(tệp)', found: `${mib(bytes)} MiB` };
    if (tooLarge) problems.push({ ...where, code: 'file.tooLarge', params: { limitMiB: MAX_FILE_BYTES / 1024 / 1024 } });
    else warnings.push({ ...where, code: 'file.heavy', params: { limitMiB: HEAVY_FILE_BYTES / 1024 / 1024 } });
  }
  return { problems, warnings };
}

const YAML_FILE = /\.ya?ml$/;
/** The content folders and the files each holds. */
const CONTENT_FILES = {
  documents: PROSE_FILE,
  receptions: YAML_FILE,
  pages: PROSE_FILE,
  consultations: PROSE_FILE,
  dialogues: PROSE_FILE,
  translations: PROSE_FILE,
  languages: YAML_FILE,
} as const;
/** Files the office scans or types beside the text, which belong in content/files/. */
const ATTACHMENT = /\.(?:pdf|docx?|xlsx?|odt|ods|jpe?g|png|gif|webp|tiff?|zip)$/i;

/** The name among `names` a mistyped one was most likely meant as (`document` → `documents`), if one is near. */
function nearest(name: string, names: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j] ?? 0;
        row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length] ?? 0;
  };
  const [best] = [...names].sort((a, b) => distance(name.toLowerCase(), a) - distance(name.toLowerCase(), b));
  return best !== undefined && distance(name.toLowerCase(), best) <= 3 ? best : undefined;
}

/**
 * Everything under content/ that nothing reads, and so nothing publishes: a file at its root other
 * than site.yaml, a folder it does not know (`content/document/`), a folder inside a kind's folder
 * (`documents/2026/`), a file of another kind among the texts (a PDF among the documents). Each is
 * an error: a clerk who put it there meant it to be published. Hidden files (`.gitkeep`) are left alone.
 */
function unreadContentFiles(dir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (file: string, found: string): Pick<ContentProblem, 'file' | 'field' | 'found'> => ({
    file: displayPath(file),
    field: '(tệp)',
    found,
  });
  const folders = [...Object.keys(CONTENT_FILES), 'files'];
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('.') || (entry.isFile() && entry.name === 'site.yaml')) continue;
    if (!entry.isDirectory()) {
      problems.push({ ...at(full, entry.name), code: 'file.atRoot', params: { name: entry.name } });
      continue;
    }
    if (!folders.includes(entry.name)) {
      const suggestion = nearest(entry.name, folders);
      problems.push({
        ...at(full, `${entry.name}/`),
        code: 'file.unknownFolder',
        params: { folder: entry.name, folders, ...(suggestion === undefined ? {} : { suggestion }) },
      });
      continue;
    }
    const pattern = CONTENT_FILES[entry.name as keyof typeof CONTENT_FILES] as RegExp | undefined;
    const endings = pattern === YAML_FILE ? '.yaml, .yml' : '.mdx, .md';
    for (const inner of fs.readdirSync(full, { withFileTypes: true })) {
      const file = path.join(full, inner.name);
      if (inner.name.startsWith('.')) continue;
      if (inner.isDirectory()) {
        problems.push({ ...at(file, `${inner.name}/`), code: 'file.subfolder', params: { folder: entry.name, subfolder: inner.name } });
      } else if (pattern !== undefined && ATTACHMENT.test(inner.name)) {
        problems.push({ ...at(file, inner.name), code: 'file.misplacedAttachment', params: { folder: entry.name } });
      } else if (pattern !== undefined && !pattern.test(inner.name)) {
        problems.push({ ...at(file, inner.name), code: 'file.unread', params: { folder: entry.name, endings } });
      }
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

/** Files in content/files/ that nothing names: never published, as no page links to them. */
function unlinkedFiles(filesDir: string, named: ReadonlySet<string>): ContentProblem[] {
  if (!fs.existsSync(filesDir)) return [];
  return fs
    .readdirSync(filesDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !named.has(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      file: displayPath(path.join(filesDir, name)),
      field: '(tệp)',
      found: name,
      code: 'file.unlinked',
      params: { name },
    }));
}

/** The files of `dir` whose names match `pattern`, in name order. */
export function listFiles(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The item a content file is: its name without the ending. */
const itemName = (file: string): string => path.basename(file, path.extname(file));

/**
 * Files of one folder whose names differ only in their ending (`x.md` beside `x.mdx`, `x.yaml` beside
 * `x.yml`): both are the item `x` at one address, and the loaders would keep one and silently drop the
 * other. The second of each pair in name order is reported, naming the first.
 */
function sameNamedFiles(dir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [folder, pattern] of Object.entries(CONTENT_FILES)) {
    const first = new Map<string, string>();
    for (const file of listFiles(path.join(dir, folder), pattern)) {
      const earlier = first.get(itemName(file));
      if (earlier === undefined) {
        first.set(itemName(file), file);
        continue;
      }
      const other = displayPath(earlier);
      problems.push({
        file: displayPath(file),
        field: '(tên tệp)',
        found: path.basename(file),
        code: 'file.sameItem',
        params: { other, item: itemName(file) },
      });
    }
  }
  return problems;
}

/**
 * Standing pages named like one of the site's own routes (`gioi-thieu`, `tim-kiem`, `404`): Astro
 * builds the route and leaves the page out, with no more than a warning in the build log.
 */
function pagesOnSiteRoutes(dir: string): ContentProblem[] {
  const routes = siteRouteNames();
  // The search index's folders too: a page built there is deleted when the index is written.
  const isTaken = (name: string): boolean => routes.has(name) || INDEX_FOLDER.test(name);
  // `rss.xml` and the like are routes too, but no page can be named so: not worth listing to a clerk.
  const taken = [...routes]
    .filter((name) => !name.includes('.'))
    .sort()
    .map((name) => `/${name}/`);
  return listFiles(path.join(dir, 'pages'), CONTENT_FILES.pages).flatMap((file) => {
    const name = itemName(file);
    if (!isTaken(name)) return [];
    const example = `${name}-ubnd${path.extname(file)}`;
    return [
      {
        file: displayPath(file),
        field: '(tên tệp)',
        found: path.basename(file),
        code: 'file.routeTaken',
        params: { name, example, taken },
      },
    ];
  });
}

/** Whether `file` is one the site publishes as text: site.yaml or a file of a content folder. */
function isContentFile(dir: string, file: string): boolean {
  if (file === path.join(dir, 'site.yaml')) return true;
  return Object.entries(CONTENT_FILES).some(([folder, pattern]) => path.dirname(file) === path.join(dir, folder) && pattern.test(file));
}

function undecodableProblem(file: string, at: UndecodableLine): ContentProblem {
  return { file: displayPath(file), line: at.line, field: '(bảng mã)', found: at.text, code: 'file.encoding', params: {} };
}

/** The first line of `text` that holds one of the placeholders `npm run new` writes, and which one. */
function placeholderIn(text: string): { line: number; placeholder: string } | undefined {
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    // The scaffold's guidance is in YAML comments, which may stay; only what is published counts.
    if (/^\s*#/.test(line)) continue;
    const placeholder = SCAFFOLD_PLACEHOLDERS.find((text) => line.includes(text));
    if (placeholder !== undefined) return { line: index + 1, placeholder };
  }
  return undefined;
}

/**
 * A reader that notes what is wrong with a content file's text as text, and gives the text as far
 * as it can be read, so that the other checks still run on it: not saved as UTF-8, typed in an
 * encoding from before Unicode (TCVN3, VNI), or still holding a placeholder of `npm run new`.
 * Attachments under files/ are published as they are, so they are read without being held to it.
 */
function notingTextFaults(dir: string): { read: ReadText; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const read: ReadText = (file) => {
    const { text, undecodable, utf16 } = readSourceFile(file);
    if (!isContentFile(dir, file)) return text;
    const at = { file: displayPath(file), field: '(bảng mã)' };
    if (utf16) problems.push({ ...at, line: 1, found: 'UTF-16', code: 'file.utf16', params: {} });
    if (undecodable) problems.push(undecodableProblem(file, undecodable));
    const legacy = findLegacyEncoding(text);
    if (legacy)
      problems.push({ ...at, line: legacy.line, found: legacy.text, code: 'file.legacyEncoding', params: { encoding: legacy.encoding } });
    const placeholder = placeholderIn(text);
    if (placeholder) {
      problems.push({
        file: displayPath(file),
        field: '(nội dung)',
        line: placeholder.line,
        found: placeholder.placeholder,
        code: 'file.placeholder',
        params: {},
      });
    }
    return text;
  };
  return { read, problems };
}

/**
 * Validates all content under `dir`: each file against its schema, then the
 * checks that need every file at once. Used by the build before it writes
 * anything, so a problem found here means nothing is published.
 */
export function checkContent(dir: string, now: Date): ContentCheck {
  const textFaults = notingTextFaults(dir);
  const read = readingEachOnce(textFaults.read);
  const { site, problems } = checkSiteFile(dir, read);
  problems.push(...unreadContentFiles(dir), ...sameNamedFiles(dir), ...pagesOnSiteRoutes(dir));
  const warnings: ContentProblem[] = [];
  const { entries: documents, problems: documentProblems } = checkEntryFiles(
    dir,
    'documents',
    documentSchema,
    CONTENT_FILES.documents,
    read,
  );
  problems.push(...documentProblems);
  const { entries: receptions, problems: receptionProblems } = checkEntryFiles(
    dir,
    'receptions',
    receptionScheduleSchema,
    CONTENT_FILES.receptions,
    read,
  );
  problems.push(...receptionProblems);
  const pages = checkEntryFiles(dir, 'pages', pageSchema, CONTENT_FILES.pages, read);
  problems.push(
    ...pages.problems,
    ...checkChangeNoteDates(pages.entries, vietnamDate(now)),
    ...checkChangeNoteDates(receptions, vietnamDate(now)),
  );
  if (site) {
    problems.push(...checkReceptionSchedules(receptions, site));
    warnings.push(...checkWeeklyDuty(receptions, site), ...checkHolidaySessions(receptions, site));
  }
  // Items whose file is there, valid or not: one that failed its own check has been reported once,
  // and a reference or a link to it is not reported again as pointing to nothing.
  const present = (folder: keyof typeof CONTENT_FILES): Set<string> =>
    new Set(listFiles(path.join(dir, folder), CONTENT_FILES[folder]).map(itemName));
  const presentDocuments = present('documents');
  const filesDir = path.join(dir, 'files');
  const fileExists = (name: string): boolean => isFile(path.join(filesDir, name));
  const sizes = checkFileSizes(filesDir);
  problems.push(...sizes.problems);
  warnings.push(...sizes.warnings);
  const followUp = checkFollowUp(documents, presentDocuments);
  problems.push(...followUp.problems);
  warnings.push(...followUp.warnings);
  problems.push(
    ...checkInternalReferences(documents, presentDocuments),
    ...checkAliases(documents, 'documents'),
    ...checkAttachments(documents, fileExists),
    ...checkDuplicateNumbers(documents),
    ...checkIssueDates(documents, vietnamDate(now)),
    ...checkWithdrawalDates(documents, vietnamDate(now)),
    ...checkChangeNoteDates(documents, vietnamDate(now)),
    ...checkNumberCodes(documents),
    ...(site ? checkSiteVocabulary(documents, site) : []),
  );
  const consultations = checkEntryFiles(dir, 'consultations', consultationSchema, CONTENT_FILES.consultations, read);
  problems.push(
    ...consultations.problems,
    ...checkAliases(consultations.entries, 'consultations'),
    ...checkWithdrawalDates(consultations.entries, vietnamDate(now)),
    ...checkChangeNoteDates(consultations.entries, vietnamDate(now)),
  );
  const consultationCheck = checkConsultations(consultations.entries, {
    documentSlugs: new Set([...documents.map((d) => d.slug), ...presentDocuments]),
    site,
    fileExists,
    now,
  });
  problems.push(...consultationCheck.problems);
  warnings.push(...consultationCheck.warnings);
  const dialogues = checkEntryFiles(dir, 'dialogues', dialogueSchema, CONTENT_FILES.dialogues, read);
  problems.push(
    ...dialogues.problems,
    ...checkAliases(dialogues.entries, 'dialogues'),
    ...checkWithdrawalDates(dialogues.entries, vietnamDate(now)),
    ...checkChangeNoteDates(dialogues.entries, vietnamDate(now)),
  );
  problems.push(...checkDialogues(dialogues.entries, site, fileExists, now));
  warnings.push(...checkBroadcastDays([...documents, ...consultations.entries, ...dialogues.entries]));
  if (site) {
    problems.push(...checkUnits({ documents, receptions, consultations: consultations.entries, dialogues: dialogues.entries }, site));
  }
  const translations = checkEntryFiles(dir, 'translations', translationSchema, CONTENT_FILES.translations, read);
  const languageWords = checkEntryFiles(dir, 'languages', languageWordsSchema, CONTENT_FILES.languages, read);
  problems.push(...translations.problems, ...languageWords.problems, ...checkWithdrawalDates(translations.entries, vietnamDate(now)));
  if (site) {
    const translatable = new Set(
      Object.entries(TRANSLATED_SECTIONS).flatMap(([section, folder]) => [...present(folder)].map((slug) => `/${section}/${slug}/`)),
    );
    problems.push(
      ...checkTranslations(translations.entries, site.languages, translatable, vietnamDate(now)),
      ...checkLanguageWords(languageWords.entries, site.languages),
    );
  }
  warnings.push(...dialogueWarnings(dialogues.entries, displayPath(path.join(dir, 'dialogues')), vietnamDate(now)));
  // A file no valid entry names is reported only when every entry could be read: one that could
  // not may be the one naming it.
  if (documentProblems.length + consultations.problems.length + dialogues.problems.length === 0) {
    const named = new Set([
      ...documents.flatMap((doc) => doc.data.attachments.map((a) => a.file)),
      ...consultations.entries.flatMap((c) => c.data.documents.flatMap((d) => ('file' in d ? [d.file] : []))),
      ...dialogues.entries.flatMap((d) => (d.data.minutes ? [d.data.minutes.file] : [])),
    ]);
    problems.push(...unlinkedFiles(filesDir, named));
  }
  // An item's address, a former one, or a page of the section's own (`/van-ban/theo-doi-thuc-hien/`).
  const addresses = (
    entries: readonly CheckedEntry<{ aliases: string[] }>[],
    folder: keyof typeof CONTENT_FILES,
    section: string,
  ): Set<string> =>
    new Set([...entries.flatMap((entry) => [entry.slug, ...entry.data.aliases]), ...present(folder), ...sectionRouteNames(section)]);
  const targets: LinkTargets = {
    items: new Map([
      ['van-ban', addresses(documents, 'documents', 'van-ban')],
      ['lay-y-kien', addresses(consultations.entries, 'consultations', 'lay-y-kien')],
      ['doi-thoai', addresses(dialogues.entries, 'dialogues', 'doi-thoai')],
    ]),
    attachments: new Set(documents.flatMap((doc) => doc.data.attachments.map((a) => a.file))),
  };
  for (const entry of [...documents, ...pages.entries, ...consultations.entries, ...dialogues.entries, ...translations.entries]) {
    problems.push(...checkSiteLinks(entry.file, entry.links ?? [], targets));
  }
  // The privacy guard reads every text file under content/, whatever its kind. It needs the
  // site's own contacts to allow them, so it waits until site.yaml itself is valid.
  if (site) {
    const privacy = checkPrivacy(dir, site, read);
    problems.push(...privacy.problems);
    warnings.push(...privacy.warnings);
  }
  // A file's text faults first: an encoding is the cause of whatever else its garbled text fails.
  problems.unshift(...textFaults.problems);
  return {
    site,
    documents,
    receptions,
    pages: pages.entries,
    consultations: consultations.entries,
    dialogues: dialogues.entries,
    translations: translations.entries,
    languageWords: languageWords.entries,
    problems,
    warnings,
  };
}
