/**
 * A process that builds sites for the test run, one after another, through Astro's JavaScript API
 * (tests/support/build-server.ts starts it). Each build gets the environment the test gave it,
 * the whole of it, as a process started for it would; what Astro, Vite and the site's code print
 * meanwhile is the build's output. Node, Astro and Vite are loaded and compiled once per process,
 * which is half of what `astro build` started afresh costs.
 *
 * Run by Node itself (it strips the types), so it imports only packages and Node's own modules.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'astro';

export interface BuildRequest {
  env: Record<string, string>;
}

export interface BuildReply {
  code: number;
  output: string;
}

/** Sets the process's environment to `env` and nothing else; the time zone follows TZ at once. */
function useEnvironment(env: Record<string, string>): void {
  for (const key of Object.keys(process.env)) {
    if (!(key in env)) Reflect.deleteProperty(process.env, key);
  }
  Object.assign(process.env, env);
}

/** Runs `work` while keeping everything written to stdout and stderr, which it returns with the result. */
async function capturingOutput<T>(work: () => Promise<T>): Promise<{ result: T; output: string }> {
  let output = '';
  const streams = [process.stdout, process.stderr];
  const writes = streams.map((stream) => stream.write.bind(stream));
  for (const stream of streams) {
    stream.write = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      output += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
      const done = rest.find((argument) => typeof argument === 'function') as (() => void) | undefined;
      done?.();
      return true;
    };
  }
  try {
    const result = await work();
    return { result, output };
  } finally {
    streams.forEach((stream, i) => {
      stream.write = writes[i]!;
    });
  }
}

const describe = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/** A promise rejected with nothing to catch it: it would end `astro build` with code 1. */
let unhandled: string[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(describe(reason)));

/** `astro build` of the project in the current folder, as the command line runs it: 0, or 1 with the error after the output. */
async function buildOnce(request: BuildRequest): Promise<BuildReply> {
  useEnvironment(request.env);
  unhandled = [];
  const { result, output } = await capturingOutput(async () => {
    try {
      await build({ root: process.cwd() });
      return [];
    } catch (error) {
      return [describe(error)];
    }
  });
  const errors = [...result, ...unhandled];
  return { code: errors.length === 0 ? 0 : 1, output: errors.length === 0 ? output : `${output}\n${errors.join('\n')}\n` };
}

let queue: Promise<unknown> = Promise.resolve();

const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    // One build at a time: each takes the whole process's environment.
    const reply = queue.then(() => buildOnce(JSON.parse(body) as BuildRequest));
    queue = reply.catch(() => undefined);
    reply.then(
      (result) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(result));
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(String(error));
      },
    );
  });
});

server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
// Ends with the process that started it.
process.on('disconnect', () => process.exit(0));
