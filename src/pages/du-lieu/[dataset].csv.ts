import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, type Dataset } from '../../data/open-data';
import { renderCsv } from '../../lib/csv';

export const getStaticPaths = (() =>
  DATASETS.map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

/** The records of one data set as a spreadsheet opens them. */
export const GET: APIRoute = async ({ props }) => {
  const { dataset } = props as { dataset: Dataset<unknown> };
  return new Response(renderCsv(dataset.columns, await dataset.records()), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
