import { getCollection } from 'astro:content';
import { buildInstant } from './build';
import { vietnamDate } from '../dates/calendar';
import { collectBacklinks, documentStatus, sortNewestFirst, supersededFrom, type Backlinks, type DocumentEntry } from '../lib/documents';
import { type DocumentStatus } from '../vocabulary/document-status';

/** A document with what the build computes about it: its status today and its backlinks. */
export interface PublishedDocument extends DocumentEntry {
  status: DocumentStatus;
  /** The day a replacing document takes effect, for the browser to re-check the status. */
  supersededFrom: string | undefined;
  backlinks: Backlinks;
}

let cached: Promise<PublishedDocument[]> | undefined;
let cachedBySlug: Promise<Map<string, PublishedDocument>> | undefined;

async function load(): Promise<PublishedDocument[]> {
  const entries = await getCollection('documents');
  const docs: DocumentEntry[] = entries.map(({ id, data }) => ({ id, data }));
  const backlinks = collectBacklinks(docs);
  const today = vietnamDate(await buildInstant());
  const dataBySlug = new Map(docs.map((doc) => [doc.id, doc.data]));
  return sortNewestFirst(docs).map((doc) => {
    const links = backlinks.get(doc.id) ?? { implementedBy: [], supersededBy: [], referencedBy: [] };
    // A draft that will replace a document does not replace it yet: it is never in force.
    const replacements = links.supersededBy.flatMap((slug) => dataBySlug.get(slug) ?? []).filter((data) => !data.draft);
    const replacedFrom = supersededFrom(replacements);
    const status = documentStatus({ ...doc.data, supersededFrom: replacedFrom }, today);
    return { ...doc, backlinks: links, status, supersededFrom: replacedFrom };
  });
}

/** Every published document, newest first, read once per build. */
export function publishedDocuments(): Promise<PublishedDocument[]> {
  cached ??= load();
  return cached;
}

/** Every published document by slug, built once: pages look their relations up here. */
export function documentsBySlug(): Promise<Map<string, PublishedDocument>> {
  cachedBySlug ??= publishedDocuments().then((docs) => new Map(docs.map((d) => [d.id, d])));
  return cachedBySlug;
}

/** The documents the lists, feeds and home page show: every published one the office has not withdrawn. */
export async function listedDocuments(): Promise<PublishedDocument[]> {
  return (await publishedDocuments()).filter((doc) => doc.status !== 'withdrawn');
}
