import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileFacts } from '../../data/attachments';
import { publishedDocuments } from '../../data/documents';

/** Every attachment named by a document, published once under /tep/. */
export const getStaticPaths = (async () => {
  const names = new Set((await publishedDocuments()).flatMap((doc) => doc.data.attachments.map((a) => a.file)));
  return [...names].sort().map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(fs.readFileSync((await fileFacts(String(params.file))).path));
