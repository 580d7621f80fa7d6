/**
 * Where the build keeps what it made of the content between runs (Astro's content store, the
 * rendered prose). Astro does not notice when a schema, the check or the prose renderer changes,
 * so the folder is named after the code that shapes the content: a change to it starts afresh.
 * `npm run check` renders into the same folder, so a build after it reuses its work.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The code whose change changes what the content becomes. */
const CODE_FOLDERS = ['src/check', 'src/schemas', 'src/loaders', 'src/vocabulary', 'src/dates', 'src/messages'];
const CODE_FILES = ['src/content.config.ts', 'src/lib/prose.ts', 'package-lock.json'];

/** The cache folder for the project at `root`; ASTRO_CACHE_DIR overrides it (tests give each build its own). */
export function cacheDirOf(root: string, env: Record<string, string | undefined> = process.env): string {
  if (env.ASTRO_CACHE_DIR) return path.resolve(root, env.ASTRO_CACHE_DIR);
  const files = [
    ...CODE_FILES,
    ...CODE_FOLDERS.flatMap((folder) => fs.readdirSync(path.join(root, folder)).map((name) => `${folder}/${name}`)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(fs.readFileSync(path.join(root, file)));
  return path.join(root, 'node_modules/.astro', hash.digest('hex').slice(0, 12));
}

/** The rendered prose inside a cache folder. */
export const proseDirOf = (cacheDir: string): string => path.join(cacheDir, 'prose');
