/** Worker thread of the prose pool: renders the files it is sent, in order. Run by Node as is. */
import { parentPort, workerData } from 'node:worker_threads';
import { createProseRenderer, type ProseOptions } from '../lib/prose.ts';
import { renderToFile, type ProseJob } from './prose-pool.ts';

const render = createProseRenderer(workerData as ProseOptions);
parentPort?.on('message', (jobs: ProseJob[]) => {
  parentPort?.postMessage(jobs.map((job) => renderToFile(render, job)));
});
