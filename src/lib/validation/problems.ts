import type { Bilingual } from '../../schemas/issues';

/** Marks a field that is not there at all, as opposed to one that is empty. */
export const MISSING = Symbol('missing');

/** One thing wrong with the content, said so that a clerk can fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the project. */
  file: string;
  /** Line in the file, where it can be known. */
  line?: number;
  /** Dotted path of the field: `signer.position`, `legalBases[2].document`. */
  field: string;
  found: unknown;
  expected: Bilingual;
  /** What is wrong, when the found value alone does not say it. */
  problem?: Bilingual;
}

/** A build that meets bad content stops with this, carrying every problem found. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatReport(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `legalBases[2].document` from a Zod or YAML path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** The value as the clerk would recognise it in their file. */
export function describeFound(found: unknown): { vi: string; en: string } {
  if (found === MISSING || found === undefined) return { vi: '(không có)', en: '(missing)' };
  const text = found instanceof Date ? found.toISOString().slice(0, 10) : JSON.stringify(found);
  const short = text.length > 120 ? `${text.slice(0, 117)}…` : text;
  return { vi: short, en: short };
}

/** One problem in both languages, Vietnamese first. */
export function formatProblem(problem: ContentProblem): string {
  return formatEntry(problem, '✗');
}

function formatEntry(problem: ContentProblem, mark: string): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const found = describeFound(problem.found);
  const lines = [`${mark} ${where} — trường "${problem.field}"`];
  if (problem.problem) lines.push(`  ${mark === '✗' ? 'Lỗi' : 'Lưu ý'}: ${problem.problem.vi}`);
  lines.push(`  Giá trị hiện có: ${found.vi}`);
  lines.push(`  Cần: ${problem.expected.vi}`);
  lines.push(`  [EN] ${where} — field "${problem.field}"`);
  if (problem.problem) lines.push(`  Problem: ${problem.problem.en}`);
  lines.push(`  Found: ${found.en}`);
  lines.push(`  Expected: ${problem.expected.en}`);
  return lines.join('\n');
}

/** Every problem, with a heading that says nothing has been published. */
export function formatReport(problems: readonly ContentProblem[]): string {
  const count = problems.length;
  const heading = [
    `Nội dung có ${count} lỗi, chưa xuất bản gì. Sửa các lỗi dưới đây rồi chạy lại.`,
    `Content has ${count} error${count === 1 ? '' : 's'}; nothing was published. Fix them and run again.`,
  ];
  return [...heading, '', ...problems.map(formatProblem)].join('\n');
}

/**
 * The short error that stops a build once the full report has been logged: kept apart from the
 * report so Astro's own hints and stack trace, printed under it, do not bury the report.
 */
export function buildStoppedMessage(count: number): string {
  return `Dừng xây dựng: ${count} lỗi nội dung, xem ở trên. / Build stopped: ${count} content error(s), see above.`;
}

/** Warnings: the same layout as problems, under a heading that says publishing goes ahead. */
export function formatWarnings(warnings: readonly ContentProblem[]): string {
  const count = warnings.length;
  const heading = [
    `Cảnh báo (${count}): trang vẫn được xuất bản, nhưng nên xem lại.`,
    `Warning${count === 1 ? '' : 's'} (${count}): the site is still published, but please review.`,
  ];
  return [...heading, '', ...warnings.map((w) => formatEntry(w, '!'))].join('\n');
}
