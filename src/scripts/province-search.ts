/**
 * The province page's search (src/cli/province-page.ts): reads the index the province command
 * wrote (src/lib/province-index.ts), loading the word lists a query needs and the records it
 * shows, ten at a time. The query and the commune are in the address (?q=…&xa=…), so a search
 * can be shared and the back button works.
 */
import {
  decodeNumbers,
  intersect,
  recordPlace,
  union,
  wordsOfQuery,
  type ProvinceManifest,
  type StoredRecord,
} from '../lib/province-index';

interface PageData {
  labels: Record<'searching' | 'found' | 'foundIn' | 'none' | 'failed' | 'more' | 'sample', string>;
  index: string;
  communes: [id: string, name: string][];
}

const PAGE_SIZE = 10;

const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

const form = document.querySelector<HTMLFormElement>('form[data-province-search]');
const status = document.querySelector<HTMLElement>('[data-province-status]');
const list = document.querySelector<HTMLOListElement>('[data-province-results]');
const more = document.querySelector<HTMLButtonElement>('[data-province-more]');

if (form && status && list && more) {
  const data = JSON.parse(form.dataset.provinceSearch ?? '{}') as PageData;
  const base = new URL(data.index, document.baseURI);
  const cache = new Map<string, Promise<unknown>>();
  const load = <T>(file: string): Promise<T> => {
    let loaded = cache.get(file);
    if (!loaded) {
      loaded = fetch(new URL(file, base)).then((response) => {
        if (!response.ok) throw new Error(`${String(response.status)} ${file}`);
        return response.json();
      });
      cache.set(file, loaded);
    }
    return loaded as Promise<T>;
  };
  const numbersOf = async (file: string): Promise<number[]> => decodeNumbers(await load<number[]>(file));

  let found: number[] = [];
  let shown = 0;
  let manifest: ProvinceManifest | undefined;

  const render = async (from: number): Promise<void> => {
    const page = found.slice(from, from + PAGE_SIZE);
    const files = await Promise.all(
      page.map((n) => {
        const { file, offset } = recordPlace(n, manifest?.recordsPerFile ?? 1);
        return load<StoredRecord[]>(`muc/${String(file)}.json`).then((records) => records[offset]);
      }),
    );
    let first: HTMLAnchorElement | undefined;
    for (const record of files) {
      if (!record) continue;
      const [title, kind, date, number, url, commune, sample] = record;
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = url;
      link.textContent = title;
      first ??= link;
      const meta = document.createElement('span');
      meta.className = 'result-meta';
      meta.textContent = [data.communes[commune]?.[1], number ? `${kind} số ${number}` : kind, date.split('-').reverse().join('/')]
        .filter(Boolean)
        .join(' · ');
      item.append(link, meta);
      if (sample === 1) {
        const tag = document.createElement('span');
        tag.className = 'sample';
        tag.textContent = data.labels.sample;
        meta.append(' ', tag);
      }
      list.append(item);
    }
    shown = from + page.length;
    const left = found.length - shown;
    more.hidden = left <= 0;
    more.textContent = fill(data.labels.more, { count: Math.min(left, PAGE_SIZE) });
    if (from > 0) first?.focus();
  };

  const search = async (query: string, communeId: string): Promise<void> => {
    list.replaceChildren();
    more.hidden = true;
    found = [];
    if (query.trim() === '') {
      status.textContent = '';
      return;
    }
    status.textContent = data.labels.searching;
    try {
      manifest ??= await load<ProvinceManifest>('muc-luc.json');
      const groups = wordsOfQuery(query, manifest.words);
      const commune = data.communes.findIndex(([id]) => id === communeId);
      if (groups !== undefined) {
        const lists = await Promise.all(groups.map(async (words) => union(await Promise.all(words.map((w) => numbersOf(`tu/${w}.json`))))));
        if (commune >= 0) lists.push(await numbersOf(`xa/${String(commune)}.json`));
        found = intersect(lists);
      }
      const name = data.communes[commune]?.[1];
      status.textContent =
        found.length === 0
          ? data.labels.none
          : name
            ? fill(data.labels.foundIn, { count: found.length, commune: name })
            : fill(data.labels.found, { count: found.length });
      await render(0);
    } catch {
      status.textContent = data.labels.failed;
    }
  };

  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  const communeId = params.get('xa') ?? '';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const select = form.querySelector<HTMLSelectElement>('select[name="xa"]');
  if (input) input.value = query;
  if (select && [...select.options].some((option) => option.value === communeId)) select.value = communeId;
  more.addEventListener('click', () => void render(shown));
  void search(query, select?.value ?? '');
}
