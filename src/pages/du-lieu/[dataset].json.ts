import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { DATASETS } from '../../data/open-data';
import { buildInstant } from '../../data/build';
import { vietnamTimestamp } from '../../dates/calendar';
import { getSite } from '../../data/site';
import { absoluteUrl } from '../../lib/urls';

export const getStaticPaths = (() =>
  DATASETS.map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

/** The records of one data set, with where their schema is and the moment their statuses were worked out. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { dataset } = props;
  const body = {
    $schema: absoluteUrl(await getSite(), `/du-lieu/${dataset.id}.schema.json`),
    title: dataset.title,
    description: dataset.description,
    generated: vietnamTimestamp(await buildInstant()),
    timeZone: 'Asia/Ho_Chi_Minh',
    records: await dataset.records(),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
