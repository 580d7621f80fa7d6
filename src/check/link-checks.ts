import type { ContentProblem, ProblemDescriptor } from '../vocabulary/problems';

/** An address on this site written in a content file's prose, with its line. */
export interface ProseLink {
  href: string;
  line: number;
}

/** The texts that can open a link to this site: most files have none of them, and are not searched. */
const MAY_LINK = /\]\(\s*<?\/|\]:\s*<?\/|href\s*=\s*["']\//;
/** A Markdown link `[…](/…)` or `[…](</… …>)`, a reference definition `[x]: /…`, or an HTML `href="/…"`. */
const SITE_LINK = /\]\(\s*(?:<(\/[^>\n]*)>|(\/[^\s)]*))|^ {0,3}\[[^\]\n]+\]:[ \t]*<?(\/[^\s>]*)|\bhref\s*=\s*["'](\/[^"']*)["']/gm;

/** Fenced code blocks and code spans: an address written there is an example, not a link. */
const CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1|``[^\n]*?``|`[^`\n]*`/gm;

/** Every link to an address on this site (`/van-ban/…`, `/tep/…`) in a content file's text. */
export function siteLinks(source: string): ProseLink[] {
  if (!MAY_LINK.test(source)) return [];
  // Blanked line for line, so the lines of the links found stay those of the file.
  const text = source.replace(CODE, (code) => code.replace(/[^\n]/g, ' '));
  const links: ProseLink[] = [];
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(SITE_LINK)) {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < match.index; i = text.indexOf('\n', i + 1)) line += 1;
    counted = match.index;
    links.push({ href: match[1] ?? match[2] ?? match[3] ?? match[4] ?? '', line });
  }
  return links;
}

/** An address as its characters, or as written if its escapes are broken. */
function decoded(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

/** The items a link may name: their current and former addresses, and the attachments. */
export interface LinkTargets {
  /** Slugs and aliases, by the section that publishes them (`van-ban`, `lay-y-kien`, `doi-thoai`). */
  items: ReadonlyMap<string, ReadonlySet<string>>;
  /** Files published under /tep/: those a document names among its attachments. */
  attachments: ReadonlySet<string>;
}

const SECTION_FOLDERS: Record<string, string> = { 'van-ban': 'documents', 'lay-y-kien': 'consultations', 'doi-thoai': 'dialogues' };

/**
 * What a link to this site names that does not exist: an item's page (`/van-ban/<slug>/`) or an
 * attachment (`/tep/<file>`). Lists and other pages are left to the tests of the built site.
 */
function missingTarget(href: string, targets: LinkTargets): ProblemDescriptor | undefined {
  const path = decoded(href.replace(/[?#].*$/, ''));
  const attachment = /^\/tep\/([^/]+)$/.exec(path);
  if (attachment) {
    const name = attachment[1] ?? '';
    return targets.attachments.has(name) ? undefined : { code: 'link.attachment', params: { name } };
  }
  // An item's page has one segment after its section; lists (`/van-ban/nam/2023/`) have more.
  const item = /^\/([a-z-]+)\/([^/.]+)\/?$/.exec(path);
  const known = item ? targets.items.get(item[1] ?? '') : undefined;
  if (!item || !known || known.has(item[2] ?? '')) return undefined;
  const folder = SECTION_FOLDERS[item[1] ?? ''] ?? '';
  return { code: 'link.item', params: { section: item[1] ?? '', slug: item[2] ?? '', folder } };
}

/** Links in the prose of `file` that lead nowhere on this site, each at its line. */
export function checkSiteLinks(file: string, links: readonly ProseLink[], targets: LinkTargets): ContentProblem[] {
  return links.flatMap((link) => {
    const missing = missingTarget(link.href, targets);
    return missing ? [{ file, line: link.line, field: '(nội dung)', found: link.href, ...missing }] : [];
  });
}
