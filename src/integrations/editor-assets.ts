import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the editor's files are served: beside its page, src/pages/quan-tri/index.astro. */
const EDITOR_PATH = '/quan-tri/';

/**
 * The web editor's own files, as the decap-cms package builds them: its script, the parts it loads
 * when needed, their WebAssembly and licence. Copied, not bundled: bundling them again would add
 * half a minute to every build for files that change only with the package.
 */
function editorFiles(): { dir: string; names: string[] } {
  const dir = path.dirname(createRequire(import.meta.url).resolve('decap-cms'));
  const names = fs.readdirSync(dir).filter((name) => /^(?:\d+\.)?decap-cms\.js(?:\.LICENSE\.txt)?$|\.wasm$/.test(name));
  return { dir, names };
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.txt': 'text/plain' };

/** Puts the editor's files beside its page: copied into the built site, served from the package by `astro dev`. */
export function editorAssets(): AstroIntegration {
  return {
    name: 'editor-assets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const { dir, names } = editorFiles();
        server.middlewares.use((request, response, next) => {
          const name = request.url?.startsWith(EDITOR_PATH) ? request.url.slice(EDITOR_PATH.length).split('?')[0] : undefined;
          if (name === undefined || !names.includes(name)) {
            next();
            return;
          }
          response.setHeader('content-type', TYPES[path.extname(name)] ?? 'application/octet-stream');
          fs.createReadStream(path.join(dir, name)).pipe(response);
        });
      },
      'astro:build:done': ({ dir: outDir }) => {
        const { dir, names } = editorFiles();
        const target = path.join(fileURLToPath(outDir), EDITOR_PATH);
        fs.mkdirSync(target, { recursive: true });
        for (const name of names) fs.copyFileSync(path.join(dir, name), path.join(target, name));
      },
    },
  };
}
