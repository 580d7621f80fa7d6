import type { APIRoute, GetStaticPaths } from 'astro';
import { officerPaths, receptionData } from '../../../data/receptions';
import { receptionCalendar } from '../../../data/calendars';
import { sessionsOfOfficer } from '../../../lib/receptions';
import { getSite } from '../../../data/site';

/**
 * One calendar per officer role that has sessions. A session someone else receives instead
 * stays in it, under the same UID as in the other calendars, so a phone that imported it
 * updates it rather than keeping the first version.
 */
export const getStaticPaths = officerPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ role: string }> = async ({ params, props }) => {
  const { sessions } = await receptionData();
  const own = sessionsOfOfficer(sessions, params.officer ?? '');
  return new Response(receptionCalendar(own, await getSite(), props.role), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
