import type { APIRoute } from 'astro';
import { feedOf, feedResponse } from '../../data/feeds';

/** Documents, newest first. */
export const GET: APIRoute = () => feedResponse(feedOf('documents'));
