import type { z } from 'astro/zod';
import { problemOfIssue } from '../schemas/problems';
import { MISSING, type ContentProblem, type ProblemDescriptor, type UnionPart } from '../vocabulary/problems';
import type { ParsedSource } from './frontmatter';
import { fieldPath } from './problems';

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

/** The problem a Zod issue is: the schema's own, or one of Zod's read as ours. */
function explain(issue: z.core.$ZodIssue, found: unknown): ProblemDescriptor {
  switch (issue.code) {
    case 'custom': {
      const problem = problemOfIssue(issue.params);
      if (problem) return problem;
      break;
    }
    case 'invalid_type': {
      const missing = found === MISSING || found === undefined;
      return { code: missing ? 'field.required' : 'field.type', params: { type: issue.expected } };
    }
    case 'invalid_value':
      return { code: 'field.oneOf', params: { values: issue.values } };
    case 'too_small':
    case 'too_big': {
      const problem = bound(issue);
      if (problem) return problem;
      break;
    }
    case 'invalid_union':
      return unionShapes(issue, found);
    case 'unrecognized_keys':
      return { code: 'field.unknownKeys', params: { keys: issue.keys } };
    case 'invalid_format':
      return { code: 'field.format', params: { format: issue.format } };
    default:
      break;
  }
  return { code: 'field.invalid', params: { message: issue.message } };
}

/** The least or most a value may be, by its kind: characters, items, or a number. */
function bound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): ProblemDescriptor | undefined {
  const least = issue.code === 'too_small';
  const limit = Number(least ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case 'string':
    case 'array':
    case 'set': {
      if (issue.origin === 'string' && least && limit === 1) return { code: 'field.empty', params: {} };
      const unit = issue.origin === 'string' ? 'characters' : 'items';
      return least
        ? { code: 'field.tooShort', params: { unit, minimum: limit } }
        : { code: 'field.tooLong', params: { unit, maximum: limit } };
    }
    case 'number':
    case 'int':
    case 'bigint': {
      const integer = issue.origin !== 'number';
      const inclusive = issue.inclusive !== false;
      return least
        ? { code: 'field.tooSmall', params: { integer, minimum: limit, inclusive } }
        : { code: 'field.tooLarge', params: { integer, maximum: limit, inclusive } };
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
function unionShapes(issue: z.core.$ZodIssueInvalidUnion, found: unknown): ProblemDescriptor {
  // A discriminated union whose key names no branch: its issue lists the values it knows.
  const options = 'options' in issue ? (issue.options ?? []) : [];
  if (options.length > 0) return { code: 'field.oneOf', params: { values: options } };
  const branches = issue.errors;
  if (branches.length === 0) return { code: 'field.invalid', params: { message: issue.message } };
  if (branches.every(isOtherType)) {
    const types = [...new Set(branches.map((branch) => (branch[0]?.code === 'invalid_type' ? branch[0].expected : '')))];
    return { code: 'field.types', params: { types } };
  }
  const shapes = branches
    .filter((branch) => !isOtherType(branch))
    .map((branch) =>
      branch.map((part): UnionPart =>
        part.code === 'unrecognized_keys'
          ? { without: part.keys }
          : { field: fieldPath(part.path) || '(giá trị)', need: explain(part, valueAt(found, part.path)) },
      ),
    );
  return { code: 'field.union', params: { shapes } };
}

/** Turns schema issues into problems that name the file, line, field, value found and the problem. */
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
