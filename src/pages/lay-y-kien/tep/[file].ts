import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedConsultations } from '../../../data/consultations';
import { filesDir } from '../../../check/paths';

/** Files attached to consultations (maps, explanations), published under /lay-y-kien/tep/. */
export const getStaticPaths = (async () => {
  const names = new Set(
    (await publishedConsultations()).flatMap((c) => c.data.documents.flatMap((doc) => ('file' in doc ? [doc.file] : []))),
  );
  return [...names].sort().map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(fs.readFileSync(path.join(filesDir(), String(params.file))));
