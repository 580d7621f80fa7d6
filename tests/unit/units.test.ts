import { describe, expect, it } from 'vitest';
import {
  committeeKey,
  currentLocality,
  currentLocalityOf,
  formerUnitOf,
  isCommitteeOf,
  localitiesOfUnit,
  siteIdentity,
  unitDay,
} from '../../src/lib/units';
import type { FormerUnit, Locality } from '../../src/schemas/site';

const thiTran: FormerUnit = {
  id: 'thi-tran-dak-doa',
  type: 'thị trấn',
  name: 'Đak Đoa',
  parent: 'UBND huyện Đak Đoa',
  until: '2025-06-30',
};
const glar: FormerUnit = { id: 'xa-glar', type: 'xã', name: 'Glar', parent: 'UBND huyện Đak Đoa', until: '2025-06-30' };
const current = { type: 'xã' as const, name: 'Đak Đoa', nameEn: 'Đak Đoa Commune', since: '2025-07-01' };

const locality = (id: string, extra: Partial<Locality> = {}): Locality => ({ id, name: id, placeholder: false, ...extra });

describe('siteIdentity', () => {
  it('is the current unit once the office has entered it', () => {
    expect(siteIdentity({ unit: current, formerUnits: [thiTran, glar] })).toEqual({ unit: current, current: true });
  });

  it('is the first former unit, marked as not current, until then', () => {
    expect(siteIdentity({ formerUnits: [thiTran, glar] })).toEqual({ unit: thiTran, current: false });
  });
});

describe('formerUnitOf', () => {
  const site = { unit: current, formerUnits: [thiTran, glar] };

  it('gives an item dated up to the first former unit’s last day to that unit', () => {
    expect(formerUnitOf(site, '2023-01-17')).toBe(thiTran);
    expect(formerUnitOf(site, '2025-06-30')).toBe(thiTran);
  });

  it('gives an item dated after it to the current unit', () => {
    expect(formerUnitOf(site, '2025-07-01')).toBeUndefined();
  });

  it('follows the unit an item names, whatever its date', () => {
    expect(formerUnitOf(site, '2024-05-02', 'xa-glar')).toBe(glar);
    expect(formerUnitOf(site, '2025-08-01', 'xa-glar')).toBe(glar);
    expect(formerUnitOf(site, '2024-05-02', 'xa-khac')).toBeUndefined();
  });

  it('gives every item to the current unit of a site with no former unit', () => {
    expect(formerUnitOf({ unit: current, formerUnits: [] }, '2020-01-01')).toBeUndefined();
  });
});

describe('unitDay', () => {
  it.each([
    ['a document dated by its year only, from the first day of that year', unitDay.document({ issued: '2023' }), '2023-01-01'],
    ['a document dated by its month', unitDay.document({ issued: '2025-06' }), '2025-06-01'],
    ['a reception schedule, by its first day', unitDay.reception({ from: '2025-06-01' }), '2025-06-01'],
    ['a consultation, by its opening day', unitDay.consultation({ opens: '2025-06-30T07:00' }), '2025-06-30'],
    ['a dialogue, by its day', unitDay.dialogue({ start: '2025-07-01T07:30' }), '2025-07-01'],
  ])('places %s', (_, day, expected) => {
    expect(day).toBe(expected);
  });
});

describe('the localities of a unit on a day', () => {
  const localities = [
    locality('tdp-1', { formerUnit: 'thi-tran-dak-doa' }),
    locality('lang-cu', { formerUnit: 'xa-glar', until: '2025-06-30', now: 'thon-moi' }),
    locality('thon-moi'),
    locality('lang-glar', { formerUnit: 'xa-glar' }),
  ];
  const ids = (unit: FormerUnit | undefined, day: string): string[] => localitiesOfUnit(localities, unit, day).map((l) => l.id);

  it('are those that belonged to a former unit, while they existed under their id', () => {
    expect(ids(thiTran, '2023-05-01')).toEqual(['tdp-1']);
    expect(ids(glar, '2025-06-30')).toEqual(['lang-cu', 'lang-glar']);
  });

  it('are, for the current unit, every locality that still exists, whichever unit it came from', () => {
    expect(ids(undefined, '2025-07-01')).toEqual(['tdp-1', 'thon-moi', 'lang-glar']);
  });

  it('lead a merged or renamed locality to the one it is now, through every step', () => {
    const chain = [
      locality('lang-cu', { until: '2025-06-30', now: 'thon-moi' }),
      locality('thon-moi', { until: '2026-01-01', now: 'thon-moi-hon' }),
      locality('thon-moi-hon'),
    ];
    expect(currentLocality(localities, 'lang-cu')?.id).toBe('thon-moi');
    expect(currentLocality(chain, 'lang-cu')?.id).toBe('thon-moi-hon');
    expect(currentLocality(localities, 'tdp-1')?.id).toBe('tdp-1');
    expect(currentLocalityOf(localities)('khong-co')).toBe('khong-co');
  });

  it('stop at a locality a loop of renames would revisit, rather than run forever', () => {
    const loop = [locality('a', { until: '2024-01-01', now: 'b' }), locality('b', { until: '2024-01-01', now: 'a' })];
    expect(['a', 'b']).toContain(currentLocality(loop, 'a')?.id);
  });
});

describe('committee names', () => {
  it('match however the committee is written: in short, in decomposed Unicode, with old-style accents or extra spaces', () => {
    expect(isCommitteeOf('Ủy ban nhân dân thị trấn Đak Đoa', thiTran)).toBe(true);
    expect(isCommitteeOf('UBND thị trấn Đak Đoa', thiTran)).toBe(true);
    expect(isCommitteeOf('UỶ BAN NHÂN DÂN  THỊ TRẤN ĐAK ĐOA'.normalize('NFD'), thiTran)).toBe(true);
    expect(committeeKey('UBND xã Glar')).toBe('ủy ban nhân dân xã glar');
  });

  it('tell a unit from another of the same name but another type', () => {
    expect(isCommitteeOf('Ủy ban nhân dân xã Đak Đoa', thiTran)).toBe(false);
    expect(isCommitteeOf('Ủy ban nhân dân huyện Đak Đoa', thiTran)).toBe(false);
  });
});
