import type { z } from 'astro/zod';
import type { Bilingual, BilingualIssueParams } from '../schemas/issues';
import type { ParsedSource } from './frontmatter';
import { fieldPath, MISSING, type ContentProblem } from './problems';

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { vi: 'một đoạn chữ', en: 'text' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")', en: 'a list (one "- " line per item)' },
  object: { vi: 'một nhóm trường thụt lề bên dưới', en: 'a group of indented fields' },
  // Zod's name for a number that must be whole: a count of people, of days.
  int: { vi: 'một số nguyên, không có phần thập phân', en: 'a whole number, without decimals' },
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return MISSING;
    const record = value as Record<PropertyKey, unknown>;
    if (!(key in record)) return MISSING;
    value = record[key];
  }
  return value;
}

function isBilingualParams(params: unknown): params is BilingualIssueParams {
  const expected = (params as BilingualIssueParams | undefined)?.expected;
  return typeof expected?.vi === 'string' && typeof expected.en === 'string';
}

function explain(issue: z.core.$ZodIssue, found: unknown): Pick<ContentProblem, 'expected' | 'problem'> {
  switch (issue.code) {
    case 'custom':
      if (isBilingualParams(issue.params)) {
        return issue.params.problem
          ? { expected: issue.params.expected, problem: issue.params.problem }
          : { expected: issue.params.expected };
      }
      break;
    case 'invalid_type': {
      const type = TYPE_NAMES[issue.expected] ?? { vi: issue.expected, en: issue.expected };
      if (found === MISSING || found === undefined) {
        return {
          expected: { vi: `trường bắt buộc: ${type.vi}`, en: `a required field: ${type.en}` },
        };
      }
      return { expected: type };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { expected: { vi: `một trong các giá trị: ${values}`, en: `one of: ${values}` } };
    }
    case 'too_small':
    case 'too_big': {
      const expected = bound(issue);
      if (expected) return { expected };
      break;
    }
    case 'invalid_union':
      return unionShapes(issue, found);
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return {
        problem: {
          vi: `có trường không thuộc mẫu: ${keys} (kiểm tra chính tả tên trường)`,
          en: `unknown field(s): ${keys} (check the spelling of the field name)`,
        },
        expected: { vi: 'chỉ các trường có trong mẫu', en: 'only the fields the schema defines' },
      };
    }
    case 'invalid_format':
      return {
        expected: {
          vi: `giá trị đúng dạng ${issue.format === 'url' ? 'địa chỉ web (https://…)' : issue.format === 'email' ? 'thư điện tử' : issue.format}`,
          en: `a well-formed ${issue.format}`,
        },
      };
    default:
      break;
  }
  // Zod's own words are English: the Vietnamese line keeps them only as a detail.
  return { expected: { vi: `giá trị đúng theo mẫu (${issue.message})`, en: issue.message } };
}

/** The least or most a value may be, in the words of its kind: characters, items, or a number. */
function bound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): Bilingual | undefined {
  const least = issue.code === 'too_small';
  const limit = String(least ? issue.minimum : issue.maximum);
  const strict = issue.inclusive === false;
  switch (issue.origin) {
    case 'string':
      if (least && limit === '1') return { vi: 'không được để trống', en: 'not empty' };
      return least
        ? { vi: `ít nhất ${limit} ký tự`, en: `at least ${limit} character(s)` }
        : { vi: `nhiều nhất ${limit} ký tự`, en: `at most ${limit} character(s)` };
    case 'array':
    case 'set':
      return least
        ? { vi: `ít nhất ${limit} mục`, en: `at least ${limit} item(s)` }
        : { vi: `nhiều nhất ${limit} mục`, en: `at most ${limit} item(s)` };
    case 'number':
    case 'int':
    case 'bigint': {
      const number = issue.origin === 'number' ? { vi: 'một số', en: 'a number' } : { vi: 'một số nguyên', en: 'a whole number' };
      if (least) {
        return strict
          ? { vi: `${number.vi} lớn hơn ${limit}`, en: `${number.en} greater than ${limit}` }
          : { vi: `${number.vi} từ ${limit} trở lên`, en: `${number.en} of at least ${limit}` };
      }
      return strict
        ? { vi: `${number.vi} nhỏ hơn ${limit}`, en: `${number.en} less than ${limit}` }
        : { vi: `${number.vi} không quá ${limit}`, en: `${number.en} of at most ${limit}` };
    }
    default:
      return undefined;
  }
}

/** Whether a union's branch failed on the value's type itself: the value is not of that shape at all. */
const isOtherType = (branch: readonly z.core.$ZodIssue[]): boolean =>
  branch.some((issue) => issue.code === 'invalid_type' && issue.path.length === 0);

/**
 * The branch of a union the value was most likely meant for: of those whose type it has, the one
 * with fewest issues. `{ file: "x.pdf" }` without a title is a file missing its title, not a
 * reference to a document with an unknown field `file`. Undefined when no one branch stands out.
 */
function likeliestBranch(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] | undefined {
  const candidates = issue.errors.filter((branch) => !isOtherType(branch));
  const fewest = Math.min(...candidates.map((branch) => branch.length));
  const best = candidates.filter((branch) => branch.length === fewest);
  return best.length === 1 ? best[0] : undefined;
}

/** What a union accepts, when no branch stands out: each branch and what `found` would need for it. */
function unionShapes(issue: z.core.$ZodIssueInvalidUnion, found: unknown): Pick<ContentProblem, 'expected' | 'problem'> {
  // A discriminated union whose key names no branch: its issue lists the values it knows.
  const options = 'options' in issue ? (issue.options ?? []) : [];
  if (options.length > 0) {
    const values = options.map((v) => JSON.stringify(v)).join(', ');
    return { expected: { vi: `một trong các giá trị: ${values}`, en: `one of: ${values}` } };
  }
  const branches = issue.errors;
  if (branches.length === 0) return { expected: { vi: `giá trị đúng theo mẫu (${issue.message})`, en: issue.message } };
  if (branches.every(isOtherType)) {
    const types = [...new Set(branches.map((branch) => (branch[0]?.code === 'invalid_type' ? branch[0].expected : '')))];
    const names = types.map((type) => TYPE_NAMES[type] ?? { vi: type, en: type });
    return { expected: { vi: names.map((n) => n.vi).join(' hoặc '), en: names.map((n) => n.en).join(' or ') } };
  }
  const needs = branches
    .filter((branch) => !isOtherType(branch))
    .map((branch) => {
      const parts = branch.map((part): Bilingual => {
        if (part.code === 'unrecognized_keys') {
          const keys = part.keys.join(', ');
          return { vi: `không có trường ${keys}`, en: `without the field(s) ${keys}` };
        }
        const field = fieldPath(part.path) || '(giá trị)';
        const { expected } = explain(part, valueAt(found, part.path));
        return { vi: `${field}: ${expected.vi}`, en: `${field}: ${expected.en}` };
      });
      return { vi: parts.map((p) => p.vi).join(', '), en: parts.map((p) => p.en).join(', ') };
    });
  return {
    problem: { vi: 'giá trị không khớp với dạng nào được nhận', en: 'the value matches none of the accepted shapes' },
    expected: {
      vi: `một trong ${needs.length} dạng: ${needs.map((n, i) => `(${i + 1}) ${n.vi}`).join('; hoặc ')}`,
      en: `one of ${needs.length} shapes: ${needs.map((n, i) => `(${i + 1}) ${n.en}`).join('; or ')}`,
    },
  };
}

/** Turns schema issues into problems that name the file, line, field, value found and what is expected. */
export function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[], source: ParsedSource): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'invalid_union') {
      // Report what the likeliest branch lacks, at its own field, rather than the union as a whole.
      const branch = likeliestBranch(issue);
      if (branch)
        return issuesToProblems(
          file,
          branch.map((part) => ({ ...part, path: [...issue.path, ...part.path] })),
          source,
        );
    }
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const found = valueAt(source.data, path);
    const line = source.lineOf(path);
    const field = fieldPath(path) || '(frontmatter)';
    return [{ file, ...(line !== undefined ? { line } : {}), field, found, ...explain(issue, found) }];
  });
}
