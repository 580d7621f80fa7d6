import { getCollection } from 'astro:content';
import { expandSchedule, sortSessions, weeklyDuty, type DutyWeek, type ReceptionSession } from '../lib/receptions';
import type { ReceptionSchedule } from '../schemas/reception';
import { getSite } from '../lib/site-config';

/** A published schedule with its expanded sessions and the chairman's weekly duty. */
export interface PublishedSchedule {
  id: string;
  /** The schedule's file, relative to the project, for its change history. */
  filePath: string | undefined;
  data: ReceptionSchedule;
  sessions: ReceptionSession[];
  duty: DutyWeek[];
}

let cached: Promise<{ schedules: PublishedSchedule[]; sessions: ReceptionSession[] }> | undefined;

async function load(): Promise<{ schedules: PublishedSchedule[]; sessions: ReceptionSession[] }> {
  const heads = new Set(getSite().officers.filter((o) => o.head).map((o) => o.id));
  const schedules = (await getCollection('receptions'))
    .map(({ id, data, filePath }) => {
      const sessions = expandSchedule(id, data);
      return { id, filePath, data, sessions, duty: weeklyDuty(data, sessions, heads) };
    })
    .sort((a, b) => a.data.from.localeCompare(b.data.from) || a.id.localeCompare(b.id));
  return { schedules, sessions: sortSessions(schedules.flatMap((s) => s.sessions)) };
}

/** Every schedule and every session in time order, read once per build. */
export function receptionData(): Promise<{ schedules: PublishedSchedule[]; sessions: ReceptionSession[] }> {
  cached ??= load();
  return cached;
}
