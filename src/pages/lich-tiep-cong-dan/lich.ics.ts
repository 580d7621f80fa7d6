import type { APIRoute } from 'astro';
import { receptionData } from '../../data/receptions';
import { receptionCalendar } from '../../data/calendars';
import { getSite } from '../../data/site';

/** Every reception session, for a phone's calendar. */
export const GET: APIRoute = async () => {
  const { sessions } = await receptionData();
  return new Response(receptionCalendar(sessions, await getSite()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
