import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedDocuments } from '../../data/documents';
import { filesDir } from '../../check/paths';

/** Every attachment named by a document, published once under /tep/. */
export const getStaticPaths = (async () => {
  const names = new Set((await publishedDocuments()).flatMap((doc) => doc.data.attachments.map((a) => a.file)));
  return [...names].sort().map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(fs.readFileSync(path.join(filesDir(), String(params.file))));
