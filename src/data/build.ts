import { getEntry } from 'astro:content';
import type { BuildInfo } from '../schemas/build';

let cached: Promise<BuildInfo> | undefined;

/** What the build hands every page: its instant, read once at the build's edge, and whether git history was read. */
export function buildInfo(): Promise<BuildInfo> {
  cached ??= (async () => {
    const entry = await getEntry('build', 'build');
    if (!entry) throw new Error('the build entry was not loaded: the content loaders should have set it');
    return entry.data;
  })();
  return cached;
}

/** The instant the build treats as "now": every status and every "today" on the site is taken at it. */
export async function buildInstant(): Promise<Date> {
  return (await buildInfo()).now;
}
