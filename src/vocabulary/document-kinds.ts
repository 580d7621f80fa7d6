/**
 * Kinds of document, keyed by the slug staff write in `kind:`. `code` is the
 * abbreviation Nghị định 30/2020 (Phụ lục III) puts in a number such as
 * `12/KH-UBND`; a công văn has none. `issuable` marks the kinds a commune
 * People's Committee itself issues; the rest appear only in citations.
 */
export const DOCUMENT_KINDS = {
  'ke-hoach': { name: 'Kế hoạch', code: 'KH', issuable: true },
  'quyet-dinh': { name: 'Quyết định', code: 'QĐ', issuable: true },
  'thong-bao': { name: 'Thông báo', code: 'TB', issuable: true },
  'bao-cao': { name: 'Báo cáo', code: 'BC', issuable: true },
  'chuong-trinh': { name: 'Chương trình', code: 'CTr', issuable: true },
  'nghi-quyet': { name: 'Nghị quyết', code: 'NQ', issuable: true },
  'cong-van': { name: 'Công văn', code: undefined, issuable: true },
  'to-trinh': { name: 'Tờ trình', code: 'TTr', issuable: true },
  'huong-dan': { name: 'Hướng dẫn', code: 'HD', issuable: true },
  'bien-ban': { name: 'Biên bản', code: 'BB', issuable: true },
  'chi-thi': { name: 'Chỉ thị', code: 'CT', issuable: true },
  'quy-che': { name: 'Quy chế', code: 'QC', issuable: true },
  'quy-dinh': { name: 'Quy định', code: 'QyĐ', issuable: true },
  'phuong-an': { name: 'Phương án', code: 'PA', issuable: true },
  'giay-moi': { name: 'Giấy mời', code: 'GM', issuable: true },
  luat: { name: 'Luật', code: undefined, issuable: false },
  'nghi-dinh': { name: 'Nghị định', code: 'NĐ', issuable: false },
  'thong-tu': { name: 'Thông tư', code: 'TT', issuable: false },
  'ket-luan': { name: 'Kết luận', code: 'KL', issuable: false },
  'thong-tri': { name: 'Thông tri', code: 'TTr', issuable: false },
} as const satisfies Record<string, { name: string; code: string | undefined; issuable: boolean }>;

export type DocumentKindId = keyof typeof DOCUMENT_KINDS;

export const DOCUMENT_KIND_IDS = Object.keys(DOCUMENT_KINDS) as [DocumentKindId, ...DocumentKindId[]];

export const ISSUABLE_KIND_IDS = DOCUMENT_KIND_IDS.filter((id) => DOCUMENT_KINDS[id].issuable) as [DocumentKindId, ...DocumentKindId[]];

/** Vietnamese name of a kind (`Kế hoạch`). */
export function kindName(kind: DocumentKindId): string {
  return DOCUMENT_KINDS[kind].name;
}

/** Official abbreviation of a kind (`KH`), or undefined for a công văn. */
export function kindCode(kind: DocumentKindId): string | undefined {
  return DOCUMENT_KINDS[kind].code;
}

/** Codes of every kind that has one: a công văn's number starts with its issuer instead. */
const KIND_CODES: ReadonlySet<string> = new Set(Object.values(DOCUMENT_KINDS).flatMap((k) => (k.code === undefined ? [] : [k.code])));

/**
 * Whether a number such as `12/KH-UBND`, or `15/2023/QĐ-UBND` for a legal
 * normative document, carries the kind's code. A kind without a code (công văn:
 * `35/UBND-VP`) matches any number that carries no other kind's code.
 */
export function numberMatchesKind(number: string, kind: DocumentKindId): boolean {
  const code = kindCode(kind);
  const symbol = number.split('/').at(-1) ?? '';
  const first = symbol.split('-')[0] ?? '';
  return code === undefined ? !KIND_CODES.has(first) : first === code;
}
