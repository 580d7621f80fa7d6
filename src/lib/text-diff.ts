import { diffArrays } from 'diff';

/**
 * A small, readable comparison of two texts for "what changed" between a
 * consulted draft and the adopted document: paragraph by paragraph, and word by
 * word inside a paragraph that was edited rather than replaced. The alignment is
 * the `diff` package's (Myers); what counts as a word, as a paragraph and as an
 * edit is ours.
 */

/** A run of words that both texts share, or that only one of them has. */
export interface DiffSegment {
  type: 'same' | 'added' | 'removed';
  text: string;
}

/** One paragraph of the comparison. */
export type BlockDiff =
  | { type: 'same'; text: string }
  | { type: 'added'; text: string }
  | { type: 'removed'; text: string }
  | { type: 'changed'; segments: DiffSegment[] };

type Op<T> = { type: 'same'; a: T; b: T } | { type: 'removed'; a: T } | { type: 'added'; b: T };

/**
 * Beyond this many removals and additions the comparison would cost more than it is worth
 * (Myers takes time growing with their square); the texts are then shown as all removed, all added.
 * A limit on edits rather than on time keeps the result the same on every machine.
 */
const MAX_EDITS = 1_000;

/**
 * Aligns two sequences by their longest common subsequence under `match`, with
 * removals before additions inside each gap so edits read in order. Both items of
 * a matched pair are kept: paragraphs matched as edits of each other differ.
 */
export function alignSequences<T>(a: readonly T[], b: readonly T[], match: (x: T, y: T) => boolean): Op<T>[] {
  const changes = diffArrays([...a], [...b], { comparator: match, maxEditLength: MAX_EDITS });
  if (changes === undefined) {
    return [...a.map((x): Op<T> => ({ type: 'removed', a: x })), ...b.map((y): Op<T> => ({ type: 'added', b: y }))];
  }
  let i = 0;
  return changes.flatMap((change): Op<T>[] => {
    if (change.added) return change.value.map((y) => ({ type: 'added', b: y }));
    const start = i;
    i += change.count;
    if (change.removed) return change.value.map((x) => ({ type: 'removed', a: x }));
    // A matched run comes in the newer sequence's items; the older ones stand at the same places of `a`.
    return change.value.map((y, k) => ({ type: 'same', a: a[start + k] as T, b: y }));
  });
}

/** Words of a text; white space only separates them. */
export function words(text: string): string[] {
  return text.normalize('NFC').split(/\s+/).filter(Boolean);
}

/** Word-by-word comparison of two paragraphs, adjacent words of one kind merged into a segment. */
export function diffWords(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  for (const op of alignSequences(words(before), words(after), (x, y) => x === y)) {
    const word = op.type === 'added' ? op.b : op.a;
    const last = segments.at(-1);
    if (last?.type === op.type) last.text += ` ${word}`;
    else segments.push({ type: op.type, text: word });
  }
  return segments;
}

/** The words two paragraphs have in common, counting repeats. */
function commonWords(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(word, left - 1);
    }
  }
  return common;
}

/** How much two paragraphs share, from 0 to 1: twice the common words over all words (Dice). */
export function similarity(before: string, after: string): number {
  const a = words(before);
  const b = words(after);
  if (a.length + b.length === 0) return 1;
  return (2 * commonWords(a, b)) / (a.length + b.length);
}

/**
 * Whether `after` is an edit of `before` rather than a different paragraph:
 * they share at least half their words, or most of the shorter one is kept in a
 * paragraph that grew or shrank ("đến 22:00" → "đến 23:00; sau 23:00 chỉ …").
 * An edit is shown word by word; anything else as removed and added.
 */
export function isEdit(before: string, after: string): boolean {
  const a = words(before);
  const b = words(after);
  const shorter = Math.min(a.length, b.length);
  if (shorter === 0) return a.length === b.length;
  const common = commonWords(a, b);
  const dice = (2 * common) / (a.length + b.length);
  // A heading of two or three words is too short to say it was kept inside a longer text.
  return dice >= 0.5 || (shorter >= 4 && common / shorter >= 0.75 && dice >= 0.3);
}

/**
 * Paragraph-by-paragraph comparison. Equal paragraphs are matched first; in
 * each gap between them, removed and added paragraphs that resemble each other
 * are paired in order and compared word by word.
 */
export function diffBlocks(before: readonly string[], after: readonly string[]): BlockDiff[] {
  const a = before.map((text) => text.normalize('NFC'));
  const b = after.map((text) => text.normalize('NFC'));
  const result: BlockDiff[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    for (const op of alignSequences(removed, added, isEdit)) {
      if (op.type === 'same') result.push({ type: 'changed', segments: diffWords(op.a, op.b) });
      else if (op.type === 'removed') result.push({ type: 'removed', text: op.a });
      else result.push({ type: 'added', text: op.b });
    }
    removed = [];
    added = [];
  };
  for (const op of alignSequences(a, b, (x, y) => x === y)) {
    if (op.type === 'removed') removed.push(op.a);
    else if (op.type === 'added') added.push(op.b);
    else {
      flush();
      result.push({ type: 'same', text: op.a });
    }
  }
  flush();
  return result;
}

/** How many paragraphs were edited, added and removed. */
export function countChanges(diff: readonly BlockDiff[]): { changed: number; added: number; removed: number } {
  const count = (type: BlockDiff['type']): number => diff.filter((block) => block.type === type).length;
  return { changed: count('changed'), added: count('added'), removed: count('removed') };
}

/** A stretch of the comparison: unchanged paragraphs together, so a page can fold them. */
export type DiffRun = { type: 'unchanged'; texts: string[] } | { type: 'edit'; block: Exclude<BlockDiff, { type: 'same' }> };

/** Groups consecutive unchanged paragraphs. */
export function diffRuns(diff: readonly BlockDiff[]): DiffRun[] {
  const runs: DiffRun[] = [];
  for (const block of diff) {
    const last = runs.at(-1);
    if (block.type !== 'same') runs.push({ type: 'edit', block });
    else if (last?.type === 'unchanged') last.texts.push(block.text);
    else runs.push({ type: 'unchanged', texts: [block.text] });
  }
  return runs;
}

const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d+[.)]|[a-zđ][.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Markdown inline marks removed, so a comparison shows words, not syntax. */
export function plainInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The paragraphs of a Markdown or MDX body as a reader sees them: a heading,
 * a paragraph, each list item and each table row is one block; MDX imports and
 * exports, table rules and footnote labels are dropped.
 */
export function markdownBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const end = (): void => {
    const text = plainInline(current.join(' '));
    if (text) blocks.push(text);
    current = [];
  };
  for (const raw of markdown.normalize('NFC').replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/^\s{0,3}>\s?/, '');
    if (line.trim() === '' || /^(import|export)\s/.test(line)) {
      end();
    } else if (HEADING.test(line)) {
      end();
      current.push(line.replace(HEADING, '').replace(/\s#+\s*$/, ''));
      end();
    } else if (TABLE_RULE.test(line) && line.includes('-')) {
      end();
    } else if (TABLE_ROW.test(line)) {
      end();
      const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
      current.push(cells.map((cell) => cell.trim()).join(' | '));
      end();
    } else if (LIST_ITEM.test(line)) {
      end();
      // Bullets carry no meaning once shown as separate paragraphs; numbers do.
      current.push(line.trim().replace(/^[-*+]\s+/, ''));
    } else if (/^\[\^[^\]]+\]:\s*/.test(line)) {
      end();
      current.push(line.replace(/^\[\^[^\]]+\]:\s*/, ''));
    } else {
      current.push(line.trim());
    }
  }
  end();
  return blocks;
}
