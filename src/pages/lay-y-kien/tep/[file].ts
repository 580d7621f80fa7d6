import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileFacts } from '../../../data/attachments';
import { publishedConsultations } from '../../../data/consultations';

/** Files attached to consultations (maps, explanations), published under /lay-y-kien/tep/. */
export const getStaticPaths = (async () => {
  const names = new Set(
    (await publishedConsultations()).flatMap((c) => c.data.documents.flatMap((doc) => ('file' in doc ? [doc.file] : []))),
  );
  return [...names].sort().map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(fs.readFileSync((await fileFacts(String(params.file))).path));
