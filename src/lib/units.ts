import type { CurrentUnit, FormerUnit, Locality, SiteConfig, UnitType } from '../schemas/site';
import { periodStart, splitDateTime, toPartialDate } from '../dates/calendar';

/**
 * Which administrative unit speaks, and which issued an item. Since 1 July 2025 a commune-level
 * unit is often several former ones merged: the site speaks for the current unit, and each item
 * keeps the unit that issued or held it, by its date or by its own `unit:`.
 */

/** What is printed of a unit: "thị trấn Đak Đoa", under "UBND huyện Đak Đoa". */
export interface UnitName {
  type: UnitType;
  name: string;
  nameEn?: string | undefined;
  /** The body above it at the time (a former unit's district). */
  parent?: string | undefined;
}

/** The unit the site presents itself as. */
export interface SiteIdentity {
  unit: UnitName;
  /**
   * False while the office has not entered the current unit: the site then shows the former
   * unit it published for, and says that this is the name from before the 2025 rearrangement.
   */
  current: boolean;
}

type UnitHistory = Pick<SiteConfig, 'formerUnits'> & { unit?: CurrentUnit | undefined };

export function siteIdentity(site: UnitHistory): SiteIdentity {
  if (site.unit !== undefined) return { unit: site.unit, current: true };
  const predecessor = site.formerUnits[0];
  // The schema refuses a site with neither; this keeps the type honest.
  if (predecessor === undefined) throw new Error('site.yaml names no unit: the content check should have stopped the build');
  return { unit: predecessor, current: false };
}

/**
 * The former unit an item belongs to, or undefined for the current unit. `day` is the item's own
 * date (issued, opened, held, first day of a schedule), `YYYY-MM-DD`. Without an explicit unit,
 * an item dated on or before the first former unit's last day is that unit's: the first is the
 * one this site published for before the rearrangement.
 */
export function formerUnitOf(site: UnitHistory, day: string, explicit?: string): FormerUnit | undefined {
  if (explicit !== undefined) return site.formerUnits.find((former) => former.id === explicit);
  const predecessor = site.formerUnits[0];
  return predecessor !== undefined && day <= predecessor.until ? predecessor : undefined;
}

/**
 * Whether an item of `unit` (undefined: the current unit) dated `day` may name the locality:
 * it existed under that id on that day, and in that unit.
 */
export function localityInUnit(locality: Locality, unit: FormerUnit | undefined, day: string): boolean {
  if (locality.until !== undefined && day > locality.until) return false;
  // A locality that belonged to no former unit was formed in the current one.
  return unit === undefined ? true : locality.formerUnit === unit.id;
}

/** The localities an item of `unit` dated `day` may name. */
export function localitiesOfUnit(localities: readonly Locality[], unit: FormerUnit | undefined, day: string): Locality[] {
  return localities.filter((locality) => localityInUnit(locality, unit, day));
}

/**
 * The current locality a locality became, following merges and renames (`now`) to the end; the
 * locality itself if it still exists. A chain that loops stops where it would repeat.
 */
export function currentLocality(localities: readonly Locality[], id: string): Locality | undefined {
  return follow(new Map(localities.map((locality) => [locality.id, locality])), id);
}

function follow(byId: ReadonlyMap<string, Locality>, id: string): Locality | undefined {
  const seen = new Set<string>();
  let locality = byId.get(id);
  while (locality?.now !== undefined && !seen.has(locality.id)) {
    seen.add(locality.id);
    const next = byId.get(locality.now);
    if (next === undefined) break;
    locality = next;
  }
  return locality;
}

/** For counting: each locality id mapped to the id of the locality it is now, worked out once for the list. */
export function currentLocalityOf(localities: readonly Locality[]): (id: string) => string {
  const byId = new Map(localities.map((locality) => [locality.id, locality]));
  const now = new Map(localities.map((locality) => [locality.id, follow(byId, locality.id)?.id ?? locality.id]));
  return (id) => now.get(id) ?? id;
}

/** Folds how a committee's name is written ("UBND", "Ủy ban nhân dân", case, spacing) to compare names. */
export function committeeKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/^ubnd\s+/u, 'ủy ban nhân dân ')
    .replace(/uỷ/gu, 'ủy')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** "UBND thị trấn Đak Đoa": a unit's committee as titles and messages name it. */
export const committeeShortName = (unit: UnitName): string => `UBND ${unit.type} ${unit.name}`;

/** Whether an issuer as printed ("Ủy ban nhân dân thị trấn Đak Đoa") is the committee of `unit`. */
export function isCommitteeOf(issuer: string, unit: UnitName): boolean {
  return committeeKey(issuer) === committeeKey(committeeShortName(unit));
}

/** The day that places an item in a unit: when it was issued, opened, held or began, `YYYY-MM-DD`. */
export const unitDay = {
  /** A document's issue day; a date of only a month or year counts from its first day. */
  document: (data: { issued: string }): string => periodStart(toPartialDate(data.issued)),
  reception: (data: { from: string }): string => data.from,
  consultation: (data: { opens: string }): string => splitDateTime(data.opens).date,
  dialogue: (data: { start: string }): string => splitDateTime(data.start).date,
} as const;
