import { BUNDLE_LIST } from '../lib/search-bundles';
import { queryVariants } from '../lib/search-variants';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

const FILTERS = ['kind', 'year', 'field', 'locality', 'status'] as const;
const MAX_RESULTS = 30;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** Wires the search page: reads ?q= and the filters from the address, searches, renders. */
export async function runSearch(): Promise<void> {
  const labels = JSON.parse(document.getElementById('search-labels')?.textContent ?? '{}') as Record<string, string>;
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;

  const params = new URLSearchParams(window.location.search);
  const query = (params.get('q') ?? '').trim();
  input.value = query;

  let pagefind: Pagefind;
  try {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    // A large site's index is built in several bundles; the search covers them all.
    const bundles = (await (await fetch(`/pagefind/${BUNDLE_LIST}`)).json()) as string[];
    for (const bundle of bundles) await pagefind.mergeIndex(bundle, { excerptLength: 24 });
  } catch {
    status.textContent = labels.failed ?? '';
    return;
  }

  // Filters: fill each list from the index, keep the choice from the address.
  const available = await pagefind.filters();
  for (const name of FILTERS) {
    const select = form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`);
    if (!select) continue;
    const values = Object.keys(available[name] ?? {}).sort((a, b) => b.localeCompare(a, 'vi'));
    for (const value of values) select.add(new Option(value, value, false, params.get(name) === value));
  }
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  if (sortSelect) sortSelect.value = params.get('sort') ?? '';
  form.querySelector<HTMLElement>('[data-search-options]')?.removeAttribute('hidden');
  // Changing a filter searches again, through the address, so the result can be shared.
  form.addEventListener('change', () => form.requestSubmit());

  if (!query) return;
  status.textContent = labels.loading ?? '';
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const sortOrder = params.get('sort');
  const sort: Record<string, 'asc' | 'desc'> | undefined =
    sortOrder === 'asc' || sortOrder === 'desc' ? { date: sortOrder } : undefined;
  const options = { filters, ...(sort ? { sort } : {}) };

  // Each spelling of the query (d or đ) is searched; a page found by several keeps its best score.
  const best = new Map<string, PagefindResult>();
  const answers = await Promise.all(queryVariants(query).map((variant) => pagefind.search(variant, options)));
  for (const found of answers) {
    for (const result of found?.results ?? []) {
      const seen = best.get(result.id);
      if (!seen || result.score > seen.score) best.set(result.id, result);
    }
  }
  const ranked = [...best.values()];
  if (!sort) ranked.sort((a, b) => b.score - a.score);
  const shown = await Promise.all(ranked.slice(0, MAX_RESULTS).map((r) => r.data()));
  if (sort) {
    const direction = sort.date === 'asc' ? 1 : -1;
    shown.sort((a, b) => direction * (a.meta.date ?? '').localeCompare(b.meta.date ?? ''));
  }

  status.textContent = fill(shown.length > 0 ? (labels.results ?? '') : (labels.none ?? ''), {
    count: best.size,
    query,
  });
  list.replaceChildren(
    ...shown.map((data) => {
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
      facts.textContent = [data.meta.kind, data.meta.date?.split('-').reverse().join('/'), data.meta.status]
        .filter(Boolean)
        .join(' · ');
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is page text it escaped itself, with <mark> around the matches.
      excerpt.innerHTML = data.excerpt;
      item.append(heading, facts, excerpt);
      return item;
    }),
  );
}
