import path from 'node:path';

/**
 * Folder holding the site's content. Tests build from fixture folders, so the
 * location comes from CONTENT_DIR when set, relative to the working directory.
 */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

/** Folder for attachment files referenced by content (`content/files/`). */
export function filesDir(): string {
  return path.join(contentDir(), 'files');
}

/** The files of a prose content folder (documents, pages, consultations, dialogues). */
export const PROSE_FILE = /\.mdx?$/;
