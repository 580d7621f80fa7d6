import type { APIRoute } from 'astro';
import { absoluteUrl, getSite } from '../data/site';

/** Everything is public; the sitemap lists every page. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(getSite(), '/sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
