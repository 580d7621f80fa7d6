/**
 * The site-wide privacy guard. Personal data of citizens (Nghị định
 * 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân 2025, Luật Tố cáo 2018) must never
 * be published: an ID card number (CMND 9 digits, CCCD 12 digits), a phone
 * number or an e-mail address found in the raw text of any content file stops
 * the build, except the commune's own contacts in content/site.yaml.
 *
 * What is deliberately NOT treated as personal, and why:
 * - numbers of documents and laws (`12/KH-UBND`, `10/2022/QH15`) and dates
 *   (`2023-06-15`, `15/06/2023`): their digit groups are too short to be an ID
 *   or a phone number, so they never match;
 * - sums of money: an amount written with thousands dots (`1.500.000.000`,
 *   each side of `100.000.000-200.000.000`, also right after another number as
 *   in `khoản 2 150.000.000`), and any number just before a currency word
 *   (`150000000 đồng`, `150 000 000đ`, `VNĐ`, `VND`, `₫`, `triệu`, `tỷ`).
 *   Vietnamese writes amounts that way, and an amount never starts with 0
 *   where phones and CCCD numbers do. A CMND of a province whose code has none
 *   (`230.123.456`, Gia Lai) is written the same way as a dotted amount, so it
 *   is taken for one unless the words before it name an identity card
 *   (`CMND 230.123.456`, in composed or decomposed Unicode). A phone whose
 *   last groups look like an amount is still a phone (`(028) 38.123.456`,
 *   `0269 3812 345 đ/c`). Without dots or a currency word nothing tells an
 *   amount from an ID, so `150000000` alone is still taken for a CMND;
 * - twelve-digit numbers that do not start with a province code 001–096
 *   (a bank account, `1234 5678 9012`): every CCCD does;
 * - digits inside long hexadecimal checksums.
 * An ID written in groups must use groups of at least three digits
 * (`001 094 012 345`), so a date followed by a count is not taken for one.
 *
 * A deliberate exception (the public hotline of another body, say) is written
 * next to the value, on the same line or the line just above, as a comment
 * that names the value and gives a reason of at least four words:
 *   YAML:  `# privacy-exception: "0269 3812 345" -- số trực ban công khai của Công an thị trấn`
 *   MDX:   `{/* privacy-exception: "0269 3812 345" -- số trực ban công khai của Công an thị trấn *\/}`
 *   MD:    `<!-- privacy-exception: "0269 3812 345" -- số trực ban công khai của Công an thị trấn -->`
 * A comment is used rather than a frontmatter field because every kind's
 * schema is strict and the guard must work for kinds that do not exist yet;
 * none of these comments is rendered on the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { SiteConfig } from '../schemas/site';
import type { CommentStyle, ContentProblem, PersonalDataKind } from '../vocabulary/problems';
import { fieldPath } from './problems';
import { FRONTMATTER } from './source-text';

export type { PersonalDataKind };

/** Something in a text that looks like personal data. */
export interface Finding {
  kind: PersonalDataKind;
  /** The text as written. */
  raw: string;
  /** Comparable form: a phone as 0 + national number, an ID as digits, an e-mail in lower case. */
  normalized: string;
  /** Offsets of `raw` in the text. */
  start: number;
  end: number;
}

/** Checksums and other long hex strings: their digit runs are not numbers anyone wrote. */
const HEX = /\b[0-9a-f]{32,}\b/gi;
const EMAIL =
  /[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}/g;
/**
 * A run of digit groups joined by a dot, a dash or one or two spaces, optionally
 * led by +84 / (+84) and a bracketed area code: `0912 345 678`, `+84 912.345.678`,
 * `(0269) 3812 345`. Not started inside another number. The spaces include the
 * non-breaking and thin ones and the dashes the en dash, which text pasted from a
 * word processor or a chat carries; a doubled space is a common slip of typing.
 * Every separator is bounded and can never match a digit, so the scan stays
 * linear however long the run.
 */
const RUN =
  /(?<![\d+])(?:(\(\+84\)|\+84)(?:[.\u2013-]|[ \u00a0\u2009\u202f]{1,2})?)?(?:\(0\d{2,3}\)(?:[.\u2013-]|[ \u00a0\u2009\u202f]{1,2})?)?\d+(?:(?:[.\u2013-]|[ \u00a0\u2009\u202f]{1,2})\d+)*/g;
/** Words that name an identity card just before a number: then it is not an amount of money. */
const ID_CARD_BEFORE = /(?:CMND|CCCD|CMT|căn cước|chứng minh|định danh)[^\d\n]{0,24}$/iu;
/** Code units looked back for that cue: a cue and 24 characters, even decomposed (a Vietnamese letter can take three). */
const ID_CUE_REACH = 120;
/** The word just after a number, with the spaces before it, or the đồng sign. */
const WORD_AFTER = /[ \u00a0\u2009\u202f]{0,2}([\p{L}\p{M}]+|₫)/uy;
/** Words that make the number before them a sum of money, in NFC and lower case. */
const CURRENCY = new Set(['đồng', 'đ', 'vnđ', 'vnd', '₫', 'triệu', 'tỷ', 'tỉ']);
/**
 * Words that make the number before them a count or a measure (`123456789 lượt truy cập`,
 * `150000000 m²`): as a sum of money, never an identity number, unless the words before it name a card.
 */
const COUNTED = new Set([
  'lượt',
  'người',
  'hộ',
  'lần',
  'trang',
  'bản',
  'tấn',
  'kg',
  'ha',
  'km',
  'm',
  'm2',
  'cây',
  'con',
  'suất',
  'phiếu',
  'khách',
  'cuốn',
  'tờ',
  'chiếc',
  'căn',
  'điểm',
]);
/** A CCCD begins with the code of the province where it was registered, 001 to 096. */
const CCCD = /^0(?:0[1-9]|[1-8]\d|9[0-6])\d{9}$/;

const blankOut = (text: string, pattern: RegExp): string => text.replace(pattern, (match) => ' '.repeat(match.length));

/** Whether the words just before `offset` name an identity card, however the text was normalized. */
function namesIdCard(text: string, offset: number): boolean {
  // Only the short slice is normalized, so offsets into the text stay as written.
  return ID_CARD_BEFORE.test(text.slice(Math.max(0, offset - ID_CUE_REACH), offset).normalize('NFC'));
}

/**
 * Whether a currency word (`đồng`, `đ`, `VNĐ`, `₫`, `triệu`…) follows `offset`. `đ/c` (địa chỉ,
 * đồng chí) is not one: `CMND 230123456 đ/c thôn 3` is an identity number and an address.
 */
function currencyAt(text: string, offset: number): boolean {
  WORD_AFTER.lastIndex = offset;
  const word = WORD_AFTER.exec(text)?.[1];
  if (word === undefined || text[WORD_AFTER.lastIndex] === '/') return false;
  const plain = word.normalize('NFC').toLowerCase();
  return CURRENCY.has(plain) || COUNTED.has(plain) || (plain === 'm' && text[WORD_AFTER.lastIndex] === '²');
}

/** The phone number in `digits` as 0 + national number, or undefined. `international` after +84. */
function phoneOf(digits: string, international: boolean): { kind: 'mobile' | 'landline'; normalized: string } | undefined {
  let national: string | undefined;
  if (international) national = digits.startsWith('0') ? digits.slice(1) : digits;
  else if (digits.startsWith('0084')) national = digits.slice(4);
  else if (digits.startsWith('0')) national = digits.slice(1);
  else if (/^84[235789]/.test(digits)) national = digits.slice(2);
  if (national === undefined) return undefined;
  if (/^[35789]\d{8}$/.test(national)) return { kind: 'mobile', normalized: `0${national}` };
  // The 11-digit mobiles renumbered in 2018 (012x, 016x, 0186, 0188, 0199) are still written by people who kept them.
  if (/^(?:1[26]\d|18[68]|199)\d{7}$/.test(national)) return { kind: 'mobile', normalized: `0${national}` };
  if (/^2\d{9}$/.test(national)) return { kind: 'landline', normalized: `0${national}` };
  return undefined;
}

interface Group {
  digits: string;
  /** What joins it to the group before: a dot, a dash, spaces; for the first group, whatever led the run. */
  separator: string;
  start: number;
  end: number;
}

/** What joins the thousands of an amount: a dot, or spaces. */
const THOUSANDS_SEPARATOR = /^(?:\.|[ \u00a0\u2009\u202f]+)$/;

/** Whether groups `first`..`last` are written like an amount: `150.000.000`, `150 000 000`, or plain `150000000`. */
function isAmount(groups: Group[], first: number, last: number): boolean {
  const head = groups[first]?.digits ?? '';
  if (!/^[1-9]/.test(head)) return false;
  if (first === last) return true;
  const separator = groups[first + 1]?.separator ?? '';
  if (head.length > 3 || !THOUSANDS_SEPARATOR.test(separator)) return false;
  return groups.slice(first + 1, last + 1).every((group) => group.digits.length === 3 && group.separator === separator);
}

/**
 * Where the amount that ends a run begins: back over the groups of three
 * joined alike (`2023 150 000 000` → `150 000 000`), in one pass so a long
 * run costs no more than its length.
 */
function amountTailStart(groups: Group[]): number {
  const last = groups.length - 1;
  const separator = groups[last]?.separator ?? '';
  let first = last;
  if (THOUSANDS_SEPARATOR.test(separator)) {
    const inThousands = (i: number): boolean => {
      const group = groups[i];
      return group?.digits.length === 3 && group.separator === separator;
    };
    while (first > 0 && inThousands(first) && (groups[first - 1]?.digits.length ?? 0) <= 3) first -= 1;
  }
  // An amount does not start with 0, so a leading group such as `05` is not part of it.
  while (first < last && groups[first]?.digits.startsWith('0')) first += 1;
  return first;
}

/**
 * Which groups of a run are written as a sum of money: a dotted amount standing
 * alone (`150.000.000`, either side of `100.000.000-200.000.000`) unless the
 * words before it name an identity card, and the number just before a currency
 * word (`150 000 000 đồng`, `150000000đ`). Amounts never start with 0, so a CCCD
 * is never taken for one, and what follows +84 is a phone.
 */
function moneyGroups(text: string, groups: Group[], runEnd: number, prefixed: boolean): boolean[] {
  const money = new Array<boolean>(groups.length).fill(false);
  for (let first = 0; first < groups.length;) {
    let last = first;
    while (groups[last + 1]?.separator === '.') last += 1;
    const afterPrefix = prefixed && first === 0;
    if (last > first && !afterPrefix && isAmount(groups, first, last) && !namesIdCard(text, groups[first]?.start ?? 0)) {
      money.fill(true, first, last + 1);
    }
    first = last + 1;
  }
  const last = groups.length - 1;
  if (last >= 0 && currencyAt(text, runEnd)) {
    const first = amountTailStart(groups);
    const isMoney = !(prefixed && first === 0) && isAmount(groups, first, last) && !namesIdCard(text, groups[first]?.start ?? 0);
    if (isMoney) money.fill(true, first);
  }
  return money;
}

/** No phone number or ID has more digits than this, so longer spans need not be tried. */
const MAX_DIGITS = 14;

/**
 * Phones first, then IDs among the groups left over. From each group the
 * longest span that matches wins, so `0912 345 678` is one phone, not a CMND,
 * and `1234 5678 9012` one account number, not a CMND and three digits.
 * Groups written as money are never part of an ID, nor a phone on their own
 * (`84.512.345.678 đồng`); a phone that runs into one keeps it
 * (`(028) 38.123.456`).
 */
function classifyRun(text: string, runStart: number, groups: Group[], prefixed: boolean, money: boolean[]): Finding[] {
  const findings: Finding[] = [];
  const used = new Array<boolean>(groups.length).fill(false);
  // The first span starts with the run, so it keeps a +84 or a bracketed area code.
  const spanStart = (i: number): number => (i === 0 ? runStart : (groups[i]?.start ?? runStart));
  for (let i = 0; i < groups.length;) {
    let best: { j: number; phone: NonNullable<ReturnType<typeof phoneOf>> } | undefined;
    let digits = '';
    let onlyMoney = true;
    for (let j = i; j < groups.length; j += 1) {
      digits += groups[j]?.digits ?? '';
      onlyMoney &&= money[j] === true;
      if (digits.length > MAX_DIGITS) break;
      const phone = phoneOf(digits, prefixed && i === 0);
      if (phone && !onlyMoney) best = { j, phone };
    }
    if (!best) {
      i += 1;
      continue;
    }
    const start = spanStart(i);
    const end = groups[best.j]?.end ?? start;
    findings.push({ ...best.phone, raw: text.slice(start, end), start, end });
    for (let k = i; k <= best.j; k += 1) used[k] = true;
    i = best.j + 1;
  }
  for (let i = 0; i < groups.length;) {
    let best: { j: number; kind: 'cccd' | 'cmnd' | undefined; digits: string } | undefined;
    let digits = '';
    for (let j = i; j < groups.length && !used[j] && !money[j]; j += 1) {
      // An ID split into groups uses groups of three or more digits; dates use two.
      if (j > i && ((groups[i]?.digits.length ?? 0) < 3 || (groups[j]?.digits.length ?? 0) < 3)) break;
      digits += groups[j]?.digits ?? '';
      if (digits.length > MAX_DIGITS) break;
      // Twelve digits without a province code are still one number (a bank account): not a CCCD, nor a CMND in it.
      if (digits.length === 12) best = { j, kind: CCCD.test(digits) ? 'cccd' : undefined, digits };
      else if (digits.length === 9) best = { j, kind: 'cmnd', digits };
    }
    if (!best) {
      i += 1;
      continue;
    }
    if (best.kind) {
      const start = groups[i]?.start ?? runStart;
      const end = groups[best.j]?.end ?? start;
      findings.push({ kind: best.kind, raw: text.slice(start, end), normalized: best.digits, start, end });
    }
    i = best.j + 1;
  }
  return findings;
}

/** How a person is named before their name: `ông`, `bà`, `hộ ông`, `hộ gia đình bà`, in either case. */
const HONORIFIC = '(?:[Hh]ộ (?:gia đình )?)?(?:[ÔôOo]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]ô|[Cc]hú|[Bb]ác|[Ee]m)';
/** A Vietnamese full name: two to five words, each starting with a capital. */
const FULL_NAME = '\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){1,4}';
/** A house number: `số nhà 12`, `nhà số 12`, `SN 12`, `12 đường …`, `số 12 ngõ …`. */
const HOUSE =
  '(?:[Ss]ố nhà|[Nn]hà số|SN)\\s*\\d+[a-zA-Z]?|(?:[Ss]ố\\s*)?\\d+[a-zA-Z]?(?:/\\d+)?\\s+(?:đường|phố|hẻm|ngõ|ngách|kiệt)(?![\\p{L}])';
/**
 * A person named with a house number within the same clause: "Hộ ông Nguyễn Văn Hùng, số nhà 12,
 * thôn 3". A name alone (an official who signs) or a thôn alone is public; the two together lead to a door.
 */
const NAME_AT_HOME = new RegExp(`(?<![\\p{L}])${HONORIFIC}\\s+(${FULL_NAME})[^\\n.;:]{0,60}?(?:${HOUSE})`, 'gu');

/** Everyone named with their house number in `text`. */
function namesAtHome(text: string): Finding[] {
  return [...text.matchAll(NAME_AT_HOME)].map((match) => ({
    kind: 'homeAddress' as const,
    raw: match[0],
    normalized: (match[1] ?? '').toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * Everything in `text` that looks like a CMND/CCCD number, a Vietnamese phone number, an e-mail
 * address, or a person named with their house number.
 */
export function findPersonalData(text: string): Finding[] {
  // Web addresses are scanned too: a zalo.me/<number> link publishes a phone number as surely as the number.
  const withoutChecksums = blankOut(text, HEX);
  const findings: Finding[] = [];
  const hasAt = text.includes('@');
  for (const match of hasAt ? withoutChecksums.matchAll(EMAIL) : []) {
    findings.push({
      kind: 'email',
      raw: match[0],
      normalized: match[0].toLowerCase(),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  const numbersOnly = hasAt ? blankOut(withoutChecksums, EMAIL) : withoutChecksums;
  for (const match of numbersOnly.matchAll(RUN)) {
    const run = match[0];
    const prefix = match[1];
    const prefixed = prefix !== undefined;
    // The 84 of a +84 prefix is not part of the national number.
    const bodyStart = prefix ? prefix.length : 0;
    const groups: Group[] = [];
    let previousEnd = match.index;
    for (const group of run.slice(bodyStart).matchAll(/\d+/g)) {
      const start = match.index + bodyStart + group.index;
      groups.push({ digits: group[0], separator: text.slice(previousEnd, start), start, end: start + group[0].length });
      previousEnd = start + group[0].length;
    }
    const money = moneyGroups(text, groups, match.index + run.length, prefixed);
    findings.push(...classifyRun(text, match.index, groups, prefixed, money));
  }
  findings.push(...namesAtHome(text));
  return findings.sort((a, b) => a.start - b.start);
}

/** The value with most of it hidden, so the build log never republishes it: `0912***678`, `ng***@gmail.com`. */
export function maskFinding(finding: Pick<Finding, 'kind' | 'normalized'>): string {
  const value = finding.normalized;
  switch (finding.kind) {
    case 'email': {
      const [local = '', domain = ''] = value.split('@');
      return `${local.slice(0, 2)}***@${domain}`;
    }
    case 'mobile':
    case 'landline':
      return `${value.slice(0, 4)}***${value.slice(-3)}`;
    case 'cccd':
    case 'cmnd':
      return `${value.slice(0, 2)}***${value.slice(-2)}`;
    case 'homeAddress':
      // Initials only: `N. V. H., số nhà …`.
      return `${value
        .split(/\s+/)
        .map((word) => `${word.charAt(0).toLocaleUpperCase('vi')}.`)
        .join(' ')}, số nhà …`;
  }
}

/** A value as the report may show it: masked if it looks personal, as written otherwise. */
function maskValue(value: string): string {
  const finding = findPersonalData(value)[0];
  return finding ? maskFinding(finding) : value;
}

/** The commune's own published contacts, which may appear anywhere. */
export interface AllowedContacts {
  /** Phone numbers as 0 + national number. */
  phones: ReadonlySet<string>;
  /** E-mail addresses in lower case. */
  emails: ReadonlySet<string>;
}

/** The phones and e-mail of content/site.yaml, in the comparable form. */
export function allowedContacts(site: Pick<SiteConfig, 'phones' | 'email'> | undefined): AllowedContacts {
  const phones = new Set<string>();
  for (const phone of site?.phones ?? []) {
    for (const finding of findPersonalData(phone.number)) phones.add(finding.normalized);
  }
  return { phones, emails: new Set(site?.email ? [site.email.toLowerCase()] : []) };
}

function isAllowed(finding: Finding, allowed: AllowedContacts): boolean {
  if (finding.kind === 'email') return allowed.emails.has(finding.normalized);
  if (finding.kind === 'mobile' || finding.kind === 'landline') return allowed.phones.has(finding.normalized);
  return false;
}

/** A `privacy-exception` comment found in a file. */
export interface PrivacyException {
  /** 1-based line of the comment. */
  line: number;
  value: string;
  normalized: string;
  reason: string;
  /** A reason of at least four words; without one the exception does not count. */
  hasReason: boolean;
  /** Offsets of the whole comment in the text: the value written inside it is not itself a finding. */
  start: number;
  end: number;
}

const EXCEPTION = /(?:#|\{\/\*|<!--)\s*privacy-exception:\s*"([^"\n]*)"\s*(?:--|—|–)?\s*(.*?)\s*(?:\*\/\s*\}|-->|$)/g;

/** Every `privacy-exception` comment in a text. Only comments count, so a marker never shows on a page. */
export function findExceptions(text: string): PrivacyException[] {
  let lineStart = 0;
  return text.split('\n').flatMap((lineText, index) => {
    const offset = lineStart;
    lineStart += lineText.length + 1;
    return [...lineText.matchAll(EXCEPTION)].map((match) => {
      const value = match[1] ?? '';
      const reason = (match[2] ?? '').trim();
      const words = reason.split(/\s+/).filter((word) => /\p{L}/u.test(word));
      return {
        line: index + 1,
        value,
        normalized: findPersonalData(value)[0]?.normalized ?? value.trim().toLowerCase(),
        reason,
        hasReason: words.length >= 4,
        start: offset + match.index,
        end: offset + match.index + match[0].length,
      };
    });
  });
}

/** The YAML path of the node at `offset`, or [] when it is between fields. */
function yamlPathAt(node: unknown, offset: number, trail: PropertyKey[] = []): PropertyKey[] {
  const within = (n: Node | null | undefined): boolean =>
    n?.range !== undefined && n.range !== null && offset >= n.range[0] && offset < n.range[2];
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      const name = isScalar(key) ? (key.value as PropertyKey) : '?';
      if (within(value)) return yamlPathAt(value, offset, [...trail, name]);
      if (within(key)) return [...trail, name];
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      if (within(item as Node)) return yamlPathAt(item, offset, [...trail, index]);
    }
  }
  return trail;
}

/** Where the text at `offset` sits: a frontmatter field (`issues[2].raised`) or the body. */
function fieldLocator(file: string, text: string): (offset: number) => string {
  const extension = path.extname(file).toLowerCase();
  let yamlStart: number | undefined;
  let yamlText: string | undefined;
  if (extension === '.yaml' || extension === '.yml') {
    yamlStart = 0;
    yamlText = text;
  } else if (extension === '.md' || extension === '.mdx') {
    const fence = FRONTMATTER.exec(text);
    if (fence) {
      yamlText = fence[1] ?? '';
      yamlStart = text.startsWith('---\r\n') ? 5 : 4;
    }
  }
  if (yamlStart === undefined || yamlText === undefined) return () => BODY_FIELD;
  const start = yamlStart;
  const end = yamlStart + yamlText.length;
  // Parsed when first asked: most findings are the committee's own contacts and are never reported.
  let doc: ReturnType<typeof parseDocument> | undefined;
  return (offset) => {
    if (offset < start || offset >= end) return BODY_FIELD;
    doc ??= parseDocument(yamlText, { schema: 'core' });
    return fieldPath(yamlPathAt(doc.contents, offset - start)) || '(frontmatter)';
  };
}

/** The field reported for text in the body of a page rather than in its frontmatter. */
export const BODY_FIELD = '(nội dung)';

/** How a privacy exception is written in a file of this kind: the comment its text can hold. */
function commentStyle(file: string): CommentStyle {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.mdx') return 'mdx';
  if (extension === '.md' || extension === '.html') return 'html';
  return 'yaml';
}

/**
 * Checks one file's raw text. Problems: personal data not covered by the
 * site's own contacts or by a reasoned exception next to it. Warnings:
 * exceptions that excuse nothing on their line or the next.
 */
export function scanText(file: string, text: string, allowed: AllowedContacts): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const findings = findPersonalData(text);
  const exceptions = findExceptions(text);
  if (findings.length === 0 && exceptions.length === 0) return { problems: [], warnings: [] };
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const fieldAt = fieldLocator(file, text);
  const used = new Set<PrivacyException>();
  const problems: ContentProblem[] = [];
  for (const finding of findings) {
    if (isAllowed(finding, allowed)) continue;
    if (exceptions.some((e) => finding.start >= e.start && finding.end <= e.end)) continue;
    const line = lineOf(finding.start);
    const nearby = exceptions.filter((e) => e.normalized === finding.normalized && (e.line === line || e.line === line - 1));
    const valid = nearby.find((e) => e.hasReason);
    if (valid) {
      used.add(valid);
      continue;
    }
    for (const e of nearby) used.add(e);
    problems.push({
      file,
      line,
      field: fieldAt(finding.start),
      found: maskFinding(finding),
      code: 'privacy.personalData',
      params: { kind: finding.kind, unreasoned: nearby.length > 0, comment: commentStyle(file) },
    });
  }
  // A marker whose value is not personal data at all (the "…" of a written example) excuses nothing and harms nothing.
  const warnings = exceptions
    .filter((e) => !used.has(e) && findPersonalData(e.value).length > 0)
    .map((e): ContentProblem => ({
      file,
      line: e.line,
      field: fieldAt(lineStarts[e.line - 1] ?? 0),
      found: maskValue(e.value),
      code: 'privacy.strayException',
      params: {},
    }));
  return { problems, warnings };
}

const TEXT_EXTENSIONS = new Set([
  '.md',
  '.mdx',
  '.yaml',
  '.yml',
  '.json',
  '.csv',
  '.tsv',
  '.txt',
  '.html',
  '.htm',
  '.xml',
  '.ics',
  '.toml',
]);

/** Every text file under `dir`, at any depth, in path order; hidden files and binary attachments are skipped. */
export function listTextFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listTextFiles(full));
    else if (entry.isFile() && TEXT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(full);
  }
  return files;
}

/**
 * Scans every text file of the content folder (documents, dialogues, and any
 * kind added later) with the site's own contacts allowed. Scanned PDFs and
 * images are not read: they are the signed originals, checked by people.
 */
export function checkPrivacy(
  dir: string,
  site: Pick<SiteConfig, 'phones' | 'email'> | undefined,
  read: (file: string) => string = (file) => fs.readFileSync(file, 'utf8'),
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const allowed = allowedContacts(site);
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const file of listTextFiles(dir)) {
    const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
    const result = scanText(shown, read(file), allowed);
    problems.push(...result.problems);
    warnings.push(...result.warnings);
  }
  return { problems, warnings };
}
