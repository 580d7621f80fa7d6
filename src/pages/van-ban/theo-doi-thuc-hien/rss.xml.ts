import type { APIRoute } from 'astro';
import { feedOf, feedResponse } from '../../../data/feeds';

/** Reporting duties of plans: each one that falls overdue, and each report that answers one. */
export const GET: APIRoute = () => feedResponse(feedOf('follow-up'));
