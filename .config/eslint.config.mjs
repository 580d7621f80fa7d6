// ESLint for the whole code base: typescript-eslint's type-checked rules and eslint-plugin-astro.
// It lives in .config/ so that the top of the project keeps only what a newcomer needs;
// `npm run lint` names it.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = new URL('..', import.meta.url).pathname;

export default tseslint.config(
  { basePath: root },
  {
    ignores: ['dist/**', 'node_modules/**', 'tests/.tmp/**', 'tests/fixtures/**', 'tests/bench/bare/dist/**', '.astro/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: root, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // Template literals with numbers are the common case here (counts, days); objects are still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `const { key, ...rest } = value` is how a copy leaves one key out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The Astro parser hands each component's script to TypeScript as a virtual file, which the
    // project service does not know: these are typed through a tsconfig of their own, which leaves
    // out the test code that no component imports. TypeScript checks its program anew for each
    // component: the smaller program takes a tenth off the lint's processor time.
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './.config/tsconfig.astro.json',
        tsconfigRootDir: root,
        extraFileExtensions: ['.astro'],
      },
    },
    // In that virtual file an imported component and the JSX it renders have no type, so each
    // element a template returns reads as "unsafe"; the scripts are still held to every other rule.
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // A test reads what a build wrote (JSON.parse gives `any`) and looks things up that must be
    // there: the assertion after it fails, with a clearer message than a type guard would give.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/scripts/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
