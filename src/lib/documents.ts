import type { DocumentData, Recipient, Reference, Signer } from '../schemas/document';
import { kindName } from './document-kinds';
import {
  comparePartialDates,
  formatDateShortVi,
  periodEnd,
  periodStart,
  toPartialDate,
  type PartialDate,
} from './dates';

/** What the lists and pages need of a document: its slug and validated data. */
export interface DocumentEntry {
  id: string;
  data: DocumentData;
}

export const DOCUMENT_STATUSES = ['in-force', 'not-yet-in-force', 'expired', 'superseded', 'issued'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * A document's standing on a given Vietnam calendar day (`YYYY-MM-DD`).
 * Supersession wins; then the expiry and effective dates. A document with
 * neither date (a report, a notice) is simply "issued".
 */
export function documentStatus(
  dates: { effective?: string | undefined; expiry?: string | undefined },
  isSuperseded: boolean,
  today: string,
): DocumentStatus {
  if (isSuperseded) return 'superseded';
  if (dates.expiry !== undefined && periodEnd(toPartialDate(dates.expiry)) < today) return 'expired';
  if (dates.effective !== undefined && periodStart(toPartialDate(dates.effective)) > today) return 'not-yet-in-force';
  if (dates.effective !== undefined || dates.expiry !== undefined) return 'in-force';
  return 'issued';
}

/** Newest first by issue date; ties broken by number then slug so the order never wobbles. */
export function sortNewestFirst<T extends DocumentEntry>(docs: readonly T[]): T[] {
  return [...docs].sort(
    (a, b) =>
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
  const links = new Map<string, Backlinks>(
    docs.map((d) => [d.id, { implementedBy: [], supersededBy: [], referencedBy: [] }]),
  );
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

/** `Kế hoạch số 12/KH-UBND` or just `Kế hoạch` when the number is unknown. */
export function documentLabel(data: Pick<DocumentData, 'kind' | 'number'>): string {
  return data.number ? `${kindName(data.kind)} số ${data.number}` : kindName(data.kind);
}

/**
 * A citation as Vietnamese administrative text writes it:
 * `Kế hoạch số 12/KH-UBND ngày 17/01/2023 của Ủy ban nhân dân huyện Đak Đoa về …`.
 */
export function citationText(ref: Reference): string {
  const kind = ref.kind === undefined ? '' : kindName(ref.kind);
  // A law is cited by its name ("Luật Tiếp công dân"), which already starts with the kind.
  const titleLeads = ref.title !== undefined && kind !== '' && ref.title.startsWith(kind);
  return [
    titleLeads ? ref.title : kind,
    ref.number && `số ${ref.number}`,
    ref.date && `ngày ${formatDateShortVi(toPartialDate(ref.date))}`,
    ref.issuer && `của ${ref.issuer}`,
    titleLeads ? undefined : ref.title,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The lines of the signature block above the name, in capitals as printed. */
export function signatureLines(signer: Signer): string[] {
  const upper = (text: string): string => text.toLocaleUpperCase('vi');
  if (signer.authority === undefined) return [upper(signer.position)];
  if (signer.authority === 'Q') return [`Q. ${upper(signer.position)}`];
  return [`${signer.authority}. ${upper(signer.onBehalfOf ?? '')}`, upper(signer.position)];
}

/** One "Nơi nhận" line: `- UBND huyện (b/c);`, the last one ending in a full stop. */
export function recipientLine(recipient: Recipient, isLast: boolean): string {
  const purpose = recipient.purpose ? ` (${recipient.purpose})` : '';
  return `- ${recipient.name}${purpose}${isLast ? '.' : ';'}`;
}

/** Issue date as a partial date. */
export function issueDate(data: Pick<DocumentData, 'issued'>): PartialDate {
  return toPartialDate(data.issued);
}

/** The signer in one line for the metadata: `Chủ tịch Nguyễn Trọng Thành (TM. Ủy ban nhân dân)`. */
export function signerSummary(signer: Signer): string {
  const who = [signer.position, signer.name].filter(Boolean).join(' ');
  if (signer.authority === undefined || signer.authority === 'Q') {
    return signer.authority === 'Q' ? `Q. ${who}` : who;
  }
  return `${who} (${signer.authority}. ${signer.onBehalfOf ?? ''})`;
}

/** The page heading: kind and trích yếu as one phrase, `Kế hoạch thực hiện công tác …`. */
export function documentHeading(data: Pick<DocumentData, 'kind' | 'title'>): string {
  return `${kindName(data.kind)} ${data.title.charAt(0).toLocaleLowerCase('vi')}${data.title.slice(1)}`;
}
