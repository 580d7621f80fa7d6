/**
 * The province's search index: the notices of every commune of a province, searchable from one
 * static page. Pagefind, which each commune's own search uses, keeps a list of every page that a
 * search loads whole: for 135 communes of 1,000 items that list alone is 1.0 MB gzipped, and
 * merging the communes' own indexes in the browser loads each one's list and word chunks
 * (tests/bench/README.md has the measured figures). This index is laid out so that one search
 * loads only what it needs: the vocabulary, one list of item numbers per word searched, and the
 * few records it shows.
 *
 * Items are numbered newest first, so the first results are the first numbers of every list and
 * sit in the first record files. Words are folded as people type without a Vietnamese keyboard
 * ("kế hoạch" and "ke hoach" are the same words), so a search finds either spelling.
 *
 * A leaf: pure functions, shared by the command that writes the index and the page that reads it.
 */

/** One notice of one commune, as the province page lists it. */
export interface ProvinceRecord {
  title: string;
  /** "Kế hoạch", "Lấy ý kiến Nhân dân", "Đối thoại". */
  kind: string;
  /** The item's own date as written (`2023`, `2023-03`, `2023-03-02`), for sorting and showing. */
  date: string;
  /** Số ký hiệu, for a document that has one. */
  number?: string | undefined;
  /** The item's page on its commune's site. */
  url: string;
  /** Position of its commune in the province's list. */
  commune: number;
  sample: boolean;
}

/** A record as stored: an array, since field names repeated 135,000 times would double the files. */
export type StoredRecord = [title: string, kind: string, date: string, number: string | null, url: string, commune: number, sample: 0 | 1];

/** Records per record file: ten results at a time rarely need more than one file. */
export const RECORDS_PER_FILE = 200;

/** What the page loads first: the vocabulary, and how the records are laid out. */
export interface ProvinceManifest {
  records: number;
  recordsPerFile: number;
  /** Every word of the index, sorted, for whole words and the prefix of the last one typed. */
  words: string[];
}

/** Words of a text, folded: tone marks dropped, đ as d, lower case, split at anything not a letter or digit. */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== '');
}

/** Ascending item numbers as gaps from the one before: small numbers, which compress well. */
export function encodeNumbers(sorted: readonly number[]): number[] {
  return sorted.map((n, i) => n - (i === 0 ? 0 : (sorted[i - 1] ?? 0)));
}

export function decodeNumbers(gaps: readonly number[]): number[] {
  let total = 0;
  return gaps.map((gap) => (total += gap));
}

/** Newest first by the day each date starts; a date of only a year or month counts from its first day. */
function dateKey(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The province's records in index order: newest first, then by commune, then by address. */
export function orderRecords(records: readonly ProvinceRecord[]): ProvinceRecord[] {
  return [...records].sort((a, b) => dateKey(b.date).localeCompare(dateKey(a.date)) || a.commune - b.commune || a.url.localeCompare(b.url));
}

/** What the index is made of: item numbers are positions in `records`. */
export interface ProvinceIndex {
  manifest: ProvinceManifest;
  /** Item numbers of each word, as gaps. */
  words: Map<string, number[]>;
  /** Item numbers of each commune, as gaps, by the commune's position. */
  communes: number[][];
  /** The record files, in order. */
  recordFiles: StoredRecord[][];
}

/** Indexes the title, kind and number of each record, for `communeCount` communes. */
export function buildProvinceIndex(records: readonly ProvinceRecord[], communeCount: number): ProvinceIndex {
  const ordered = orderRecords(records);
  const byWord = new Map<string, number[]>();
  const byCommune: number[][] = Array.from({ length: communeCount }, () => []);
  ordered.forEach((record, n) => {
    for (const word of new Set(foldedWords([record.title, record.kind, record.number ?? ''].join(' ')))) {
      let list = byWord.get(word);
      if (list === undefined) byWord.set(word, (list = []));
      list.push(n);
    }
    byCommune[record.commune]?.push(n);
  });
  const words = [...byWord.keys()].sort();
  const recordFiles: StoredRecord[][] = [];
  for (let start = 0; start < ordered.length; start += RECORDS_PER_FILE) {
    recordFiles.push(
      ordered
        .slice(start, start + RECORDS_PER_FILE)
        .map((r) => [r.title, r.kind, r.date, r.number ?? null, r.url, r.commune, r.sample ? 1 : 0]),
    );
  }
  return {
    manifest: { records: ordered.length, recordsPerFile: RECORDS_PER_FILE, words },
    words: new Map(words.map((word) => [word, encodeNumbers(byWord.get(word) ?? [])])),
    communes: byCommune.map(encodeNumbers),
    recordFiles,
  };
}

/** How many words a prefix may stand for: past that, the typist has not typed enough to search. */
export const PREFIX_WORDS = 8;

/**
 * The words of the index that a query asks for, one group per word typed: every word typed
 * must match, and the last may be the start of a word still being typed. Undefined when a word
 * typed is in no item, so that nothing need be loaded to say there is no result.
 */
export function wordsOfQuery(query: string, vocabulary: readonly string[]): string[][] | undefined {
  const typed = foldedWords(query);
  const groups: string[][] = [];
  for (const [i, word] of typed.entries()) {
    const at = lowerBound(vocabulary, word);
    if (vocabulary[at] === word) {
      groups.push([word]);
      continue;
    }
    if (i < typed.length - 1) return undefined;
    const started: string[] = [];
    for (let j = at; j < vocabulary.length && started.length < PREFIX_WORDS && (vocabulary[j] ?? '').startsWith(word); j++) {
      started.push(vocabulary[j] ?? '');
    }
    if (started.length === 0) return undefined;
    groups.push(started);
  }
  return groups;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? '') < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Numbers in every list (each ascending), ascending. */
export function intersect(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  const sets = others.map((list) => new Set(list));
  return (shortest ?? []).filter((n) => sets.every((set) => set.has(n)));
}

/** Numbers in any list, ascending, once each. */
export function union(lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** The record file that holds item `n`, and its place in that file. */
export function recordPlace(n: number, recordsPerFile: number): { file: number; offset: number } {
  return { file: Math.floor(n / recordsPerFile), offset: n % recordsPerFile };
}
