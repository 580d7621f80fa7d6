import type { SiteConfig } from '../schemas/site';
import { committeeShortName as unitShortName, siteIdentity, type UnitName } from '../lib/units';
import { t } from './index';

/** "Ủy ban nhân dân xã Đak Đoa": the committee of a unit. */
export function unitCommitteeName(unit: UnitName): string {
  return t('site.committee', { unitType: unit.type, unitName: unit.name });
}

/** The committee the site speaks for: the current unit's, or until it is entered the former one's. */
export function committeeName(site: SiteConfig): string {
  return unitCommitteeName(siteIdentity(site).unit);
}

/** The committee's name in English; a former unit entered without one is named in Vietnamese. */
export function englishName(site: SiteConfig): string {
  const { unit } = siteIdentity(site);
  return unit.nameEn ?? unitShortName(unit);
}

/**
 * The committee that issued or held an item: its former unit's, or the current unit's. While the
 * current unit is not entered, the name shown is the former one, and it says so.
 */
export function itemCommitteeName(site: SiteConfig, former: UnitName | undefined): string {
  if (former !== undefined) return unitCommitteeName(former);
  const identity = siteIdentity(site);
  return identity.current ? unitCommitteeName(identity.unit) : t('units.nameBeforeReform', { committee: unitCommitteeName(identity.unit) });
}

/** "UBND xã Đak Đoa": the short form used in titles. */
export function committeeShortName(site: SiteConfig): string {
  return unitShortName(siteIdentity(site).unit);
}
