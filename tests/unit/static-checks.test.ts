import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site';

// The checks that read the code rather than run it, as `npm run <script>` runs them, inside the test
// run: they start first (tests/vitest.config.ts) and share the cores with the builds and the browser,
// where one after the other they held the whole suite back by most of a minute.

/** Runs `npm run <script>` in the project; its output, both streams, is the failure message. */
function npmRun(script: string): Promise<{ code: number | null; output: string }> {
  const child = spawn('npm', ['run', '--silent', script], {
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

// One after the other, in this order: astro check writes the content types (.astro/) that ESLint's
// type-checked rules read, which a fresh clone does not have.
describe('the code as written', { timeout: 240_000 }, () => {
  it.each([
    ['type-checks, .astro files included (astro check)', 'check:types'],
    ['passes ESLint with the type-checked rules and the Astro plugin', 'lint'],
    ['is formatted as Prettier formats it', 'format:check'],
  ])('%s', async (_, script) => {
    const { code, output } = await npmRun(script);
    expect(code, output).toBe(0);
  });
});
