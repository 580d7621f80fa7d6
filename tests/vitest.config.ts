import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// One name for this run, inherited by every test process, under which test files share the builds
// they only read (tests/support/build-site.ts, sharedBuild); the builds of earlier runs go.
process.env.TEST_RUN_ID ??= `${String(process.pid)}-${String(Date.now())}`;
const tmp = path.join(root, 'tests/.tmp');
for (const name of fs.existsSync(tmp) ? fs.readdirSync(tmp) : []) {
  if (name.startsWith('shared-builds-') && name !== `shared-builds-${process.env.TEST_RUN_ID}`) {
    fs.rmSync(path.join(tmp, name), { recursive: true, force: true });
  }
}

export default defineConfig({
  test: {
    root,
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          root,
          include: ['tests/build/**/*.test.ts'],
          // Each file builds whole sites; two at a time is what two cores can take.
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
