import type { DocumentData } from '../schemas/document';
import type { DocumentStatus } from '../vocabulary/document-status';
import { comparePartialDates, periodEnd, periodStart, toPartialDate, type PartialDate } from '../dates/calendar';

/** What the lists and pages need of a document: its slug and validated data. */
export interface DocumentEntry {
  id: string;
  data: DocumentData;
}

/** What a document's standing depends on besides the day. */
export interface StatusDates {
  /** A dự thảo published for comment. */
  draft?: boolean | undefined;
  /** Taken down by the office: the page stays, with a notice, whatever its dates say. */
  withdrawn?: object | undefined;
  effective?: string | undefined;
  expiry?: string | undefined;
  /** The day (`YYYY-MM-DD`) the first document that replaces it takes effect. */
  supersededFrom?: string | undefined;
}

/**
 * A document's standing on a given Vietnam calendar day (`YYYY-MM-DD`).
 * A withdrawn document is withdrawn whatever else is true of it: the office took it down.
 * A draft (dự thảo) is never in force, so it stays a draft whatever its dates say.
 * Supersession wins from the day the replacing document takes effect; then the
 * expiry and effective dates. A document with neither date (a report, a
 * notice) is simply "issued".
 */
export function documentStatus(dates: StatusDates, today: string): DocumentStatus {
  if (dates.withdrawn !== undefined) return 'withdrawn';
  if (dates.draft === true) return 'draft';
  if (dates.supersededFrom !== undefined && dates.supersededFrom <= today) return 'superseded';
  if (dates.expiry !== undefined && periodEnd(toPartialDate(dates.expiry)) < today) return 'expired';
  if (dates.effective !== undefined && periodStart(toPartialDate(dates.effective)) > today) return 'not-yet-in-force';
  if (dates.effective !== undefined || dates.expiry !== undefined) return 'in-force';
  return 'issued';
}

/**
 * The day a document is replaced: when the earliest of the documents replacing it takes effect
 * (its effective date, or its issue date if it gives none). A replacement not yet in force
 * leaves the old document standing until then.
 */
export function supersededFrom(replacements: readonly Pick<DocumentData, 'effective' | 'issued'>[]): string | undefined {
  return replacements.map((r) => periodStart(toPartialDate(r.effective ?? r.issued))).sort()[0];
}

/**
 * Newest first by issue date; ties broken by number then slug so the order never wobbles. A
 * document known only to its year or month heads that year or month: it may be the newest of
 * them, and at the foot of the year it would read as older than all the year's documents.
 */
export function sortNewestFirst<T extends DocumentEntry>(docs: readonly T[]): T[] {
  const end = (doc: T): string => periodEnd(toPartialDate(doc.data.issued));
  return [...docs].sort(
    (a, b) =>
      end(b).localeCompare(end(a)) ||
      comparePartialDates(toPartialDate(b.data.issued), toPartialDate(a.data.issued)) ||
      (b.data.number ?? '').localeCompare(a.data.number ?? '', 'vi', { numeric: true }) ||
      a.id.localeCompare(b.id),
  );
}

/** Year of issue. */
export function issueYear(doc: DocumentEntry): number {
  return toPartialDate(doc.data.issued).year;
}

/** Links from other documents, the other direction of each reference. */
export interface Backlinks {
  implementedBy: string[];
  supersededBy: string[];
  referencedBy: string[];
}

/** For each slug, the documents that implement, supersede or cite it. */
export function collectBacklinks(docs: readonly DocumentEntry[]): Map<string, Backlinks> {
  const links = new Map<string, Backlinks>(docs.map((d) => [d.id, { implementedBy: [], supersededBy: [], referencedBy: [] }]));
  for (const doc of sortNewestFirst(docs)) {
    for (const ref of doc.data.implements) {
      if (ref.document) links.get(ref.document)?.implementedBy.push(doc.id);
    }
    for (const slug of doc.data.supersedes) links.get(slug)?.supersededBy.push(doc.id);
    for (const ref of doc.data.legalBases) {
      if (ref.document) links.get(ref.document)?.referencedBy.push(doc.id);
    }
  }
  return links;
}

/** Issue date as a partial date. */
export function issueDate(data: Pick<DocumentData, 'issued'>): PartialDate {
  return toPartialDate(data.issued);
}

/** Abbreviations an issuer's name is written with, as the words they stand for. */
const ISSUER_ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bUBND\b/giu, 'Ủy ban nhân dân'],
  [/\bHĐND\b/giu, 'Hội đồng nhân dân'],
  [/\bMTTQ(?:VN)?\b/giu, 'Mặt trận Tổ quốc'],
];

/**
 * An issuer's name as one key for all its spellings: `UBND thị trấn Đak Đoa`, `Ủy ban nhân dân thị
 * trấn Đak Đoa` and `Uỷ ban Nhân dân thị trấn Đak Đoa` (the older placing of the tone mark) are
 * one issuer. Tone marks are set aside, vowel letters (ă, â, ê, ô, ơ, ư, đ) kept, so that two
 * places that differ in a letter stay two.
 */
export function issuerKey(issuer: string): string {
  let text = issuer.normalize('NFC');
  for (const [abbreviation, words] of ISSUER_ABBREVIATIONS) text = text.replace(abbreviation, words);
  return text
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim();
}
