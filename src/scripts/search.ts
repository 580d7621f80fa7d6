import { BUNDLE_LIST } from '../lib/search-bundles';
import { queryVariants } from '../lib/search-variants';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  /** The page's text as Pagefind indexed it. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
type Filters = Record<string, string>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{
    results: PagefindResult[];
    /** How many pages match under each filter value, counted before a sort leaves out those it cannot place. */
    filters: Record<string, Record<string, number>>;
  }>;
}

const FILTERS = ['kind', 'year', 'field', 'locality', 'status'] as const;
/**
 * Results shown at first, and added by each "more": each result shown downloads its page's
 * fragment (3 to 8 KB on a slow phone network), so a search fetches only those it shows.
 */
const PAGE_SIZE = 10;
/**
 * Pagefind gives every page of a bundle this filter, valued with the bundle's number, so that a
 * search can be asked of one bundle alone: each bundle ranks and reads the query by itself.
 */
const BUNDLE = 'bundle';

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** Lower case without tone marks, as Pagefind reads both the query and the pages (đ has no mark to drop). */
const fold = (text: string): string => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** The words of a spelling as Pagefind searches them: it drops punctuation. Words it reads some other way are not checked. */
function queryWords(spelling: string): string[] {
  return spelling
    .split(' ')
    .map((word) => fold(word).replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, ''))
    .filter((word) => /^[\p{L}\p{N}]+$/u.test(word));
}

/** A page's words, read once per page: a query with several spellings meets the same pages again. */
const pageWords = new Map<string, string[]>();

/**
 * A page's words, read generously (each whole, and split at punctuation, at a capital and between
 * letters and digits, as Pagefind also indexes them), so that doubt keeps a page.
 */
function wordsOf(data: PagefindResultData): string[] {
  let words = pageWords.get(data.url);
  if (!words) {
    words = [data.content, ...Object.values(data.meta)]
      .join(' ')
      .split(/\s+/)
      .flatMap((token) => [
        fold(token).replace(/[^\p{L}\p{N}]/gu, ''),
        ...token.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u).map(fold),
      ]);
    pageWords.set(data.url, words);
  }
  return words;
}

// By result, not by page: a page found by two spellings has an excerpt for each.
const loadedData = new WeakMap<PagefindResult, Promise<PagefindResultData>>();

/** A result's page data, fetched once however often the merge or a "more" asks for it. */
function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  let data = loadedData.get(result);
  if (!data) {
    data = result.data();
    loadedData.set(result, data);
  }
  return data;
}

/** The spelling each result answered, and every result of one page across the spellings, best first. */
const spellingOf = new WeakMap<PagefindResult, string>();
const resultsOfPage = new Map<string, PagefindResult[]>();

function noteAnswer(results: readonly PagefindResult[], spelling: string): void {
  for (const result of results) {
    spellingOf.set(result, spelling);
    const all = resultsOfPage.get(result.id) ?? [];
    all.push(result);
    all.sort((a, b) => b.score - a.score);
    resultsOfPage.set(result.id, all);
  }
}

/**
 * A result's page data as shown: from the best-scored spelling that has every word of it whole
 * on the page, so that its excerpt marks what was meant. "dak doa" is asked as "đak đoa" too, and
 * the spelling as typed may score a page higher by reading "doa" as the start of "doanh".
 */
async function shownData(result: PagefindResult): Promise<PagefindResultData> {
  for (const candidate of resultsOfPage.get(result.id) ?? [result]) {
    const data = await dataOf(candidate);
    const words = new Set(wordsOf(data));
    if (queryWords(spellingOf.get(candidate) ?? '').every((word) => words.has(word))) return data;
  }
  return dataOf(result);
}

/** Whether some of the first pages of an answer have a word starting with `word`. */
async function pagesHave(results: readonly PagefindResult[], word: string): Promise<boolean> {
  for (const result of results.slice(0, 3)) {
    if (wordsOf(await dataOf(result)).some((w) => w.startsWith(word))) return true;
  }
  return false;
}

/**
 * Whether one bundle's answer stands as one index of the whole site would give it. A bundle in
 * which no word starts with a query word leaves that word out (or reads it as a shorter word it
 * has) and answers with pages that match only the other words; one index leaves out only a word
 * no page of the site has (a mistyped one). The whole answer shares one reading, so its first
 * pages tell, more than one lest a misread page decide. `known` says whether any bundle has a
 * word, asked only for a word an answer lacks.
 */
async function answerStands(
  results: readonly PagefindResult[],
  words: readonly string[],
  known: (word: string) => Promise<boolean>,
): Promise<boolean> {
  if (results.length === 0) return true;
  for (const word of words) {
    if (!(await pagesHave(results, word)) && (await known(word))) return false;
  }
  return true;
}

/**
 * The date a result sorts by. SearchFacets sorts a partial date as the first day it covers; the
 * ISO text itself never disagrees with that order (`2023-05` is a prefix of every day of May), so
 * it serves to merge lists that Pagefind sorted.
 */
const sortDate = (data: PagefindResultData): string => data.meta.date ?? '';

/**
 * The first `limit` results of lists that are each already in date order, in that order across
 * all lists. Only what the merge reaches is loaded: an even share of each list, then, each time
 * a list's loaded part runs out, as many again as were loaded from it.
 */
async function mergeByDate(lists: readonly PagefindResult[][], limit: number, direction: 1 | -1): Promise<PagefindResultData[]> {
  const queues = lists.map((list) => ({ list, next: 0, loaded: [] as { data: PagefindResultData; date: string }[] }));
  const load = async (queue: (typeof queues)[number], count: number): Promise<void> => {
    const batch = queue.list.slice(queue.next, queue.next + count);
    queue.next += batch.length;
    const loaded = await Promise.all(batch.map(shownData));
    queue.loaded.push(...loaded.map((data) => ({ data, date: sortDate(data) })));
  };
  const merged: PagefindResultData[] = [];
  const share = Math.ceil(limit / Math.max(1, lists.length));
  while (merged.length < limit) {
    const empty = queues.filter((q) => q.loaded.length === 0 && q.next < q.list.length);
    await Promise.all(empty.map((q) => load(q, Math.min(Math.max(share, q.next), limit - merged.length))));
    let first: (typeof queues)[number] | undefined;
    for (const queue of queues) {
      const head = queue.loaded[0];
      const best = first?.loaded[0];
      // ISO dates order as plain text, whatever the reader's locale.
      if (head && (!best || (direction === 1 ? head.date < best.date : head.date > best.date))) first = queue;
    }
    const item = first?.loaded.shift();
    if (!item) break;
    merged.push(item.data);
  }
  return merged;
}

/** Each page once, at the best score any bundle or spelling gave it, best first. */
function byBestScore(lists: readonly PagefindResult[][]): PagefindResult[] {
  const best = new Map<string, PagefindResult>();
  for (const result of lists.flat()) {
    const seen = best.get(result.id);
    if (!seen || result.score > seen.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Wires the search page: reads ?q= and the filters from the address, searches, renders. */
export async function runSearch(): Promise<void> {
  const labels = JSON.parse(document.getElementById('search-labels')?.textContent ?? '{}') as Record<string, string>;
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  // The box works only here, with this script: without it the page offers the lists alone.
  form.hidden = false;

  const params = new URLSearchParams(window.location.search);
  const query = (params.get('q') ?? '').trim();
  input.value = query;

  let pagefind: Pagefind;
  let bundles: string[];
  try {
    // The Vietnamese index, or on a translated language's search page that language's own.
    const root = form.dataset.index ?? '/pagefind/';
    const url = `${root}pagefind.js`;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Results are addresses from the site's root, wherever the index sits (a language's is below /ban-dich/).
    await pagefind.options({ baseUrl: '/', excerptLength: 24, mergeFilter: { [BUNDLE]: '0' } });
    // A large site's index is built in several bundles; the search covers them all. The list is
    // asked for afresh, as Pagefind asks for its own entry file: cached, it could outlive a rebuild
    // that changed the bundles.
    const others = (await (await fetch(`${root}${BUNDLE_LIST}?ts=${Date.now()}`)).json()) as string[];
    bundles = ['0', ...others.map((_, i) => String(i + 1))];
    for (const [i, bundle] of others.entries()) {
      await pagefind.mergeIndex(bundle, { excerptLength: 24, mergeFilter: { [BUNDLE]: String(i + 1) } });
    }
  } catch {
    status.textContent = labels.failed ?? '';
    return;
  }

  // Filters: fill each list from the index, keep the choice from the address. A value the index
  // no longer offers (an old shared link) is not applied: it would empty the results while the
  // list says "all".
  const available = await pagefind.filters();
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const select = form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`);
    // Years newest first; the rest in reading order, numbers by value ("Thôn 2" before "Thôn 10").
    const values = Object.keys(available[name] ?? {}).sort((a, b) =>
      name === 'year' ? b.localeCompare(a, 'vi') : a.localeCompare(b, 'vi', { numeric: true }),
    );
    const chosen = params.get(name);
    if (chosen && values.includes(chosen)) filters[name] = chosen;
    for (const value of values) select?.add(new Option(value, value, false, chosen === value));
  }
  const sortOrder = params.get('sort');
  const sort = sortOrder === 'asc' || sortOrder === 'desc' ? sortOrder : undefined;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  if (sortSelect) sortSelect.value = sort ?? '';
  form.querySelector<HTMLElement>('[data-search-options]')?.removeAttribute('hidden');
  // Choosing a filter or an order searches again, through the address, so the result can be
  // shared. Only the lists: the query box fires `change` too when it loses focus, which would
  // reload the page as the reader reaches for a list.
  for (const select of form.querySelectorAll('select'))
    select.addEventListener('change', () => {
      form.requestSubmit();
    });

  if (!query) return;
  status.textContent = labels.loading ?? '';

  // Each spelling of the query (d or đ) is asked of each bundle alone, and the answers merged. In
  // one bundle every answer stands as Pagefind gives it: its pages need not be read for the words.
  const knownWords = new Map<string, Promise<boolean>>();
  const known = (word: string): Promise<boolean> => {
    let answer = knownWords.get(word);
    if (!answer) {
      answer = Promise.all(
        bundles.map(async (bundle) => pagesHave((await pagefind.search(word, { filters: { [BUNDLE]: bundle } })).results, word)),
      ).then((has) => has.includes(true));
      knownWords.set(word, answer);
    }
    return answer;
  };
  const stands = async (results: readonly PagefindResult[], spelling: string): Promise<boolean> =>
    bundles.length === 1 || answerStands(results, queryWords(spelling), known);
  const spellings = queryVariants(query);
  const asked = spellings.flatMap((spelling) => bundles.map((bundle) => ({ spelling, bundle, filters: { ...filters, [BUNDLE]: bundle } })));
  /** The first `limit` results, in the order shown. */
  let collect: (limit: number) => Promise<PagefindResultData[]>;
  let count: number;
  if (!sort) {
    const answers = await Promise.all(
      asked.map(async ({ spelling, filters: where }) => {
        const { results } = await pagefind.search(spelling, { filters: where });
        if (!(await stands(results, spelling))) return [];
        noteAnswer(results, spelling);
        return results;
      }),
    );
    const ranked = byBestScore(answers);
    count = ranked.length;
    collect = (limit) => Promise.all(ranked.slice(0, limit).map(shownData));
  } else {
    // Sorted, a bundle scores a page by its position among its own pages in date order: the
    // spellings' answers of one bundle merge by score, and the bundles' lists by date. Pagefind
    // leaves out of a sorted search the pages without a date (standing pages, lists), but counts
    // them: they are searched for, unsorted, only where they are needed, and come last.
    const answers = (
      await Promise.all(
        asked.map(async (ask) => {
          const sorted = await pagefind.search(ask.spelling, { filters: ask.filters, sort: { date: sort } });
          const undated = (sorted.filters[BUNDLE]?.[ask.bundle] ?? 0) - sorted.results.length;
          let unsorted: Promise<PagefindResult[]> | undefined;
          const all = (): Promise<PagefindResult[]> =>
            (unsorted ??= pagefind.search(ask.spelling, { filters: ask.filters }).then((r) => r.results));
          const sample = sorted.results.length > 0 || undated === 0 ? sorted.results : await all();
          if (!(await stands(sample, ask.spelling))) return undefined;
          noteAnswer(sorted.results, ask.spelling);
          return { ...ask, dated: sorted.results, undated, all };
        }),
      )
    ).filter((answer) => answer !== undefined);
    const lists = bundles
      .map((bundle) => byBestScore(answers.filter((answer) => answer.bundle === bundle).map((answer) => answer.dated)))
      .filter((list) => list.length > 0);
    const dated = new Set(lists.flat().map((r) => r.id));
    const withUndated = answers.filter((answer) => answer.undated > 0);
    // The undated pages, asked for once the dated ones no longer fill what is shown.
    let undatedPages: Promise<PagefindResult[]> | undefined;
    const undated = (): Promise<PagefindResult[]> =>
      (undatedPages ??= Promise.all(withUndated.map((answer) => answer.all())).then((all) =>
        byBestScore(all).filter((r) => !dated.has(r.id)),
      ));
    if (spellings.length === 1 && dated.size >= PAGE_SIZE) {
      count = withUndated.reduce((sum, answer) => sum + answer.undated, dated.size);
    } else {
      count = dated.size + (await undated()).length;
    }
    collect = async (limit) => {
      const merged = await mergeByDate(lists, limit, sort === 'asc' ? 1 : -1);
      if (merged.length >= limit || withUndated.length === 0) return merged;
      return [...merged, ...(await Promise.all((await undated()).slice(0, limit - merged.length).map(shownData)))];
    };
  }

  const shown = await collect(PAGE_SIZE);
  status.textContent = fill(shown.length > 0 ? (labels.results ?? '') : (labels.none ?? ''), { count, query });
  list.replaceChildren(...shown.map((data) => resultItem(data, labels)));
  // More results on request, each batch fetched only then; the first new one takes the focus, so
  // a keyboard or screen reader goes on reading where the list grew.
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!more) return;
  const offerMore = (): void => {
    const left = Math.min(PAGE_SIZE, count - list.children.length);
    more.hidden = left <= 0;
    more.textContent = fill(labels.more ?? '', { count: left });
  };
  offerMore();
  more.addEventListener('click', () => {
    void (async () => {
      const before = list.children.length;
      const next = (await collect(before + PAGE_SIZE)).slice(before);
      list.append(...next.map((data) => resultItem(data, labels)));
      list.children[before]?.querySelector('a')?.focus();
      offerMore();
    })();
  });
}

/** One result as the list shows it: its title linked, its kind, date and status, and the excerpt. */
function resultItem(data: PagefindResultData, labels: Record<string, string>): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const heading = document.createElement('p');
  heading.className = 'search-result__title';
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'search-result__meta';
  facts.textContent = [data.meta.kind, data.meta.date?.split('-').reverse().join('/'), data.meta.status].filter(Boolean).join(' · ');
  if (data.meta.sample) {
    // As its page shows the banner, a sample says so in the results, where no banner is seen.
    const tag = document.createElement('span');
    tag.className = 'tag tag--sample';
    tag.textContent = labels.sample ?? '';
    facts.append(' ', tag);
  }
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is page text it escaped itself, with <mark> around the matches.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, facts, excerpt);
  return item;
}
