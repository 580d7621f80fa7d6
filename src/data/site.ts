import { t } from '../messages';
import type { SiteConfig } from '../schemas/site';
import { contentDir } from '../check/paths';
import { checkSiteFile } from '../check/check-content';
import { ContentError } from '../messages/problems';

let cached: SiteConfig | undefined;

/** The validated site configuration (content/site.yaml), read once per build. */
export function getSite(): SiteConfig {
  if (cached) return cached;
  const { site, problems } = checkSiteFile(contentDir());
  if (!site) throw new ContentError(problems);
  cached = site;
  return site;
}

/** "Ủy ban nhân dân thị trấn Đak Đoa". */
export function committeeName(site: SiteConfig): string {
  return t('site.committee', { unitType: site.unit.type, unitName: site.unit.name });
}

/** "UBND thị trấn Đak Đoa": the short form used in titles. */
export function committeeShortName(site: SiteConfig): string {
  return `UBND ${site.unit.type} ${site.unit.name}`;
}

/** Absolute address of a path on the published site. */
export function absoluteUrl(site: SiteConfig, pathname: string): string {
  return new URL(pathname.replace(/^\//, ''), site.baseUrl).href;
}
