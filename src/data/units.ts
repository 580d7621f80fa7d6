import type { FormerUnit } from '../schemas/site';
import { formerUnitOf, unitDay } from '../lib/units';
import { getSite } from './site';
import { listedDocuments, type PublishedDocument } from './documents';
import { receptionData, type PublishedSchedule } from './receptions';
import { listedConsultations, type PublishedConsultation } from './consultations';
import { dialogueData, type PublishedDialogue } from './dialogues';

/** A former unit with what the site publishes of it. */
export interface FormerUnitRecords {
  unit: FormerUnit;
  documents: PublishedDocument[];
  schedules: PublishedSchedule[];
  consultations: PublishedConsultation[];
  dialogues: PublishedDialogue[];
}

let cached: Promise<FormerUnitRecords[]> | undefined;

async function load(): Promise<FormerUnitRecords[]> {
  const site = await getSite();
  const [documents, { schedules }, consultations, { dialogues }] = await Promise.all([
    listedDocuments(),
    receptionData(),
    listedConsultations(),
    dialogueData(),
  ]);
  const of = (unit: FormerUnit) => (day: string, explicit: string | undefined) => formerUnitOf(site, day, explicit)?.id === unit.id;
  return site.formerUnits.map((unit) => {
    const belongs = of(unit);
    return {
      unit,
      documents: documents.filter((doc) => belongs(unitDay.document(doc.data), doc.data.unit)),
      schedules: schedules.filter((schedule) => belongs(unitDay.reception(schedule.data), schedule.data.unit)),
      consultations: consultations.filter((consultation) => belongs(unitDay.consultation(consultation.data), consultation.data.unit)),
      dialogues: dialogues.filter((dialogue) => belongs(unitDay.dialogue(dialogue.data), dialogue.data.unit)),
    };
  });
}

/** Each former unit in site.yaml's order, with its listed items, read once per build. */
export function formerUnitRecords(): Promise<FormerUnitRecords[]> {
  cached ??= load();
  return cached;
}
