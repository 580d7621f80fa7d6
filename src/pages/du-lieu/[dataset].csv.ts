import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { DATASETS } from '../../data/open-data';

export const getStaticPaths = (() =>
  DATASETS.map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

/** The records of one data set as a spreadsheet opens them. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { dataset } = props;
  return new Response(await dataset.csv(), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
