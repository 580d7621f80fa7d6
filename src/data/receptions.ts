import { getCollection } from 'astro:content';
import {
  expandSchedule,
  officersWithSessions,
  scheduleHref,
  sortSessions,
  standingRule,
  weeklyDuty,
  type DutyWeek,
  type ReceptionSession,
  type StandingRule,
} from '../lib/receptions';
import type { ReceptionSchedule } from '../schemas/reception';
import { getSite } from './site';
import { revisionOf } from '../lib/history';
import { contentHistory } from './history';

/** A published schedule with its expanded sessions. */
export interface PublishedSchedule {
  id: string;
  /** The schedule's file, relative to the project, for its change history. */
  filePath: string | undefined;
  data: ReceptionSchedule;
  sessions: ReceptionSession[];
}

interface ReceptionData {
  schedules: PublishedSchedule[];
  /** Every session in time order. */
  sessions: ReceptionSession[];
  /** The chairman's weekly duty over all schedules together. */
  duty: DutyWeek[];
  /** The chairman's regular reception in the latest schedule that sets one out, with that schedule's page. */
  standing: { rule: StandingRule; href: string } | undefined;
}

let cached: Promise<ReceptionData> | undefined;

async function load(): Promise<ReceptionData> {
  const site = await getSite();
  const heads = new Set(site.officers.filter((o) => o.head).map((o) => o.id));
  const entries = await getCollection('receptions');
  const schedules = (
    await Promise.all(
      entries.map(async ({ id, data, filePath }) => {
        const revision = revisionOf(await contentHistory(filePath));
        const sessions = expandSchedule(id, data).map((s) => (revision ? { ...s, revision } : s));
        return { id, filePath, data, sessions };
      }),
    )
  ).sort((a, b) => a.data.from.localeCompare(b.data.from) || a.id.localeCompare(b.id));
  const sessions = sortSessions(schedules.flatMap((s) => s.sessions));
  const rule = standingRule(schedules, heads);
  const standing = rule && { rule, href: scheduleHref(sessions.filter((s) => s.schedule === rule.schedule.id)) };
  return {
    standing,
    schedules,
    sessions,
    duty: weeklyDuty(
      schedules.map((s) => s.data),
      sessions,
      heads,
      site.holidays,
    ),
  };
}

/** Every schedule and session, and the chairman's weekly duty, read once per build. */
export function receptionData(): Promise<ReceptionData> {
  cached ??= load();
  return cached;
}

/** The officer roles that have sessions, one path each: the officer's page and calendar are made for the same ones. */
export async function officerPaths(): Promise<{ params: { officer: string }; props: { role: string } }[]> {
  const { sessions } = await receptionData();
  return officersWithSessions((await getSite()).officers, sessions).map((officer) => ({
    params: { officer: officer.id },
    props: { role: officer.role },
  }));
}
