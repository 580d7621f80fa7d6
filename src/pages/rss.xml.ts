import type { APIRoute } from 'astro';
import { feedResponse } from '../data/feeds';

/** Everything the site publishes, newest first. */
export const GET: APIRoute = () => feedResponse(undefined);
