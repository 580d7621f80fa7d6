import type { APIRoute, GetStaticPaths } from 'astro';
import { bulletins, type Bulletin } from '../../data/bulletins';
import { t } from '../../messages';

export const getStaticPaths = (async () =>
  (await bulletins()).map((bulletin) => ({ params: { path: bulletin.path }, props: { bulletin } }))) satisfies GetStaticPaths;

/**
 * The bulletin as plain text, for the announcer's own device or printer. It starts with a byte
 * order mark: a host that sends .txt without a charset would otherwise show the Vietnamese garbled.
 */
export const GET: APIRoute<{ bulletin: Bulletin }> = ({ props: { bulletin } }) =>
  new Response(
    `\uFEFF${[t('bulletin.title', { title: bulletin.title }), bulletin.committee, '', ...bulletin.paragraphs.flatMap((p) => [p, '']), t('bulletin.minutes', { minutes: String(bulletin.minutes).replace('.', ',') })].join('\r\n')}\r\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
