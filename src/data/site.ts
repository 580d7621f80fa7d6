import { getEntry } from 'astro:content';
import type { SiteConfig } from '../schemas/site';

let cached: Promise<SiteConfig> | undefined;

/** The site configuration (content/site.yaml), as the content check validated it. */
export function getSite(): Promise<SiteConfig> {
  cached ??= (async () => {
    const entry = await getEntry('site', 'site');
    if (!entry) throw new Error('content/site.yaml was not loaded: the content check should have stopped the build');
    return entry.data;
  })();
  return cached;
}
