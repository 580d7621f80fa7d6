import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileFacts } from '../../../data/attachments';
import { dialogueData } from '../../../data/dialogues';

/** The signed minutes of each dialogue, published byte for byte under /doi-thoai/bien-ban/. */
export const getStaticPaths = (async () => {
  const { all } = await dialogueData();
  const names = new Set(all.flatMap((d) => (d.data.minutes ? [d.data.minutes.file] : [])));
  return [...names].sort().map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(fs.readFileSync((await fileFacts(String(params.file))).path));
