import fs from 'node:fs';
import path from 'node:path';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site';

// dependency-cruiser reads TypeScript but not .astro files. The check runs on a copy of src/ in
// which each `X.astro` is a folder `X.astro/index.ts` holding the component's imports (from its
// frontmatter and its scripts), so that `import X from './X.astro'` still resolves, to it.

const IMPORT = /^\s*import\s+(?:[^'";]*?\s+from\s+)?(['"])([^'"]+)\1;?/gm;
const ASTRO_CODE = /^---\r?\n([\s\S]*?)\r?\n---|<script\b[^>]*>([\s\S]*?)<\/script>/g;
const mirrors: string[] = [];
afterAll(() => {
  for (const dir of mirrors) fs.rmSync(dir, { recursive: true, force: true });
});

/** The imports of an .astro file, as a module one folder deeper than the file was. */
function astroImports(source: string): string {
  const code = [...source.matchAll(ASTRO_CODE)].map((match) => match[1] ?? match[2] ?? '').join('\n');
  return [...code.matchAll(IMPORT)].map((match) => match[0].trim().replace(/(['"])(\.{1,2}\/)/, '$1../$2')).join('\n');
}

/** A copy of the project's code where dependency-cruiser can read every import. */
function mirrorOfProject(): string {
  // Inside the project, so that packages resolve from its node_modules as they do for the code itself.
  fs.mkdirSync(path.join(PROJECT_ROOT, 'tests/.tmp'), { recursive: true });
  const mirror = fs.mkdtempSync(path.join(PROJECT_ROOT, 'tests/.tmp', 'architecture-'));
  mirrors.push(mirror);
  const copy = (relative: string): void => {
    const from = path.join(PROJECT_ROOT, relative);
    if (fs.statSync(from).isDirectory()) {
      for (const name of fs.readdirSync(from)) copy(path.join(relative, name));
      return;
    }
    const to = path.join(mirror, relative);
    if (relative.endsWith('.astro')) {
      fs.mkdirSync(to, { recursive: true });
      fs.writeFileSync(path.join(to, 'index.ts'), astroImports(fs.readFileSync(from, 'utf8')));
      return;
    }
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  };
  for (const entry of ['src', 'astro.config.mjs', 'tsconfig.json', '.dependency-cruiser.cjs']) copy(entry);
  return mirror;
}

async function violationsIn(mirror: string): Promise<IViolation[]> {
  const rules = (await import(path.join(mirror, '.dependency-cruiser.cjs'))) as { default: Record<string, unknown> };
  const { options, ...ruleSet } = rules.default as { options: Record<string, unknown> };
  const cwd = process.cwd();
  process.chdir(mirror);
  try {
    const result = await cruise(['src', 'astro.config.mjs'], { ...options, ruleSet, validate: true });
    return (result.output as ICruiseResult).summary.violations;
  } finally {
    process.chdir(cwd);
  }
}

const described = (violations: readonly IViolation[]): string[] =>
  violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);

// Each case reads the whole of src/: a few seconds alone, more while the builds share the processors.
describe('the import rule of src/ (.dependency-cruiser.cjs)', { timeout: 60_000 }, () => {
  it('holds: every import flows down, with no cycle and nothing impure in the pure layers', async () => {
    expect(described(await violationsIn(mirrorOfProject()))).toEqual([]);
  });

  it('is broken by an import upward, an import into the check besides its entry point, and a file read in lib/', async () => {
    const mirror = mirrorOfProject();
    fs.writeFileSync(
      path.join(mirror, 'src/lib/upward.ts'),
      "import { t } from '../messages';\nimport { readSourceText } from '../check/source-text';\nimport fs from 'node:fs';\nexport const x = [t, readSourceText, fs];\n",
    );
    const found = described(await violationsIn(mirror)).filter((line) => line.includes('src/lib/upward.ts'));
    expect(found).toEqual([
      'not-in-allowed: src/lib/upward.ts → src/check/source-text.ts',
      'not-in-allowed: src/lib/upward.ts → src/messages/index.ts',
      'pure-layers-touch-no-files: src/lib/upward.ts → fs',
    ]);
  });
});
