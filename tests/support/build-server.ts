import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { BUILD_SERVERS_VARIABLE, BUILD_SLOTS, PROJECT_ROOT } from './build-site';

/**
 * Vitest global setup, named by each project whose tests build sites: starts one build process
 * (tests/support/astro-builder.ts) per build slot and tells the test files where they listen;
 * buildSite sends its builds there. Projects run their setups in the one main process, so the
 * first starts the processes and the last to finish stops them.
 */
const shared = globalThis as typeof globalThis & { testBuilders?: { origins: Promise<string[]>; children: ChildProcess[]; users: number } };

function startBuilder(children: ChildProcess[]): Promise<string> {
  const child = fork(path.join(PROJECT_ROOT, 'tests/support/astro-builder.ts'), [], {
    cwd: PROJECT_ROOT,
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('message', (message: { port: number }) => {
      resolve(`http://127.0.0.1:${String(message.port)}`);
    });
    child.once('exit', (code) => {
      reject(new Error(`the build process ended before it listened (exit code ${String(code)})`));
    });
  });
}

export default async function setup(): Promise<() => Promise<void>> {
  if (shared.testBuilders === undefined) {
    const children: ChildProcess[] = [];
    shared.testBuilders = { origins: Promise.all(Array.from({ length: BUILD_SLOTS }, () => startBuilder(children))), children, users: 0 };
  }
  const builders = shared.testBuilders;
  builders.users += 1;
  // Test files run in processes started after the global setups, which inherit this.
  process.env[BUILD_SERVERS_VARIABLE] = (await builders.origins).join(' ');
  return () => {
    builders.users -= 1;
    if (builders.users > 0) return Promise.resolve();
    delete shared.testBuilders;
    Reflect.deleteProperty(process.env, BUILD_SERVERS_VARIABLE);
    for (const child of builders.children) child.kill();
    return Promise.resolve();
  };
}
