/**
 * What prose may hold once it is HTML: the elements, attributes and link protocols a public notice
 * needs, and nothing else. One list serves twice: hast-util-sanitize applies it to every page it
 * renders, and `screenElement` names, at its line, each thing it would take away, so that the
 * content check stops on it rather than the site quietly dropping what a clerk wrote.
 *
 * Loaded by the prose worker threads as well, unbundled: npm packages only.
 */
import type { Element, Properties } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';

/** Protocols a link may use; any address without one (`/van-ban/…`, `#muc-2`) is the site's own. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'];

const ARIA = ['ariaDescribedBy', 'ariaLabel'];

/** The elements and attributes prose may use. Markdown itself makes only these; raw HTML may add no more. */
export const PROSE_SCHEMA: Schema = {
  tagNames: [
    ...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'div', 'span', 'section'],
    ...['strong', 'em', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'abbr', 'cite', 'q', 'code', 'kbd'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
    ...['a', 'img', 'figure', 'figcaption', 'details', 'summary', 'time', 'input'],
  ],
  attributes: {
    '*': ['id', 'title', 'lang'],
    a: ['href', ...ARIA, 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref']],
    img: ['src', 'alt', 'width', 'height'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite'],
    ins: ['cite'],
    ol: ['start', 'reversed', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: ['value', ['className', 'task-list-item']],
    td: ['colSpan', 'rowSpan', ['className', 'align-left', 'align-center', 'align-right']],
    th: ['colSpan', 'rowSpan', 'scope', ['className', 'align-left', 'align-center', 'align-right']],
    time: ['dateTime'],
    // A fenced block that names its language (```yaml), as the staff guide's examples do.
    code: [['className', /^language-[a-z0-9-]+$/]],
    // GFM footnotes: the section of notes and its heading, the label of which the site shows.
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [['className', 'footnotes__label', 'sr-only']],
    // GFM task lists: a box ticked or not, never one a reader can change.
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
  },
  protocols: { href: LINK_PROTOCOLS, cite: ['http', 'https'], src: [] },
  required: { input: { type: 'checkbox', disabled: true } },
  // Headings and footnotes carry the ids their own links point to: left as they are, not prefixed.
  clobber: [],
  clobberPrefix: '',
  // An element taken away takes its text with it, not just its tags.
  strip: ['script', 'style', 'template', 'noscript'],
};

/** Something prose may not hold, as the renderer reports it. */
export type ElementFault =
  | { kind: 'tag'; tag: string }
  | { kind: 'attribute'; tag: string; attribute: string; allowed: string[] }
  | { kind: 'script'; tag: string; attribute: string }
  | { kind: 'address'; address: string; protocol: string }
  | { kind: 'remote'; address: string };

/**
 * An address as a browser follows it: character references are already decoded in the tree;
 * browsers drop tabs and line breaks anywhere in it and spaces and control characters at its ends,
 * so `java&#9;script:` is `javascript:`.
 */
export function normalizedAddress(address: string): string {
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  return address.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The protocol of an address (`javascript`), or undefined for one of the site's own (`/van-ban/…`, `#a`). */
export function protocolOf(address: string): string | undefined {
  const colon = address.indexOf(':');
  const boundary = address.search(/[/?#]/);
  if (colon <= 0 || (boundary !== -1 && boundary < colon)) return undefined;
  return address.slice(0, colon).toLowerCase();
}

/** The names of a property as HTML writes it: `className` is `class`, `ariaLabel` is `aria-label`. */
const attributeName = (property: string): string => find(html, property).attribute;

type AttributeRule = NonNullable<Schema['attributes']>[string][number];
const ruleName = (rule: AttributeRule): string => (typeof rule === 'string' ? rule : rule[0]);

function rulesFor(tag: string): AttributeRule[] {
  const attributes = PROSE_SCHEMA.attributes ?? {};
  return [...(attributes['*'] ?? []), ...(attributes[tag] ?? [])];
}

/**
 * The attributes a clerk may write on a tag, as HTML names them: those with a value of their own,
 * not those the renderer sets on footnotes and task lists.
 */
function writableAttributes(rules: readonly AttributeRule[]): string[] {
  const names = rules.flatMap((rule) => (typeof rule === 'string' ? [attributeName(rule)] : []));
  return [...new Set(names.filter((name) => !/^(?:data|aria)-/.test(name)))].sort();
}

/** Whether a property's value is one the rule allows: any, or each of its values among those listed. */
function valueAllowed(rule: AttributeRule, value: Properties[string]): boolean {
  if (typeof rule === 'string') return true;
  const [, ...allowed] = rule;
  const values = Array.isArray(value) ? value : [value];
  return values.every((one) => allowed.some((ok) => (ok instanceof RegExp ? typeof one === 'string' && ok.test(one) : ok === one)));
}

/** Attributes through which a page loads something rather than links to it. */
const LOADS = new Set(['src']);
/** Addresses that run code when followed. */
const SCRIPT_PROTOCOLS = new Set(['javascript', 'vbscript', 'data']);

/** What is wrong with an address, if anything: a protocol not listed, or a file loaded from another host. */
function addressFault(property: string, value: string): ElementFault | undefined {
  const address = normalizedAddress(value);
  const protocol = protocolOf(address);
  const allowed = PROSE_SCHEMA.protocols?.[property] ?? [];
  // `//host/x.png` names no protocol but another host, which the page would load from.
  const remote = protocol === 'http' || protocol === 'https' || (protocol === undefined && address.startsWith('//'));
  if (LOADS.has(property) && remote) return { kind: 'remote', address: value };
  if (protocol !== undefined && (SCRIPT_PROTOCOLS.has(protocol) || !allowed.includes(protocol))) {
    return { kind: 'address', address: value, protocol };
  }
  return undefined;
}

/** Everything in one element that PROSE_SCHEMA does not allow; its children are screened on their own. */
export function screenElement(element: Element): ElementFault[] {
  const tag = element.tagName;
  if (!(PROSE_SCHEMA.tagNames ?? []).includes(tag)) return [{ kind: 'tag', tag }];
  const rules = rulesFor(tag);
  const faults: ElementFault[] = [];
  for (const [property, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || value === false) continue;
    const attribute = attributeName(property);
    if (/^on/i.test(attribute)) {
      faults.push({ kind: 'script', tag, attribute });
      continue;
    }
    const rule = rules.find((candidate) => ruleName(candidate) === property);
    if (!rule || !valueAllowed(rule, value)) {
      faults.push({ kind: 'attribute', tag, attribute, allowed: writableAttributes(rules) });
      continue;
    }
    if (property in (PROSE_SCHEMA.protocols ?? {}) && typeof value === 'string') {
      const fault = addressFault(property, value);
      if (fault) faults.push(fault);
    }
  }
  return faults;
}
