/**
 * The import rule of src/, checked by `npm test` (tests/unit/architecture.test.ts): each folder
 * imports only the folders listed for it, all of which sit below it, so imports flow one way.
 *
 *   vocabulary/, dates/   leaves: the words of the content (kinds, statuses, problem codes), Vietnam time
 *   schemas/              Zod shapes of each kind of content
 *   lib/                  pure domain rules: no clock, no files, no words
 *   messages/             every word a reader sees, Vietnamese (and the English of the report)
 *   check/                the content check: the one place content is read (entry point: check/index.ts)
 *   data/                 what pages are built from: the checked collections, with views computed once
 *   components/, layouts/, pages/, scripts/   render, and the browser's own small scripts
 *   build/, loaders/, integrations/, cli/, content.config.ts, astro.config.mjs   the build's edge
 *
 * The list is an allowlist: an import that no rule names is a violation.
 */
const LEAVES = ['vocabulary', 'dates'];
const BELOW = {
  vocabulary: [],
  dates: [],
  schemas: [...LEAVES],
  lib: ['schemas', ...LEAVES],
  messages: ['lib', 'schemas', ...LEAVES],
  check: ['lib', 'schemas', ...LEAVES],
  data: ['messages', 'lib', 'schemas', ...LEAVES],
  scripts: ['messages', 'lib', ...LEAVES],
  components: ['layouts', 'scripts', 'styles', 'data', 'messages', 'lib', 'schemas', ...LEAVES],
  layouts: ['components', 'styles', 'data', 'messages', 'lib', 'schemas', ...LEAVES],
  pages: ['components', 'layouts', 'scripts', 'styles', 'data', 'messages', 'lib', 'schemas', ...LEAVES],
  build: ['check-entry', 'messages', 'lib', 'schemas', ...LEAVES],
  loaders: ['build', 'check-entry', 'lib', 'schemas', ...LEAVES],
  integrations: ['build'],
  cli: ['build', 'check-entry', 'messages', 'lib', 'schemas', ...LEAVES],
};

/** The path pattern of a folder of src/; `check-entry` is the check's one entry point. */
const pathOf = (folder) => (folder === 'check-entry' ? '^src/check/index\\.ts$' : `^src/${folder}/`);

/** Modules of the pure layers may not touch the file system, processes or threads. */
const PURE = '^src/(vocabulary|dates|schemas|lib|messages)/';

module.exports = {
  allowed: [
    // Packages and Node's own modules, with the exceptions below; some packages' export maps are
    // more than the resolver follows, so an unresolved bare name is a package too (not astro:*).
    { from: {}, to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'core', 'type-only'], pathNot: '^src/' } },
    { from: {}, to: { couldNotResolve: true, pathNot: '^(\\.|src/|astro:)' } },
    // Each folder, itself and what sits below it.
    ...Object.entries(BELOW).map(([folder, below]) => ({
      from: { path: pathOf(folder) },
      to: { path: [`^src/${folder}/`, ...below.map(pathOf)] },
    })),
    // The layout and the pages tell the steps after the build what they rendered (src/build/site-pages.ts).
    { from: { path: '^src/(layouts|pages)/' }, to: { path: '^src/build/site-pages\\.ts$' } },
    // Astro's content collections: defined in content.config.ts, read by data/ alone.
    { from: { path: '^src/content\\.config\\.ts$' }, to: { path: ['^src/(schemas|loaders)/', '^astro:'] } },
    { from: { path: '^src/data/' }, to: { path: '^astro:content$' } },
    { from: { path: '^astro\\.config\\.mjs$' }, to: { path: '^src/(build|integrations)/' } },
  ],
  allowedSeverity: 'error',
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'pure-layers-touch-no-files',
      comment: 'vocabulary, dates, schemas, lib and messages are pure: what they need is passed in.',
      severity: 'error',
      from: { path: PURE },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|child_process|worker_threads|http|https|net)(/|$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.json'] },
  },
};
