import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, type Dataset } from '../../data/open-data';
import { openDataJsonSchema } from '../../schemas/open-data';

export const getStaticPaths = (() =>
  DATASETS.map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

/** The JSON Schema of the data set's JSON file, generated from the Zod schemas the site validates with. */
export const GET: APIRoute = ({ props }) => {
  const { dataset } = props as { dataset: Dataset<unknown> };
  const body = openDataJsonSchema(dataset.schema, dataset.title);
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'content-type': 'application/schema+json' } });
};
