import type { APIRoute, GetStaticPaths } from 'astro';
import { receptionData } from '../../../data/receptions';
import { receptionCalendar } from '../../../lib/reception-calendar';
import { getSite } from '../../../lib/site-config';

/** One calendar per officer role that has sessions. */
export const getStaticPaths = (async () => {
  const { sessions } = await receptionData();
  return getSite()
    .officers.filter((o) => sessions.some((s) => s.officer === o.id))
    .map((officer) => ({ params: { officer: officer.id }, props: { role: officer.role } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ role: string }> = async ({ params, props }) => {
  const { sessions } = await receptionData();
  const own = sessions.filter((s) => s.officer === params.officer);
  return new Response(receptionCalendar(own, getSite(), props.role), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
