import { parseHTML } from 'linkedom';

/** A built page as a DOM, for querying like a browser would. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document;
}

/**
 * Text of an element as a reader meets it: the built HTML has no white space
 * between elements, so text nodes are joined with a space, then spaces folded; a node that
 * starts with a colon (a fact's name, `Địa bàn` and its hidden `: `) keeps to the word before it.
 */
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  walk(element);
  return parts
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/ :(?= |$)/g, ':')
    .trim();
}

/** A fact's name as the screen shows it: its `<dt>` without the colon that only the search index and screen readers meet. */
export function termOf(dt: Element | null | undefined): string {
  return textOf(dt).replace(/:$/, '');
}

/**
 * Whether a built file (its path inside the output folder) belongs to the public site: the web
 * editor's page and files (/quan-tri/) are for office staff, with a policy and a weight of their own.
 */
export const isPublicFile = (relative: string): boolean => !relative.replaceAll('\\', '/').startsWith('quan-tri/');
