import type { ProblemDescriptor } from '../vocabulary/problems';

/** HTML elements without content, which MDX reads only in their self-closing form (`<br />`). */
const VOID_TAGS = new Set(['br', 'hr', 'img', 'wbr', 'col', 'area', 'source', 'track']);

/** What the clerk wrote that the MDX parser could not read, as they will find it on the line, and the problem it is. */
export type MdxSyntaxProblem = { found: string } & ProblemDescriptor;

/**
 * The MDX parser's message about prose it could not read ("Expected a closing tag for `<br>`"),
 * as what the clerk wrote and the mistake it is. `lineText` is the line it names. Undefined for a
 * message not known here, which is then shown as the parser wrote it.
 */
export function mdxSyntaxProblem(reason: string, lineText: string): MdxSyntaxProblem | undefined {
  const shortLine = lineText.trim().length > 60 ? `${lineText.trim().slice(0, 57)}…` : lineText.trim();
  const unclosed = /^Expected a closing tag for `<([^\s>`]+)>`/.exec(reason)?.[1];
  if (unclosed !== undefined) {
    const code = VOID_TAGS.has(unclosed.toLowerCase()) ? 'mdx.voidTag' : 'mdx.unclosedTag';
    return { found: `<${unclosed}>`, code, params: { tag: unclosed } };
  }
  if (reason.includes('to create a comment in MDX')) {
    return { found: /<!--.*?(?:-->|$)/.exec(lineText)?.[0] ?? '<!--', code: 'mdx.htmlComment', params: {} };
  }
  if (/^Could not parse expression with acorn|expected a corresponding closing brace for `\{`/.test(reason)) {
    return { found: shortLine, code: 'mdx.brace', params: {} };
  }
  if (reason.includes('to create a link in MDX')) {
    return { found: /<[^\s>]*>?/.exec(lineText)?.[0] ?? shortLine, code: 'mdx.angleAddress', params: {} };
  }
  const mismatched = /^Unexpected closing tag `<\/([^`]+)>`, expected corresponding closing tag for `<([^`]+)>`/.exec(reason);
  if (mismatched) {
    const [, closed = '', open = ''] = mismatched;
    return { found: `</${closed}>`, code: 'mdx.tagOrder', params: { closed, open } };
  }
  if (reason.startsWith('Unexpected closing slash `/` in tag, expected an open tag first')) {
    return { found: /<\/[^>]*>?/.exec(lineText)?.[0] ?? shortLine, code: 'mdx.strayClosingTag', params: {} };
  }
  if (reason.includes('before attribute value, expected a character that can start an attribute value')) {
    return { found: shortLine, code: 'mdx.unquotedAttribute', params: {} };
  }
  if (/^Unexpected character .* (?:before name|in name|before local name)/.test(reason)) {
    return { found: shortLine, code: 'mdx.lessThan', params: {} };
  }
  return undefined;
}
