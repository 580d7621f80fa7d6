import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readSourceText } from '../check/source-text';

/** What pages need of an entry loaded by the prose loader. */
interface ProseEntry {
  id: string;
  collection: string;
  filePath?: string;
  rendered?: { metadata?: Record<string, unknown> };
}

/** The entry's prose as HTML, from the file the prose loader rendered it into. */
export function proseHtml(entry: ProseEntry): string {
  const file = entry.rendered?.metadata?.proseFile;
  if (typeof file !== 'string') throw new Error(`${entry.collection}/${entry.id}: no rendered prose (was it loaded by proseLoader?)`);
  return fs.readFileSync(file, 'utf8');
}

/** The entry's prose as the clerk wrote it (Markdown, without frontmatter), read from its file as the checks read it. */
export function proseSource(entry: ProseEntry): string {
  if (!entry.filePath) return '';
  return parseFrontmatter(readSourceText(path.resolve(entry.filePath))).content.trimStart();
}
