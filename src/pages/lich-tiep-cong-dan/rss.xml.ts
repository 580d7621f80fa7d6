import type { APIRoute } from 'astro';
import { feedOf, feedResponse } from '../../data/feeds';

/** Reception schedules as they are published. */
export const GET: APIRoute = () => feedResponse(feedOf('receptions'));
