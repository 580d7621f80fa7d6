import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import { absoluteUrl } from '../lib/urls';

/** Everything is public; the sitemap lists every page. */
export const GET: APIRoute = async () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(await getSite(), '/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
