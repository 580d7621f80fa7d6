/**
 * A document's facts as Vietnamese administrative writing sets them (Nghị định 30/2020): its label
 * and heading, its citation, the issuer's lines and the signature block of the printed page.
 */
import type { Recipient, Reference, Signer, DocumentData } from '../schemas/document';
import { toPartialDate } from '../dates/calendar';
import { kindName } from '../vocabulary/document-kinds';
import { formatDateShortVi } from './dates';

/** The kinds of administrative unit that follow an organ's name: "Ủy ban nhân dân | thị trấn Đak Đoa". */
const UNIT_AFTER_ORGAN = /^(.+?) ((?:xã(?! hội)|phường|thị trấn|đặc khu|thị xã|huyện|quận|thành phố|tỉnh) .+)$/iu;

/**
 * An issuer's name as the printed header sets it: the organ on one line and its unit on the next,
 * so that a narrow column never breaks inside "thị trấn" or a place name.
 */
export function issuerLines(issuer: string): string[] {
  const match = UNIT_AFTER_ORGAN.exec(issuer.trim());
  return match ? [match[1] ?? '', match[2] ?? ''] : [issuer.trim()];
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
  const deputyLine = signer.deputyOf === undefined ? [] : [`KT. ${upper(signer.deputyOf)}`];
  return [`${signer.authority}. ${upper(signer.onBehalfOf ?? '')}`, ...deputyLine, upper(signer.position)];
}

/** One "Nơi nhận" line: `- UBND huyện (b/c);`, the last one ending in a full stop. */
export function recipientLine(recipient: Recipient, isLast: boolean): string {
  const purpose = recipient.purpose ? ` (${recipient.purpose})` : '';
  return `- ${recipient.name}${purpose}${isLast ? '.' : ';'}`;
}

/**
 * The signer in one line for the metadata: `Chủ tịch Nguyễn Trọng Thành (TM. Ủy ban nhân dân)`,
 * or `Phó Chủ tịch … (TM. Ủy ban nhân dân, KT. Chủ tịch)` when a deputy signs for the body.
 */
export function signerSummary(signer: Signer): string {
  const who = [signer.position, signer.name].filter(Boolean).join(' ');
  if (signer.authority === undefined || signer.authority === 'Q') {
    return signer.authority === 'Q' ? `Q. ${who}` : who;
  }
  const deputy = signer.deputyOf === undefined ? '' : `, KT. ${signer.deputyOf}`;
  return `${who} (${signer.authority}. ${signer.onBehalfOf ?? ''}${deputy})`;
}

/**
 * The trích yếu as it reads after the kind's name: its first letter in lower case, unless its
 * first word is an abbreviation (`UBND`) or opens a proper name (`Đak Đoa`, `Gia Lai`), whose
 * capitals are part of the name.
 */
function continuingTitle(title: string): string {
  const [first = '', second = ''] = title.split(/\s+/);
  const isAbbreviation = first.length > 1 && /\p{L}/u.test(first) && first === first.toLocaleUpperCase('vi');
  const opensProperName = /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second);
  if (isAbbreviation || opensProperName) return title;
  return `${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}`;
}

/** The page heading: kind and trích yếu as one phrase, `Kế hoạch thực hiện công tác …`. */
export function documentHeading(data: Pick<DocumentData, 'kind' | 'title'>): string {
  return `${kindName(data.kind)} ${continuingTitle(data.title)}`;
}
