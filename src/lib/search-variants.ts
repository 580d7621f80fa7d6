/**
 * Pagefind folds tone marks (tiep → tiếp) but not đ, which has no decomposition:
 * `dak doa` would never find `Đak Đoa`. Instead of indexing a second, folded copy
 * of every page, the search box asks for each spelling the query could mean,
 * reading every d as d or đ (and every đ as đ or d), and merges the answers.
 * Queries are short, so the combinations are few; `limit` caps them anyway.
 */
export function queryVariants(query: string, limit = 16): string[] {
  const text = query.normalize('NFC').trim().replace(/\s+/g, ' ');
  let variants = [''];
  for (const char of text) {
    const lower = char.toLocaleLowerCase('vi');
    const options = lower === 'd' || lower === 'đ' ? ['d', 'đ'] : [char];
    const next = variants.flatMap((prefix) => options.map((option) => prefix + option));
    // Past the cap, keep each prefix's first spelling only: the query still runs as typed.
    variants = next.length > limit ? variants.map((prefix) => prefix + char) : next;
  }
  const asTyped = text;
  return [asTyped, ...variants.filter((v) => v !== asTyped)];
}
