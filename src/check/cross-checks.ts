import type { DocumentData } from '../schemas/document';
import type { SiteConfig } from '../schemas/site';
import { kindCode, kindName, numberMatchesKind } from '../vocabulary/document-kinds';
import type { ContentProblem, ProblemDescriptor } from '../vocabulary/problems';
import { periodEnd, periodStart, toPartialDate } from '../dates/calendar';
import type { ProseLink } from './link-checks';
import { fieldPath } from './problems';
import { issuerKey } from '../lib/documents';
import { meantId } from '../lib/site-ids';

/** A content item whose data passed its schema, with where it came from. */
export interface CheckedEntry<T> {
  slug: string;
  /** Path of the file, relative to the project. */
  file: string;
  data: T;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Links to this site in its prose, for a Markdown or MDX file. */
  links?: readonly ProseLink[];
}

export type CheckedDocument = CheckedEntry<DocumentData>;

/** A problem at a field of a checked entry, with the field's line. */
export function problemAt(doc: CheckedEntry<unknown>, path: PropertyKey[], found: unknown, problem: ProblemDescriptor): ContentProblem {
  const line = doc.lineOf(path);
  return { file: doc.file, ...(line !== undefined ? { line } : {}), field: fieldPath(path) || '(tệp)', found, ...problem };
}

/** A reference to a document that is not in content/documents/. */
export function missingDocument(entry: CheckedEntry<unknown>, path: PropertyKey[], slug: string): ContentProblem {
  return problemAt(entry, path, slug, { code: 'reference.document', params: { slug } });
}

/** A document replaces only one issued before it (or the same day): a later date is a typo in one of them. */
function replacesAnEarlierDocument(doc: CheckedDocument, replaced: CheckedDocument, index: number): ContentProblem[] {
  const issued = toPartialDate(doc.data.issued);
  const replacedIssued = toPartialDate(replaced.data.issued);
  if (periodEnd(issued) >= periodStart(replacedIssued)) return [];
  return [
    problemAt(doc, ['supersedes', index], replaced.slug, {
      code: 'document.replacesLater',
      params: { issued: doc.data.issued, replacedFile: replaced.file, replacedIssued: replaced.data.issued },
    }),
  ];
}

/** References to documents on this site must name one that exists, and not the document itself. */
export function checkInternalReferences(docs: readonly CheckedDocument[], present: ReadonlySet<string> = new Set()): ContentProblem[] {
  const bySlug = new Map(docs.map((d) => [d.slug, d]));
  const problems: ContentProblem[] = [];
  for (const doc of docs) {
    const refs: { path: PropertyKey[]; slug: string }[] = [
      ...(['implements', 'legalBases'] as const).flatMap((list) =>
        doc.data[list].flatMap((ref, index) =>
          ref.document === undefined ? [] : [{ path: [list, index, 'document'], slug: ref.document }],
        ),
      ),
      ...doc.data.supersedes.map((slug, index) => ({ path: ['supersedes', index], slug })),
    ];
    for (const { path, slug } of refs) {
      if (slug === doc.slug) {
        problems.push(problemAt(doc, path, slug, { code: 'reference.self', params: {} }));
      } else if (!bySlug.has(slug) && !present.has(slug)) {
        problems.push(missingDocument(doc, path, slug));
      }
    }
    doc.data.supersedes.forEach((slug, index) => {
      const replaced = bySlug.get(slug);
      if (replaced && replaced !== doc) problems.push(...replacesAnEarlierDocument(doc, replaced, index));
    });
  }
  return problems;
}

/** Every attachment must be a file that exists in content/files/. */
export function checkAttachments(docs: readonly CheckedDocument[], fileExists: (name: string) => boolean): ContentProblem[] {
  return docs.flatMap((doc) =>
    doc.data.attachments.flatMap((attachment, index) =>
      fileExists(attachment.file)
        ? []
        : [problemAt(doc, ['attachments', index, 'file'], attachment.file, { code: 'file.missing', params: { name: attachment.file } })],
    ),
  );
}

/** One issuer does not give the same number to two documents in one year. */
export function checkDuplicateNumbers(docs: readonly CheckedDocument[]): ContentProblem[] {
  const firstByKey = new Map<string, CheckedDocument>();
  const problems: ContentProblem[] = [];
  for (const doc of [...docs].sort((a, b) => a.file.localeCompare(b.file))) {
    const { number, issuer, issued } = doc.data;
    if (number === undefined) continue;
    const year = toPartialDate(issued).year;
    const key = `${issuerKey(issuer)}\u0000${year}\u0000${number.toLocaleUpperCase('vi')}`;
    const first = firstByKey.get(key);
    if (!first) {
      firstByKey.set(key, doc);
      continue;
    }
    problems.push(
      problemAt(doc, ['number'], number, { code: 'document.numberTaken', params: { number, issuer, year, otherFile: first.file } }),
    );
  }
  return problems;
}

/**
 * An issued document is dated on or before the day it is published: one dated later is a typo in
 * its date (or a draft, which is marked so). A date known only to the month or year is later when
 * that whole month or year is.
 */
export function checkIssueDates(docs: readonly CheckedDocument[], today: string): ContentProblem[] {
  return docs.flatMap((doc) => {
    if (doc.data.draft) return [];
    const issued = toPartialDate(doc.data.issued);
    if (periodStart(issued) <= today) return [];
    return [problemAt(doc, ['issued'], doc.data.issued, { code: 'document.issuedAfterToday', params: { issued: doc.data.issued, today } })];
  });
}

/**
 * A withdrawal takes effect when the office says so, at the latest on the day it is published: one
 * dated after today would show a notice that says the page was taken down on a day still to come.
 */
export function checkWithdrawalDates(
  entries: readonly CheckedEntry<{ withdrawn?: { date: string } | undefined }>[],
  today: string,
): ContentProblem[] {
  return entries.flatMap((entry) => {
    const date = entry.data.withdrawn?.date;
    if (date === undefined || date <= today) return [];
    return [problemAt(entry, ['withdrawn', 'date'], date, { code: 'withdrawn.afterToday', params: { date, today } })];
  });
}

/** A change note tells of a change already made: one dated after today would announce what has not happened. */
export function checkChangeNoteDates(
  entries: readonly CheckedEntry<{ changes: readonly { date: string }[] }>[],
  today: string,
): ContentProblem[] {
  return entries.flatMap((entry) =>
    entry.data.changes.flatMap(({ date }, index) =>
      date > today ? [problemAt(entry, ['changes', index, 'date'], date, { code: 'changes.afterToday', params: { date, today } })] : [],
    ),
  );
}

/** A number's code must be the kind's code: a báo cáo is numbered …/BC-…. */
export function checkNumberCodes(docs: readonly CheckedDocument[]): ContentProblem[] {
  return docs.flatMap((doc) => {
    const { number, kind } = doc.data;
    if (number === undefined || numberMatchesKind(number, kind)) return [];
    const code = kindCode(kind);
    if (code === undefined) {
      return [problemAt(doc, ['number'], number, { code: 'document.numberCodeOfOtherKind', params: { kind, kindName: kindName(kind) } })];
    }
    return [problemAt(doc, ['number'], number, { code: 'document.numberCodeMismatch', params: { kind, kindName: kindName(kind), code } })];
  });
}

/** Fields and localities come from the lists in content/site.yaml, so filters never split on a typo. */
/** What to tell a clerk of a locality id site.yaml does not list: its ids, and the one meant if a name was written. */
export function localityHint(site: SiteConfig, written: string): { ids: string[]; meant?: string } {
  const meant = meantId(
    written,
    site.localities.map((l) => ({ id: l.id, names: [l.name] })),
  );
  return { ids: site.localities.map((l) => l.id), ...(meant === undefined ? {} : { meant }) };
}

export function checkSiteVocabulary(docs: readonly CheckedDocument[], site: SiteConfig): ContentProblem[] {
  const fields = new Set(site.fields);
  const localities = new Set(site.localities.map((l) => l.id));
  return docs.flatMap((doc) => [
    ...doc.data.fields.flatMap((field, index) =>
      fields.has(field) ? [] : [problemAt(doc, ['fields', index], field, { code: 'reference.field', params: { fields: site.fields } })],
    ),
    ...doc.data.localities.flatMap((id, index) =>
      localities.has(id) ? [] : [problemAt(doc, ['localities', index], id, { code: 'reference.locality', params: localityHint(site, id) })],
    ),
  ]);
}

/**
 * A former address (alias) must not be the address of another item, nor be
 * claimed twice, or one of the two would silently win.
 */
export function checkAliases(entries: readonly CheckedEntry<{ aliases: string[] }>[], folder: string): ContentProblem[] {
  const slugs = new Set(entries.map((e) => e.slug));
  const claimed = new Map<string, string>();
  return entries.flatMap((entry) =>
    entry.data.aliases.flatMap((alias, index) => {
      const path = ['aliases', index];
      if (slugs.has(alias)) {
        return [problemAt(entry, path, alias, { code: 'alias.taken', params: { alias, folder } })];
      }
      const owner = claimed.get(alias);
      claimed.set(alias, owner ?? entry.file);
      return owner === undefined ? [] : [problemAt(entry, path, alias, { code: 'alias.claimed', params: { owner } })];
    }),
  );
}
