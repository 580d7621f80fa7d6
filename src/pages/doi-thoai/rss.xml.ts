import type { APIRoute } from 'astro';
import { feedOf, feedResponse } from '../../data/feeds';

/** Dialogue outcomes and every dated follow-up of the issues raised. */
export const GET: APIRoute = () => feedResponse(feedOf('dialogues'));
