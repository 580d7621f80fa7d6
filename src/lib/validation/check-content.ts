import fs from 'node:fs';
import path from 'node:path';
import { documentSchema } from '../../schemas/document';
import { siteSchema, type SiteConfig } from '../../schemas/site';
import {
  checkAttachments,
  checkDuplicateNumbers,
  checkInternalReferences,
  checkNumberCodes,
  checkSiteVocabulary,
  type CheckedDocument,
} from './cross-checks';
import { parseFrontmatter, parseYamlSource } from './frontmatter';
import type { ContentProblem } from './problems';
import { issuesToProblems } from './zod-problems';

export interface ContentCheck {
  site: SiteConfig | undefined;
  documents: CheckedDocument[];
  problems: ContentProblem[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function displayPath(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

/** Reads and validates content/site.yaml. */
export function checkSiteFile(dir: string): { site: SiteConfig | undefined; problems: ContentProblem[] } {
  const file = path.join(dir, 'site.yaml');
  const shown = displayPath(file);
  if (!fs.existsSync(file)) {
    return {
      site: undefined,
      problems: [
        {
          file: shown,
          field: '(tệp)',
          found: undefined,
          expected: { vi: 'tệp cấu hình content/site.yaml', en: 'the configuration file content/site.yaml' },
        },
      ],
    };
  }
  const parsed = parseYamlSource(shown, fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) return { site: undefined, problems: [parsed.problem] };
  const result = siteSchema.safeParse(parsed.source.data);
  if (!result.success) return { site: undefined, problems: issuesToProblems(shown, result.error.issues, parsed.source) };
  return { site: result.data, problems: [] };
}

function checkDocumentFile(file: string): { document?: CheckedDocument; problems: ContentProblem[] } {
  const shown = displayPath(file);
  const slug = path.basename(file).replace(/\.mdx?$/, '');
  if (!SLUG.test(slug)) {
    return {
      problems: [
        {
          file: shown,
          field: '(tên tệp)',
          found: path.basename(file),
          expected: {
            vi: 'tên tệp chỉ gồm chữ thường không dấu, số và gạch nối, đuôi .mdx, ví dụ 2023-bao-cao-6-thang.mdx (tên tệp là địa chỉ của trang)',
            en: 'a file name of lower-case letters without diacritics, digits and hyphens, ending .mdx, e.g. 2023-bao-cao-6-thang.mdx (it becomes the address)',
          },
        },
      ],
    };
  }
  const parsed = parseFrontmatter(shown, fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) return { problems: [parsed.problem] };
  const result = documentSchema.safeParse(parsed.source.data);
  if (!result.success) return { problems: issuesToProblems(shown, result.error.issues, parsed.source) };
  return { document: { slug, file: shown, data: result.data, lineOf: parsed.source.lineOf }, problems: [] };
}

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Validates all content under `dir`: each file against its schema, then the
 * checks that need every file at once. Used by the build before it writes
 * anything, so a problem found here means nothing is published.
 */
export function checkContent(dir: string): ContentCheck {
  const { site, problems } = checkSiteFile(dir);
  const documents: CheckedDocument[] = [];
  for (const file of listFiles(path.join(dir, 'documents'), /\.mdx?$/)) {
    const checked = checkDocumentFile(file);
    problems.push(...checked.problems);
    if (checked.document) documents.push(checked.document);
  }
  const filesDir = path.join(dir, 'files');
  problems.push(
    ...checkInternalReferences(documents),
    ...checkAttachments(documents, (name) => fs.existsSync(path.join(filesDir, name))),
    ...checkDuplicateNumbers(documents),
    ...checkNumberCodes(documents),
    ...(site ? checkSiteVocabulary(documents, site) : []),
  );
  return { site, documents, problems };
}
