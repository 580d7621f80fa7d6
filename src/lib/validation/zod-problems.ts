import type { z } from 'astro/zod';
import type { Bilingual, BilingualIssueParams } from '../../schemas/issues';
import type { ParsedSource } from './frontmatter';
import { fieldPath, MISSING, type ContentProblem } from './problems';

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { vi: 'một đoạn chữ', en: 'text' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")', en: 'a list (one "- " line per item)' },
  object: { vi: 'một nhóm trường thụt lề bên dưới', en: 'a group of indented fields' },
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
      if (issue.origin === 'string') {
        return { expected: { vi: 'không được để trống', en: 'not empty' } };
      }
      return {
        expected: { vi: `ít nhất ${String(issue.minimum)} mục`, en: `at least ${String(issue.minimum)} item(s)` },
      };
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
  return { expected: { vi: issue.message, en: issue.message } };
}

/** Turns schema issues into problems that name the file, line, field, value found and what is expected. */
export function issuesToProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  source: ParsedSource,
): ContentProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const found = valueAt(source.data, path);
    const line = source.lineOf(path);
    const field = fieldPath(path) || '(frontmatter)';
    return [{ file, ...(line !== undefined ? { line } : {}), field, found, ...explain(issue, found) }];
  });
}
