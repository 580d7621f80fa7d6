import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { dialogueData } from '../../../data/dialogues';
import { filesDir } from '../../../check/paths';

/** The signed minutes of each dialogue, published byte for byte under /doi-thoai/bien-ban/. */
export const getStaticPaths = (async () => {
  const { dialogues } = await dialogueData();
  const names = new Set(dialogues.flatMap((d) => (d.data.minutes ? [d.data.minutes.file] : [])));
  return [...names].sort().map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(fs.readFileSync(path.join(filesDir(), String(params.file))));
