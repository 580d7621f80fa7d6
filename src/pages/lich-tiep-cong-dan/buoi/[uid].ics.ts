import type { APIRoute, GetStaticPaths } from 'astro';
import { receptionData } from '../../../data/receptions';
import { receptionCalendar } from '../../../data/calendars';
import { getSite } from '../../../data/site';

/** "Add to calendar": one file per session. */
export const getStaticPaths = (async () => {
  const { sessions } = await receptionData();
  return sessions.map((session) => ({ params: { uid: session.uid }, props: { session } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { session } = props as { session: Parameters<typeof receptionCalendar>[0][number] };
  return new Response(receptionCalendar([session], await getSite()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
