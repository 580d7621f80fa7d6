import type { Bilingual } from '../schemas/issues';

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

/** HTML elements without content, which MDX reads only in their self-closing form (`<br />`). */
const VOID_TAGS = new Set(['br', 'hr', 'img', 'wbr', 'col', 'area', 'source', 'track']);

const WRITE_LT_AS_TEXT: Bilingual = {
  vi: 'muốn viết dấu < như chữ thường thì viết \\<',
  en: 'to write < as text, write \\<',
};

/** What to write instead of the prose an MDX parser could not read. */
export interface MdxSyntaxHint {
  /** What the clerk wrote, as they will find it on the line. */
  found: string;
  problem: Bilingual;
  expected: Bilingual;
}

/**
 * The MDX parser's message about prose it could not read ("Expected a closing tag for `<br>`"),
 * said as what the clerk wrote and what to write instead. `lineText` is the line it names.
 * Undefined for a message not known here, which is then shown as the parser wrote it.
 */
export function explainMdxSyntax(reason: string, lineText: string): MdxSyntaxHint | undefined {
  const shortLine = lineText.trim().length > 60 ? `${lineText.trim().slice(0, 57)}…` : lineText.trim();
  const unclosed = /^Expected a closing tag for `<([^\s>`]+)>`/.exec(reason)?.[1];
  if (unclosed !== undefined && VOID_TAGS.has(unclosed.toLowerCase())) {
    const tag = unclosed.toLowerCase();
    return {
      found: `<${unclosed}>`,
      problem: { vi: `thẻ <${unclosed}> trong MDX phải tự đóng`, en: `in MDX a <${unclosed}> tag must close itself` },
      expected: { vi: `viết <${tag} /> thay cho <${unclosed}>`, en: `write <${tag} /> instead of <${unclosed}>` },
    };
  }
  if (unclosed !== undefined) {
    return {
      found: `<${unclosed}>`,
      problem: {
        vi: `thẻ <${unclosed}> mở mà chưa đóng trong cùng đoạn văn`,
        en: `the <${unclosed}> tag is opened but not closed within its paragraph`,
      },
      expected: {
        vi: `đóng thẻ bằng </${unclosed}> trong cùng đoạn văn, hoặc bỏ thẻ; ${WRITE_LT_AS_TEXT.vi}`,
        en: `close it with </${unclosed}> within the same paragraph, or remove the tag; ${WRITE_LT_AS_TEXT.en}`,
      },
    };
  }
  if (/to create a comment in MDX/.test(reason)) {
    return {
      found: /<!--.*?(?:-->|$)/.exec(lineText)?.[0] ?? '<!--',
      problem: { vi: 'ghi chú kiểu HTML <!-- … --> không dùng được trong MDX', en: 'HTML comments <!-- … --> cannot be used in MDX' },
      expected: {
        vi: 'viết ghi chú nội bộ trong {/* … */}: nó không hiện trên trang',
        en: 'write notes for the office in {/* … */}: they do not appear on the page',
      },
    };
  }
  if (/^Could not parse expression with acorn|expected a corresponding closing brace for `\{`/.test(reason)) {
    return {
      found: shortLine,
      problem: { vi: 'dấu { mở một biểu thức (mã) trong MDX', en: 'a { starts an expression (code) in MDX' },
      expected: {
        vi: 'muốn viết dấu { như chữ thường thì viết \\{; ghi chú nội bộ thì viết {/* … */}',
        en: 'to write { as text, write \\{; notes for the office go in {/* … */}',
      },
    };
  }
  if (/to create a link in MDX/.test(reason)) {
    return {
      found: /<[^\s>]*>?/.exec(lineText)?.[0] ?? shortLine,
      problem: { vi: 'địa chỉ đặt trong <…> bị hiểu là một thẻ HTML', en: 'an address inside <…> is read as an HTML tag' },
      expected: {
        vi: 'viết địa chỉ không có dấu <>, ví dụ https://dichvucong.gov.vn, hoặc [chữ hiện ra](https://…)',
        en: 'the address without <>, e.g. https://dichvucong.gov.vn, or [text shown](https://…)',
      },
    };
  }
  const mismatched = /^Unexpected closing tag `<\/([^`]+)>`, expected corresponding closing tag for `<([^`]+)>`/.exec(reason);
  if (mismatched) {
    const [, closed = '', open = ''] = mismatched;
    return {
      found: `</${closed}>`,
      problem: {
        vi: `thẻ </${closed}> đóng trước thẻ <${open}> mở sau nó`,
        en: `</${closed}> closes before the <${open}> opened after it`,
      },
      expected: {
        vi: `đóng thẻ theo thứ tự ngược với lúc mở: </${open}> trước </${closed}>`,
        en: `close tags in the reverse order of opening: </${open}> before </${closed}>`,
      },
    };
  }
  if (/^Unexpected closing slash `\/` in tag, expected an open tag first/.test(reason)) {
    return {
      found: /<\/[^>]*>?/.exec(lineText)?.[0] ?? shortLine,
      problem: { vi: 'thẻ đóng không có thẻ mở tương ứng', en: 'a closing tag without its opening tag' },
      expected: {
        vi: `xóa thẻ đóng thừa, hoặc thêm thẻ mở; ${WRITE_LT_AS_TEXT.vi}`,
        en: `remove the extra closing tag, or add the opening one; ${WRITE_LT_AS_TEXT.en}`,
      },
    };
  }
  if (/before attribute value, expected a character that can start an attribute value/.test(reason)) {
    return {
      found: shortLine,
      problem: { vi: 'giá trị thuộc tính của thẻ không đặt trong dấu nháy', en: 'an attribute value of the tag is not in quotes' },
      expected: {
        vi: 'đặt giá trị thuộc tính trong dấu nháy kép, ví dụ <a href="/van-ban/…">',
        en: 'attribute values in double quotes, e.g. <a href="/van-ban/…">',
      },
    };
  }
  if (/^Unexpected character .* (?:before name|in name|before local name)/.test(reason)) {
    return {
      found: shortLine,
      problem: { vi: 'dấu < được hiểu là mở một thẻ HTML', en: 'a < is read as the start of an HTML tag' },
      expected: WRITE_LT_AS_TEXT,
    };
  }
  return undefined;
}
