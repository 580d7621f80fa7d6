import type { z } from 'astro/zod';
import type { ProblemCode, ProblemDescriptor, ProblemParams } from '../vocabulary/problems';

/** Where a schema's own issue carries its problem, among the params Zod keeps for custom issues. */
const PROBLEM = 'problem';

/**
 * Adds an issue that names the problem by its code and parameters; the report words it. Zod's
 * message is the code: a schema has no words of its own, and the content check never shows Zod's.
 */
export function addProblem<C extends ProblemCode>(
  ctx: z.core.$RefinementCtx,
  code: C,
  params: ProblemParams[C],
  path: PropertyKey[] = [],
): void {
  ctx.addIssue({ code: 'custom', message: code, params: { [PROBLEM]: { code, params } }, path, input: ctx.value });
}

/** The problem a custom issue's params carry, if addProblem added it. */
export function problemOfIssue(params: Record<string, unknown> | undefined): ProblemDescriptor | undefined {
  const problem = params?.[PROBLEM] as Partial<ProblemDescriptor> | undefined;
  // Only addProblem writes this key, always with a code and its parameters.
  return typeof problem?.code === 'string' && typeof problem.params === 'object' ? (problem as ProblemDescriptor) : undefined;
}
