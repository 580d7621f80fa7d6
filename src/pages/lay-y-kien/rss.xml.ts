import type { APIRoute } from 'astro';
import { feedOf, feedResponse } from '../../data/feeds';

/** New consultations and published outcomes. */
export const GET: APIRoute = () => feedResponse(feedOf('consultations'));
