import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { DATASETS } from '../../data/open-data';

export const getStaticPaths = (() =>
  DATASETS.map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

/** The JSON Schema of the data set's JSON file, generated from the Zod schemas the site validates with. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { dataset } = props;
  const body = dataset.jsonSchema();
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'content-type': 'application/schema+json' } });
};
