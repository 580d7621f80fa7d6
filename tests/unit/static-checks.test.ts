import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site';

// The checks that read the code rather than run it, as `npm run <script>` runs them, inside the test
// run: they start first (tests/vitest.config.ts) and share the cores with the builds and the browser,
// where one after the other they held the whole suite back by most of a minute.

/** Runs `npm <args>` in the project; its output, both streams, is the failure message. */
function npm(...args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn('npm', args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, output });
    });
  });
}

// astro check writes the content types (.astro/) that ESLint's type-checked rules read, which a
// fresh clone does not have: they are written first, then the three programs run side by side
// (astro check told not to write them again while ESLint reads them). One after the other, they
// held one worker for two minutes, most of it on one core, while the other worker's browser tests
// left the second core waiting.
describe('the code as written', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    const { code, output } = await npm('exec', '--', 'astro', 'sync');
    expect(code, output).toBe(0);
  }, 120_000);

  it.concurrent.for([
    ['type-checks, .astro files included (astro check)', ['check:types', '--', '--noSync']],
    ['passes ESLint with the type-checked rules and the Astro plugin', ['lint']],
    ['is formatted as Prettier formats it', ['format:check']],
  ] as const)('%s', async ([, [script, ...args]], { expect }) => {
    const { code, output } = await npm('run', '--silent', script, ...args);
    expect(code, output).toBe(0);
  });
});
