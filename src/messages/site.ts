import type { SiteConfig } from '../schemas/site';
import { t } from './index';

/** "Ủy ban nhân dân thị trấn Đak Đoa". */
export function committeeName(site: SiteConfig): string {
  return t('site.committee', { unitType: site.unit.type, unitName: site.unit.name });
}

/** "UBND thị trấn Đak Đoa": the short form used in titles. */
export function committeeShortName(site: SiteConfig): string {
  return `UBND ${site.unit.type} ${site.unit.name}`;
}
