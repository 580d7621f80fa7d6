import type { z } from 'astro/zod';

/** A message in Vietnamese first and English after, as every content error is shown. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** Params carried by the schemas' own issues, read back by the validation report. */
export interface BilingualIssueParams {
  expected: Bilingual;
  problem?: Bilingual;
}

/** Adds an issue whose explanation the report can show in both languages. */
export function addBilingualIssue(ctx: z.core.$RefinementCtx, params: BilingualIssueParams, path: PropertyKey[] = []): void {
  ctx.addIssue({ code: 'custom', message: params.expected.en, params: { ...params }, path, input: ctx.value });
}
