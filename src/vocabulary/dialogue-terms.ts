/**
 * The words of dialogues (đối thoại) and the issues raised at them (kiến nghị): their kinds and
 * statuses as staff write them, and the legal deadlines of Luật Tổ chức chính quyền địa phương
 * 2025, Điều 43.
 */

/**
 * Kinds of dialogue, keyed by the slug staff write in `kind:`. `legalTiming`
 * marks the kinds Điều 43 governs (announce ≥ 7 days before, publish results
 * ≤ 10 days after); `annual` the one that must happen every year.
 */
export const DIALOGUE_KINDS = {
  'hoi-nghi-doi-thoai': { legalTiming: true, annual: true },
  'doi-thoai-chuyen-de': { legalTiming: true, annual: false },
  'tiep-xuc': { legalTiming: false, annual: false },
} as const satisfies Record<string, { legalTiming: boolean; annual: boolean }>;

export type DialogueKindId = keyof typeof DIALOGUE_KINDS;
export const DIALOGUE_KIND_IDS = Object.keys(DIALOGUE_KINDS) as [DialogueKindId, ...DialogueKindId[]];

/**
 * Where an issue stands, keyed by the slug staff write in `status:` (also its
 * address under /kien-nghi/trang-thai/). Only `dang-giai-quyet` is open; the
 * others are closed: answered at the meeting, resolved, or transferred to the
 * body that has the power to decide.
 */
export const ISSUE_STATUSES = {
  'da-tra-loi': { closed: true },
  'dang-giai-quyet': { closed: false },
  'da-giai-quyet': { closed: true },
  'da-chuyen': { closed: true },
} as const satisfies Record<string, { closed: boolean }>;

export type IssueStatusId = keyof typeof ISSUE_STATUSES;
export const ISSUE_STATUS_IDS = Object.keys(ISSUE_STATUSES) as [IssueStatusId, ...IssueStatusId[]];

/** Days before the conference by which it must be announced. */
export const ANNOUNCE_MIN_DAYS = 7;
/** Days after the conference within which its results must be published. */
export const PUBLISH_MAX_DAYS = 10;
