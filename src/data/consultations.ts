import { getCollection } from 'astro:content';
import { buildInstant } from './build';
import {
  consultationStanding,
  groupConsultations,
  type ConsultationClock,
  type ConsultationStanding,
  type ListGroup,
  type Placed,
} from '../lib/consultations';
import { getSite } from './site';
import { consultationRules } from '../lib/consultation-rules';
import type { ConsultationData } from '../schemas/consultation';
import type { ConsultationRules } from '../schemas/site';

/** A consultation with its state at the build's "now". */
export interface PublishedConsultation {
  id: string;
  data: ConsultationData;
  standing: ConsultationStanding;
}

/** The dates that decide a consultation's state, with its slug to break ties. */
export function clockOf(consultation: { id: string; data: ConsultationData }): ConsultationClock & { key: string } {
  const { opens, closes, outcome } = consultation.data;
  return { key: consultation.id, opens, closes, outcomePublished: outcome?.published };
}

/** The site's consultation yardsticks (content/site.yaml, or the schema's defaults). */
export async function siteConsultationRules(): Promise<ConsultationRules> {
  return consultationRules(await getSite());
}

let cached: Promise<PublishedConsultation[]> | undefined;

async function load(): Promise<PublishedConsultation[]> {
  const entries = await getCollection('consultations');
  const now = await buildInstant();
  const { outcomeDueDays } = await siteConsultationRules();
  return entries
    .map(({ id, data }) => ({ id, data, standing: consultationStanding(clockOf({ id, data }), now, outcomeDueDays) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Every consultation, by slug, read once per build. */
export function publishedConsultations(): Promise<PublishedConsultation[]> {
  cached ??= load();
  return cached;
}

/** The consultations the lists and feeds show: every one the office has not withdrawn. */
export async function listedConsultations(): Promise<PublishedConsultation[]> {
  return (await publishedConsultations()).filter((consultation) => consultation.data.withdrawn === undefined);
}

/** The list sections at the build's "now", in the order the list shows them. */
export async function consultationGroups(): Promise<Record<ListGroup, Placed<PublishedConsultation>[]>> {
  const { outcomeDueDays } = await siteConsultationRules();
  return groupConsultations(await listedConsultations(), clockOf, await buildInstant(), outcomeDueDays);
}
