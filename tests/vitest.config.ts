import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// One name for this run, inherited by every test process, under which test files share the builds
// they only read (tests/support/build-site.ts, sharedBuild); the builds of earlier runs go.
process.env.TEST_RUN_ID ??= `${String(process.pid)}-${String(Date.now())}`;
const tmp = path.join(root, 'tests/.tmp');
// Node keeps the code it compiled for the processes after the first: each test file, build and
// check loads the same modules (about 3 % of an Astro build's processor time).
process.env.NODE_COMPILE_CACHE ??= path.join(tmp, 'node-compile-cache');
for (const name of fs.existsSync(tmp) ? fs.readdirSync(tmp) : []) {
  if (name.startsWith('shared-builds-') && name !== `shared-builds-${process.env.TEST_RUN_ID}`) {
    fs.rmSync(path.join(tmp, name), { recursive: true, force: true });
  }
}

/**
 * Test files that take five seconds or more of one worker in a run, longest first, as measured from
 * a fresh clone (the static checks are three programs, side by side). The suite keeps both
 * processors busy throughout, so what sets its end is the last files: short ones finish together,
 * where one long file started last would run on alone.
 */
const LONGEST_FILES = [
  'tests/unit/static-checks.test.ts',
  'tests/e2e/search.test.ts',
  'tests/e2e/accessibility.test.ts',
  'tests/e2e/editor.test.ts',
  'tests/e2e/dialogues.test.ts',
  'tests/e2e/pages.test.ts',
  'tests/e2e/consultations.test.ts',
  'tests/e2e/receptions.test.ts',
  'tests/e2e/output.test.ts',
  'tests/build/receptions.test.ts',
  'tests/build/prose-cache.test.ts',
  'tests/build/content-paths.test.ts',
  'tests/build/translations.test.ts',
  'tests/unit/prose.test.ts',
  'tests/build/timezone.test.ts',
  'tests/build/withdrawn.test.ts',
  'tests/build/province.test.ts',
  'tests/e2e/status-script.test.ts',
  'tests/build/documents.test.ts',
  'tests/build/units.test.ts',
  'tests/unit/scaffold.test.ts',
  'tests/build/bulletins.test.ts',
];

/** The longest files first; then the unit tests, which need no build; then the rest, all short. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification): number => {
      const at = LONGEST_FILES.indexOf(path.relative(root, spec.moduleId).split(path.sep).join('/'));
      if (at !== -1) return at;
      return spec.project.name.startsWith('unit') ? LONGEST_FILES.length : LONGEST_FILES.length + 1;
    };
    const byDefault = await super.sort(files);
    return byDefault
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
      .map(({ spec }) => spec);
  }
}

/**
 * The unit test files that set the process's time zone (to show a result holds in any), which
 * each run in a process of their own. The other unit files share their worker's process and the
 * modules it has loaded: started afresh, each paid for its own start, a quarter of the unit tests'
 * processor time.
 */
const SETTING_TIME_ZONE = fs
  .readdirSync(path.join(root, 'tests/unit'))
  .map((name) => `tests/unit/${name}`)
  .filter((file) => file.endsWith('.test.ts') && fs.readFileSync(path.join(root, file), 'utf8').includes('process.env.TZ ='));

/**
 * One pool for every project, a worker per processor. A build or browser test waits on the Astro
 * build or the Chromium it drives, which then has the processor; a third worker kept both busier
 * still, but every process took longer beside it: the whole suite used 662 processor-seconds in
 * 338 s with three workers, 611 in 325 s with two.
 */
const WORKERS = 2;

export default defineConfig({
  test: {
    root,
    maxWorkers: WORKERS,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts'],
          exclude: SETTING_TIME_ZONE,
          isolate: false,
          maxWorkers: WORKERS,
        },
      },
      {
        test: {
          name: 'unit-time-zones',
          root,
          include: SETTING_TIME_ZONE,
          maxWorkers: WORKERS,
        },
      },
      {
        test: {
          name: 'build',
          root,
          // Build and browser test files give a time zone only to the builds they start, never to
          // their own process: they too share their worker's process.
          isolate: false,
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/build-server.ts', 'tests/support/browser-server.ts'],
          maxWorkers: WORKERS,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          isolate: false,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/build-server.ts', 'tests/support/browser-server.ts', 'tests/e2e/global-setup.ts'],
          maxWorkers: WORKERS,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
