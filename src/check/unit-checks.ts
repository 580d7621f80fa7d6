import type { ConsultationData } from '../schemas/consultation';
import type { DialogueData } from '../schemas/dialogue';
import type { DocumentData } from '../schemas/document';
import type { ReceptionSchedule } from '../schemas/reception';
import type { FormerUnit, SiteConfig } from '../schemas/site';
import type { ContentProblem } from '../vocabulary/problems';
import { committeeShortName, formerUnitOf, isCommitteeOf, localitiesOfUnit, siteIdentity, unitDay } from '../lib/units';
import { problemAt, type CheckedEntry } from './cross-checks';

/** A locality id an item names, with where. */
export interface LocalityRef {
  path: PropertyKey[];
  id: string;
}

export function consultationLocalityRefs(data: ConsultationData): LocalityRef[] {
  return [
    ...data.localities.map((id, index) => ({ path: ['localities', index], id })),
    ...data.channels.flatMap((channel, c) =>
      channel.channel === 'meeting'
        ? channel.meetings.flatMap((meeting, m) =>
            meeting.localities.map((id, index) => ({ path: ['channels', c, 'meetings', m, 'localities', index], id })),
          )
        : [],
    ),
  ];
}

export function dialogueLocalityRefs(data: DialogueData): LocalityRef[] {
  return [
    ...data.participation.localities.map((id, index) => ({ path: ['participation', 'localities', index], id })),
    ...data.issues.flatMap((issue, index) =>
      issue.locality === undefined ? [] : [{ path: ['issues', index, 'locality'], id: issue.locality }],
    ),
  ];
}

/** What the unit checks need of an item of any kind. */
interface UnitItem {
  entry: CheckedEntry<{ unit?: string | undefined }>;
  day: string;
  localities: LocalityRef[];
  /** A document's issuer as printed. */
  issuer?: string;
}

/** The items of every kind whose files passed their own schema. */
export interface UnitCheckedItems {
  documents: readonly CheckedEntry<DocumentData>[];
  receptions: readonly CheckedEntry<ReceptionSchedule>[];
  consultations: readonly CheckedEntry<ConsultationData>[];
  dialogues: readonly CheckedEntry<DialogueData>[];
}

/**
 * Each item belongs to the unit that issued or held it: a `unit:` names a former unit that
 * existed on the item's day, a document dated after a former unit's end does not carry that
 * unit's committee as issuer, and the localities an item names were that unit's on that day.
 * Ids site.yaml does not list at all are the vocabulary checks' to report.
 */
export function checkUnits(items: UnitCheckedItems, site: SiteConfig): ContentProblem[] {
  const all: UnitItem[] = [
    ...items.documents.map((entry) => ({
      entry,
      day: unitDay.document(entry.data),
      localities: entry.data.localities.map((id, index) => ({ path: ['localities', index], id })),
      issuer: entry.data.issuer,
    })),
    ...items.receptions.map((entry) => ({ entry, day: unitDay.reception(entry.data), localities: [] })),
    ...items.consultations.map((entry) => ({
      entry,
      day: unitDay.consultation(entry.data),
      localities: consultationLocalityRefs(entry.data),
    })),
    ...items.dialogues.map((entry) => ({ entry, day: unitDay.dialogue(entry.data), localities: dialogueLocalityRefs(entry.data) })),
  ];
  const unitIds = site.formerUnits.map((former) => former.id);
  return all.flatMap((item): ContentProblem[] => {
    const explicit = item.entry.data.unit;
    if (explicit !== undefined && !unitIds.includes(explicit)) {
      return [problemAt(item.entry, ['unit'], explicit, { code: 'unit.unknown', params: { id: explicit, ids: unitIds } })];
    }
    const unit = formerUnitOf(site, item.day, explicit);
    if (unit !== undefined && item.day > unit.until) {
      return [
        problemAt(item.entry, ['unit'], explicit, {
          code: 'unit.afterEnd',
          params: { unit: committeeShortName(unit), until: unit.until, date: item.day },
        }),
      ];
    }
    return [...issuerProblems(item, unit, site), ...localityProblems(item, unit, site)];
  });
}

/** A document of the current unit printed with a former unit's committee as its issuer. */
function issuerProblems(item: UnitItem, unit: FormerUnit | undefined, site: SiteConfig): ContentProblem[] {
  if (item.issuer === undefined || unit !== undefined) return [];
  const ended = site.formerUnits.find((former) => former.until < item.day && isCommitteeOf(item.issuer ?? '', former));
  if (ended === undefined) return [];
  return [
    problemAt(item.entry, ['issuer'], item.issuer, {
      code: 'unit.issuerAfterEnd',
      params: { unit: committeeShortName(ended), until: ended.until, date: item.day },
    }),
  ];
}

function localityProblems(item: UnitItem, unit: FormerUnit | undefined, site: SiteConfig): ContentProblem[] {
  const allowed = localitiesOfUnit(site.localities, unit, item.day);
  const allowedIds = new Set(allowed.map((locality) => locality.id));
  const unitName = committeeShortName(unit ?? siteIdentity(site).unit);
  return item.localities.flatMap(({ path, id }) => {
    const locality = site.localities.find((candidate) => candidate.id === id);
    if (locality === undefined || allowedIds.has(id)) return [];
    const until = locality.until !== undefined && item.day > locality.until ? locality.until : undefined;
    return [
      problemAt(item.entry, path, id, {
        code: 'unit.locality',
        params: {
          id,
          unit: unitName,
          date: item.day,
          ...(until === undefined ? {} : { until }),
          ...(until !== undefined && locality.now !== undefined ? { now: locality.now } : {}),
          ids: allowed.map((candidate) => candidate.id),
        },
      }),
    ];
  });
}
