import { DOCUMENT_KIND_IDS, type DocumentKindId } from '../vocabulary/document-kinds';
import { issueYear, sortNewestFirst, type DocumentEntry } from './documents';

/** One page of a document list: all documents, one year's, one kind's, or one former unit's. */
export interface DocumentListPage<T extends DocumentEntry> {
  /** Path below /van-ban/ without slashes at the ends; undefined for /van-ban/ itself. */
  path: string | undefined;
  year?: number;
  kind?: DocumentKindId;
  /** A former unit's id (formerUnits in site.yaml). */
  unit?: string;
  page: number;
  lastPage: number;
  /** Path of the first page of this list, for building page links. */
  basePath: string | undefined;
  /** Documents in the whole list, across its pages. */
  total: number;
  items: T[];
}

export const DOCUMENTS_PER_PAGE = 50;

function paginate<T extends DocumentEntry>(
  docs: T[],
  basePath: string | undefined,
  filter: { year?: number; kind?: DocumentKindId; unit?: string },
  perPage: number,
): DocumentListPage<T>[] {
  const lastPage = Math.max(1, Math.ceil(docs.length / perPage));
  return Array.from({ length: lastPage }, (_, index) => {
    const page = index + 1;
    const items = docs.slice(index * perPage, page * perPage);
    return { path: listPagePath(basePath, page), ...filter, page, lastPage, basePath, total: docs.length, items };
  });
}

/** Path of page `page` of a list whose first page is `basePath` (`nam/2023` → `nam/2023/trang/2`). */
export function listPagePath(basePath: string | undefined, page: number): string | undefined {
  return page === 1 ? basePath : [basePath, 'trang', String(page)].filter(Boolean).join('/');
}

/** Years that have documents, newest first. */
export function documentYears(docs: readonly DocumentEntry[]): number[] {
  return [...new Set(docs.map(issueYear))].sort((a, b) => b - a);
}

/** Kinds that have documents, in the order of the kinds table. */
export function documentKinds(docs: readonly DocumentEntry[]): DocumentKindId[] {
  const present = new Set(docs.map((d) => d.data.kind));
  return DOCUMENT_KIND_IDS.filter((kind) => present.has(kind));
}

/** Which former unit a document belongs to (undefined: the current unit), and the former units in order. */
export interface UnitsOfDocuments {
  ids: readonly string[];
  of: (doc: DocumentEntry) => string | undefined;
}

const NO_FORMER_UNITS: UnitsOfDocuments = { ids: [], of: () => undefined };

/**
 * Every list page the site publishes, newest first: /van-ban/, /van-ban/nam/<year>/,
 * /van-ban/loai/<kind>/ and /van-ban/don-vi/<former unit>/, each split into pages (…/trang/2/)
 * so no page grows without bound.
 */
export function documentListPages<T extends DocumentEntry>(
  docs: readonly T[],
  perPage = DOCUMENTS_PER_PAGE,
  units: UnitsOfDocuments = NO_FORMER_UNITS,
): DocumentListPage<T>[] {
  const sorted = sortNewestFirst(docs);
  return [
    ...paginate(sorted, undefined, {}, perPage),
    ...documentYears(sorted).flatMap((year) =>
      paginate(
        sorted.filter((d) => issueYear(d) === year),
        `nam/${year}`,
        { year },
        perPage,
      ),
    ),
    ...documentKinds(sorted).flatMap((kind) =>
      paginate(
        sorted.filter((d) => d.data.kind === kind),
        `loai/${kind}`,
        { kind },
        perPage,
      ),
    ),
    ...units.ids.flatMap((unit) => {
      const ofUnit = sorted.filter((d) => units.of(d) === unit);
      return ofUnit.length === 0 ? [] : paginate(ofUnit, `don-vi/${unit}`, { unit }, perPage);
    }),
  ];
}

/** The address of a list page: `/van-ban/nam/2023/trang/2/`. */
export function listPageHref(path: string | undefined): string {
  return path ? `/van-ban/${path}/` : '/van-ban/';
}

/** How many documents each year and each kind has: the browsing links of every list page. */
export interface ListFacets {
  total: number;
  years: { year: number; count: number }[];
  kinds: { kind: DocumentKindId; count: number }[];
  /** Former units that have documents, in site.yaml's order. */
  units: { unit: string; count: number }[];
}

/** Counts years and kinds in one pass, so thousands of list pages do not recount them each. */
export function listFacets(docs: readonly DocumentEntry[], units: UnitsOfDocuments = NO_FORMER_UNITS): ListFacets {
  const byYear = new Map<number, number>();
  const byKind = new Map<DocumentKindId, number>();
  const byUnit = new Map<string | undefined, number>();
  for (const doc of docs) {
    byYear.set(issueYear(doc), (byYear.get(issueYear(doc)) ?? 0) + 1);
    byKind.set(doc.data.kind, (byKind.get(doc.data.kind) ?? 0) + 1);
    const unit = units.of(doc);
    byUnit.set(unit, (byUnit.get(unit) ?? 0) + 1);
  }
  return {
    total: docs.length,
    years: documentYears(docs).map((year) => ({ year, count: byYear.get(year) ?? 0 })),
    kinds: documentKinds(docs).map((kind) => ({ kind, count: byKind.get(kind) ?? 0 })),
    units: units.ids.flatMap((unit) => {
      const count = byUnit.get(unit) ?? 0;
      return count === 0 ? [] : [{ unit, count }];
    }),
  };
}

/**
 * The first `count` of `sorted` for a short list (the home page's), the office's own items before
 * samples: where samples and real items mix, a sample never pushes a real one out. The order of
 * `sorted` is kept.
 */
export function firstKeepingReal<T extends { data: { sample: boolean } }>(sorted: readonly T[], count: number): T[] {
  const chosen = new Set([...sorted.filter((item) => !item.data.sample), ...sorted.filter((item) => item.data.sample)].slice(0, count));
  return sorted.filter((item) => chosen.has(item));
}
