import fs from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

/** The collections whose items are written as prose. */
export type ProseCollection = 'documents' | 'pages' | 'consultations' | 'dialogues' | 'translations';

/** An item's prose as the content check rendered it, and its file, whose history the page shows. */
export interface Prose {
  html: string;
  filePath: string | undefined;
}

/** What pages need of an entry of a prose collection. */
interface ProseEntry {
  id: string;
  collection: string;
  filePath?: string | undefined;
  body?: string | undefined;
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}

/** The entry's prose as HTML, from the file the content check rendered it into. */
function htmlOf(entry: ProseEntry): string {
  const file = entry.rendered?.metadata?.proseFile;
  if (typeof file !== 'string') throw new Error(`${entry.collection}/${entry.id}: no rendered prose (was it loaded by contentLoader?)`);
  return fs.readFileSync(file, 'utf8');
}

async function entryOf(collection: ProseCollection, id: string): Promise<ProseEntry> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`${collection}/${id} vanished between listing and rendering`);
  return entry;
}

/** The prose of an item of a prose collection. */
export async function proseOf(collection: ProseCollection, id: string): Promise<Prose> {
  const entry = await entryOf(collection, id);
  return { html: htmlOf(entry), filePath: entry.filePath };
}

/** The prose of a document as the clerk wrote it: kept for the documents a consultation compares, '' for the others. */
export async function proseSource(documentId: string): Promise<string> {
  return (await entryOf('documents', documentId)).body ?? '';
}

/** A standing page of prose (content/pages/). */
export type StandingPageEntry = CollectionEntry<'pages'> & { prose: Prose };

/** Every standing page, with its prose. */
let staff: Promise<{ id: string; title: string }[]> | undefined;

/** The pages for the office's staff, by title: the footer of every page links each, so they are found once per build. */
export function staffPages(): Promise<{ id: string; title: string }[]> {
  staff ??= getCollection('pages').then((entries) =>
    entries
      .filter((entry) => entry.data.forStaff)
      .map((entry) => ({ id: entry.id, title: entry.data.title }))
      .sort((a, b) => a.title.localeCompare(b.title, 'vi')),
  );
  return staff;
}

export async function standingPages(): Promise<StandingPageEntry[]> {
  return (await getCollection('pages')).map((entry) => ({ ...entry, prose: { html: htmlOf(entry), filePath: entry.filePath } }));
}
