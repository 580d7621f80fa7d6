import { getEntry } from 'astro:content';
import { fileType } from '../messages/files';

/** What a citizen should know about a file before downloading it, and how to verify it. */
export interface FileFacts {
  bytes: number;
  sha256: string;
  /** `PDF`, `Word`: what opens it. */
  type: string;
  /** Where the file is, for the build to copy it into the site. */
  path: string;
}

/** Size, SHA-256 and type of a file of content/files/ that the content names, as the content check read it. */
export async function fileFacts(name: string): Promise<FileFacts> {
  const entry = await getEntry('files', name);
  if (!entry) throw new Error(`content/files/${name} was not loaded: the content check should have refused a reference to it`);
  return { ...entry.data, type: fileType(name) };
}
