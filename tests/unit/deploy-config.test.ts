import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, EDITOR_SECURITY_POLICY } from '../../src/lib/content-security-policy';
import yaml from 'js-yaml';
import { checkYamlFile } from '../../src/check';
import { provinceConfigSchema } from '../../src/schemas/province';
import { PROJECT_ROOT } from '../support/build-site';

const NGINX_EXAMPLE = path.join(PROJECT_ROOT, '.github/deploy/nginx.conf');
const nginxConf = fs.readFileSync(NGINX_EXAMPLE, 'utf8');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** The headers public/_headers gives every page (its `/*` block). */
function headersForEveryPage(): Map<string, string> {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, 'public/_headers'), 'utf8');
  const block = /^\/\*\n((?: {2}.+\n)+)/m.exec(text)?.[1] ?? '';
  return new Map(
    block
      .trim()
      .split('\n')
      .map((line) => {
        const [name = '', ...value] = line.trim().split(': ');
        return [name, value.join(': ')];
      }),
  );
}

/** The headers the nginx example adds at `indent`: `add_header Name "value" always;`. */
function nginxHeaders(indent: number, text = nginxConf): Map<string, string> {
  const line = new RegExp(`^ {${String(indent)}}add_header ([\\w-]+) (?:"([^"]*)"|(\\S+)) always;$`, 'gm');
  return new Map([...text.matchAll(line)].map((m) => [m[1] ?? '', m[2] ?? m[3] ?? '']));
}

/** The headers public/_headers gives the web editor (its `/quan-tri/*` block), and the headers it drops (`! Name`). */
function editorHeaders(): { headers: Map<string, string>; dropped: string[] } {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, 'public/_headers'), 'utf8');
  const lines = (/^\/quan-tri\/\*\n((?: {2}.+\n)+)/m.exec(text)?.[1] ?? '')
    .trim()
    .split('\n')
    .map((l) => l.trim());
  return {
    headers: new Map(lines.filter((l) => !l.startsWith('!')).map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)])),
    dropped: lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1).trim()),
  };
}

describe('the nginx example (.github/deploy/nginx.conf)', () => {
  it("sends every page the security headers of public/_headers, word for word, the site's own policy among them", () => {
    const expected = headersForEveryPage();
    expect(expected.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(nginxHeaders(4)).toEqual(expected);
  });

  it("sends the web editor its own policy instead of the pages', and every other header, in nginx and public/_headers alike", () => {
    const { headers, dropped } = editorHeaders();
    expect(dropped).toEqual(['Content-Security-Policy']);
    expect(headers.get('Content-Security-Policy')).toBe(EDITOR_SECURITY_POLICY);
    const location = /location \/quan-tri\/ \{([^}]*)\}/.exec(nginxConf)?.[1] ?? '';
    const expected = new Map([...headersForEveryPage(), ...headers]);
    expect(nginxHeaders(8, location)).toEqual(expected);
  });

  it('is a configuration nginx accepts (nginx -t), with a certificate in place of the real one', () => {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=dakdoa.example.org',
        '-keyout',
        path.join(scratch, 'privkey.pem'),
        '-out',
        path.join(scratch, 'fullchain.pem'),
      ],
      { stdio: 'ignore' },
    );
    const servers = nginxConf
      .replaceAll('/etc/letsencrypt/live/dakdoa.example.org/', `${scratch}/`)
      .replace('/srv/dakdoa/dist', path.join(PROJECT_ROOT, 'dist'));
    const whole = `events {}\nhttp {\n  include /etc/nginx/mime.types;\n${servers}\n}\n`;
    fs.writeFileSync(path.join(scratch, 'nginx.conf'), whole);
    const run = (): string =>
      execFileSync(
        'nginx',
        ['-t', '-p', scratch, '-c', path.join(scratch, 'nginx.conf'), '-g', `pid ${scratch}/nginx.pid; error_log ${scratch}/error.log;`],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    expect(run).not.toThrow();
  });

  it('is a test that fails on a configuration nginx refuses', () => {
    fs.writeFileSync(path.join(scratch, 'broken.conf'), 'events {}\nhttp {\n  server { listen 80; add_header; }\n}\n');
    expect(() =>
      execFileSync(
        'nginx',
        ['-t', '-p', scratch, '-c', path.join(scratch, 'broken.conf'), '-g', `pid ${scratch}/nginx.pid; error_log ${scratch}/error.log;`],
        {
          stdio: 'ignore',
        },
      ),
    ).toThrow();
  });
});

describe("the province's workflow (.github/province/build.yml) and its list of communes", () => {
  interface Step {
    run?: string;
    uses?: string;
    with?: Record<string, string>;
    env?: Record<string, string>;
    'working-directory'?: string;
  }
  interface Job {
    needs?: string | string[];
    strategy?: { 'fail-fast'?: boolean; matrix?: { commune?: string } };
    steps: Step[];
  }
  const workflow = yaml.load(fs.readFileSync(path.join(PROJECT_ROOT, '.github/province/build.yml'), 'utf8')) as {
    env: Record<string, string>;
    jobs: Record<string, Job>;
  };
  const config = path.join(PROJECT_ROOT, '.github/province/province.yaml');
  const runs = (job: string): string[] => (workflow.jobs[job]?.steps ?? []).flatMap((step) => (step.run === undefined ? [] : [step.run]));
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

  it('is a province.yaml the province command accepts, each commune with the repository its job builds', () => {
    const checked = checkYamlFile(config, provinceConfigSchema);
    expect('problems' in checked ? checked.problems : []).toEqual([]);
    if ('data' in checked) for (const commune of checked.data.communes) expect(commune.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
  });

  it('builds each commune in a job of its own, from its repository, with the code at one released version', () => {
    const commune = workflow.jobs.commune;
    expect(commune?.strategy?.matrix?.commune).toBe('${{ fromJSON(needs.list.outputs.communes) }}');
    expect(commune?.strategy?.['fail-fast']).toBe(false);
    const checkouts = (commune?.steps ?? []).filter((step) => step.uses?.startsWith('actions/checkout'));
    expect(checkouts.map((step) => [step.with?.repository, step.with?.ref ?? null])).toEqual([
      ['${{ env.CODE_REPOSITORY }}', '${{ env.CODE_VERSION }}'],
      ['${{ matrix.commune.repository }}', null],
    ]);
    const build = commune?.steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toMatchObject({ CONTENT_DIR: '${{ github.workspace }}/commune/content', OUT_DIR: '${{ github.workspace }}/site' });
    expect(runs('list').join('\n')).toContain('province.yaml');
  });

  it('builds the province page after every commune, from their open data, with the package’s own command', () => {
    expect(workflow.jobs.province?.needs).toBe('commune');
    expect(runs('province').some((command) => command.startsWith('npm run province -- '))).toBe(true);
    expect(manifest.scripts.province).toBe('tsx src/cli/province.ts');
    const uploads = (workflow.jobs.commune?.steps ?? []).filter((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(uploads.map((step) => step.with?.path)).toEqual(['site', 'site/du-lieu/*.json']);
  });
});
