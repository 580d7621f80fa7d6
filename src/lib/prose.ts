/**
 * Turns the prose of a content file (MDX without code: Markdown, GFM tables and footnotes, plain
 * HTML tags) into HTML. Content is data written by clerks, not code, so anything that would run
 * (import/export, {expressions}, <Components>) is refused with a message saying how to write it.
 *
 * This module is loaded both by the build and, unbundled, by the worker threads that render
 * thousands of files at once, so it imports npm packages and, for types only, the vocabulary of
 * problems: a fault travels as a code, worded by the report.
 */
import type { Element, Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { h } from 'hastscript';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { State } from 'mdast-util-to-hast';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { ProblemCode, ProblemDescriptor } from '../vocabulary/problems';
import { PROSE_SCHEMA, screenElement, type ElementFault } from './prose-schema.ts';

export interface ProseLabels {
  /** Heading of the footnote list. */
  footnoteLabel: string;
  /** Label of the link back to a footnote's reference; `{n}` is the footnote's number. */
  footnoteBack: string;
}

export interface ProseOptions {
  labels: ProseLabels;
  /**
   * Levels to move every heading down by, for prose shown under a heading of the page's own
   * (a consultation's draft sits in a section titled by the page): `##` becomes `<h3>`.
   */
  headingShift?: number;
}

export interface ProseHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A problem in prose: what is written where, and which mistake it is. */
export type ProseFault = { line?: number | undefined; found: string } & ProblemDescriptor<Extract<ProblemCode, `mdx.${string}`>>;

export type ProseResult = { ok: true; html: string; headings: ProseHeading[] } | { ok: false; faults: ProseFault[] };

function isCommentOnly(expression: string): boolean {
  return /^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(expression);
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function jsxFault(node: JsxElement): ProseFault | undefined {
  const line = node.position?.start.line;
  const name = node.name ?? '';
  if (!/^[a-z][a-z0-9-]*$/.test(name)) {
    return { line, found: `<${name}>`, code: 'mdx.component', params: {} };
  }
  for (const attribute of node.attributes) {
    const scripted = attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object');
    if (scripted) {
      return {
        line,
        found: `<${name} ${attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}'}>`,
        code: 'mdx.scriptedAttribute',
        params: {},
      };
    }
  }
  return undefined;
}

/**
 * Finds the code MDX would run – expressions, import and export, components – drops comment-only
 * expressions ({/* note *\/}), and reports the rest. What the HTML may hold is screened after it.
 */
function screen(tree: Root, faults: ProseFault[]): void {
  const visit = (parent: { children: RootContent[] }): void => {
    parent.children = parent.children.filter((node) => {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        if (isCommentOnly(node.value)) return false;
        faults.push({
          line: node.position?.start.line,
          found: `{${node.value.length > 60 ? `${node.value.slice(0, 57)}…` : node.value}}`,
          code: 'mdx.expression',
          params: {},
        });
        return false;
      }
      if (node.type === 'mdxjsEsm') {
        faults.push({
          line: node.position?.start.line,
          found: node.value.split('\n')[0] ?? '',
          code: 'mdx.esm',
          params: {},
        });
        return false;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const fault = jsxFault(node);
        // Reported here, and left out so that the screen of the HTML does not name it twice.
        if (fault) {
          faults.push(fault);
          return false;
        }
      }
      if ('children' in node) visit(node);
      return true;
    });
  };
  visit(tree);
}

/**
 * A plain HTML tag written in the MDX, as the same element in the output, its attributes read as
 * HTML reads them (`class` is `className`) and its place in the file kept for the screen below.
 */
function jsxToElement(state: State, node: JsxElement): Element {
  const attributes: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    // An attribute given as an expression has been refused by screen(); only text values reach here.
    if (attribute.type === 'mdxJsxAttribute') attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : true;
  }
  const element = h(node.name ?? 'span', attributes, state.all(node));
  state.patch(node, element);
  return element;
}

/** A value as the clerk wrote it, short enough for the report. */
const shortened = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** One thing the HTML may not hold, as a fault at the element's line. */
function elementFault(element: Element, fault: ElementFault): ProseFault {
  const line = element.position?.start.line;
  switch (fault.kind) {
    case 'tag':
      return { line, found: `<${fault.tag}>`, code: 'mdx.forbiddenTag', params: { tag: fault.tag } };
    case 'attribute':
      return {
        line,
        found: `<${fault.tag} ${fault.attribute}>`,
        code: 'mdx.forbiddenAttribute',
        params: { tag: fault.tag, attribute: fault.attribute, allowed: fault.allowed },
      };
    case 'script':
      return { line, found: `<${fault.tag} ${fault.attribute}>`, code: 'mdx.scriptedAttribute', params: {} };
    case 'address':
      return fault.protocol === 'javascript' || fault.protocol === 'vbscript' || fault.protocol === 'data'
        ? { line, found: shortened(fault.address), code: 'mdx.scriptAddress', params: {} }
        : { line, found: shortened(fault.address), code: 'mdx.addressProtocol', params: { protocol: fault.protocol } };
    case 'remote':
      return { line, found: shortened(fault.address), code: 'mdx.remoteMedia', params: {} };
  }
}

/** Screens every element of the HTML against PROSE_SCHEMA; an element refused whole is not looked into. */
function screenHtml(tree: HastRoot, faults: ProseFault[]): void {
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const found = screenElement(child);
      faults.push(...found.map((fault) => elementFault(child, fault)));
      if (!found.some((fault) => fault.kind === 'tag')) visit(child);
    }
  };
  visit(tree);
}

/**
 * `HTTPS://…` as `https://…`: browsers read a protocol in any case, the cleaner only in lower case,
 * and would drop the link.
 */
function lowerCaseProtocols(tree: HastRoot | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    for (const property of ['href', 'src', 'cite']) {
      const value = child.properties[property];
      if (typeof value === 'string')
        child.properties[property] = value.replace(/^[a-z][a-z0-9+.-]*:/i, (protocol) => protocol.toLowerCase());
    }
    lowerCaseProtocols(child);
  }
}

/** The first element where two trees part, as a cleaner left it: undefined when they are the same. */
function firstDifference(before: HastRoot | Element, after: HastRoot | Element): Element | undefined {
  const elements = (node: HastRoot | Element): Element[] =>
    node.children.flatMap((child: HastRoot['children'][number]) => (child.type === 'element' ? [child] : []));
  const [a, b] = [elements(before), elements(after)];
  for (const [i, element] of a.entries()) {
    const kept = b[i];
    const same = kept?.tagName === element.tagName && JSON.stringify(kept.properties) === JSON.stringify(element.properties);
    if (!kept || !same) return element;
    const inner = firstDifference(element, kept);
    if (inner) return inner;
  }
  return a.length === b.length ? undefined : before.type === 'element' ? before : undefined;
}

/**
 * Passes the HTML through hast-util-sanitize with PROSE_SCHEMA. The screen has named everything the
 * list refuses; should the cleaner still take something away, that too is a fault, never a quiet loss.
 */
function sanitizeWithScreen(tree: HastRoot, faults: ProseFault[]): HastRoot {
  screenHtml(tree, faults);
  lowerCaseProtocols(tree);
  const clean = sanitize(tree, PROSE_SCHEMA) as HastRoot;
  const changed = faults.length === 0 ? firstDifference(tree, clean) : undefined;
  if (changed) {
    faults.push({ line: changed.position?.start.line, found: `<${changed.tagName}>`, code: 'mdx.unsafe', params: {} });
  }
  return clean;
}

function shiftHeadings(tree: Root, levels: number): void {
  const visit = (parent: { children: RootContent[] }): void => {
    for (const node of parent.children) {
      if (node.type === 'heading') node.depth = Math.min(6, node.depth + levels) as typeof node.depth;
      if ('children' in node) visit(node);
    }
  };
  visit(tree);
}

/**
 * Column alignment as a class: remark gives table cells the `align` attribute, which HTML no
 * longer has, and a style attribute instead would need the CSP to allow inline styles.
 */
function alignCellsByClass(tree: HastRoot): void {
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const align = child.properties.align;
      if ((child.tagName === 'td' || child.tagName === 'th') && typeof align === 'string') {
        delete child.properties.align;
        child.properties.className = [`align-${align}`];
      }
      visit(child);
    }
  };
  visit(tree);
}

/** Names of GFM's literal autolink constructs (www.…, http…://…, name@host) in micromark. */
const AUTOLINK_LITERALS = [
  ['emailAutolink', /@/],
  ['wwwAutolink', /www\./i],
  ['protocolAutolink', /http/i],
] as const;

/**
 * Not a micromark construct: the step after parsing that looks for addresses in the text read,
 * with regular expressions over every text node (about a twelfth of the render).
 */
export const AUTOLINK_TRANSFORM = 'autolinkLiteralTransform';
const [autolinkTransform] = gfmAutolinkLiteralFromMarkdown().transforms ?? [];

/**
 * The literal autolinks that cannot occur in `source`, each needing a text the source lacks.
 * GFM tries them at the start of every word, and the e-mail one looks back over the whole
 * paragraph each time: a fifth of the render of a document without any link. Switched off
 * where they cannot match, the HTML is the same. The transform reads text already decoded, where
 * a character reference (`&#64;`) may have become an `@`, so it stays for any source with an `&`.
 */
export function impossibleAutolinks(source: string): string[] {
  const constructs = AUTOLINK_LITERALS.filter(([, trigger]) => !trigger.test(source)).map(([name]) => name);
  const noneCanMatch = constructs.length === AUTOLINK_LITERALS.length && !source.includes('&');
  return noneCanMatch ? [...constructs, AUTOLINK_TRANSFORM] : constructs;
}

type FromMarkdownExtensions = (FromMarkdownExtension | FromMarkdownExtension[])[];

function withoutAutolinkTransform(extensions: FromMarkdownExtensions): FromMarkdownExtensions {
  return extensions.map((extension) =>
    Array.isArray(extension)
      ? (withoutAutolinkTransform(extension) as FromMarkdownExtension[])
      : { ...extension, transforms: extension.transforms?.filter((transform) => transform !== autolinkTransform) },
  );
}

/**
 * The renderer: build it once, call it for every file. `constructsToSkip` names the micromark
 * constructs (or AUTOLINK_TRANSFORM) a source cannot need; tests pass `() => []` to compare with
 * the full parse.
 */
export function createProseRenderer(
  { labels, headingShift = 0 }: ProseOptions,
  constructsToSkip: (source: string) => string[] = impossibleAutolinks,
): (source: string, filePath: string) => ProseResult {
  const faults: ProseFault[] = [];
  const build = (skipped: string[]) =>
    unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(function skipConstructs() {
        const data = this.data();
        const constructs = skipped.filter((name) => name !== AUTOLINK_TRANSFORM);
        if (constructs.length > 0) (data.micromarkExtensions ??= []).push({ disable: { null: constructs } });
        if (skipped.includes(AUTOLINK_TRANSFORM)) data.fromMarkdownExtensions = withoutAutolinkTransform(data.fromMarkdownExtensions ?? []);
      })
      .use(() => (tree: Root) => {
        screen(tree, faults);
        if (headingShift > 0) shiftHeadings(tree, headingShift);
      })
      .use(remarkRehype, {
        footnoteLabel: labels.footnoteLabel,
        // Visible on screen so readers see what the numbered notes are; hidden in print, as on paper.
        footnoteLabelProperties: { className: ['footnotes__label'] },
        footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number): string =>
          labels.footnoteBack.replace('{n}', String(referenceIndex + 1)) + (rereferenceIndex > 1 ? ` (${rereferenceIndex})` : ''),
        handlers: { mdxJsxFlowElement: jsxToElement, mdxJsxTextElement: jsxToElement },
      })
      .use(() => alignCellsByClass)
      .use(rehypeHeadingIds)
      .use(() => (tree: HastRoot) => sanitizeWithScreen(tree, faults))
      .use(rehypeStringify);
  const processors = new Map<string, ReturnType<typeof build>>();
  const processorFor = (source: string): ReturnType<typeof build> => {
    const skipped = constructsToSkip(source);
    const key = skipped.join(' ');
    const known = processors.get(key);
    if (known) return known;
    const made = build(skipped);
    processors.set(key, made);
    return made;
  };

  return (source, filePath) => {
    faults.length = 0;
    const file = new VFile({ value: source, path: filePath });
    const processor = processorFor(source);
    try {
      const tree = processor.runSync(processor.parse(file), file);
      if (faults.length > 0) return { ok: false, faults: [...faults] };
      const html = processor.stringify(tree, file);
      const headings = ((file.data as { astro?: { headings?: ProseHeading[] } }).astro?.headings ?? []).map((h) => ({ ...h }));
      return { ok: true, html, headings };
    } catch (error) {
      const message = error as { line?: number; reason?: string; message?: string };
      return {
        ok: false,
        faults: [
          {
            line: message.line ?? undefined,
            found: message.reason ?? message.message ?? String(error),
            code: 'mdx.syntax',
            params: {},
          },
        ],
      };
    }
  };
}
