import type { SiteConfig } from '../schemas/site';

/** Absolute address of a path on the published site. */
export function absoluteUrl(site: Pick<SiteConfig, 'baseUrl'>, pathname: string): string {
  return new URL(pathname.replace(/^\//, ''), site.baseUrl).href;
}
