import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function failIfErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
}

/** Builds the search index over the finished pages; only `<main data-pagefind-body>` is indexed. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'vi',
            // Words every page of a kind repeats: they would match every search and crowd the excerpts.
            excludeSelectors: ['.sample-banner', '.breadcrumb', '[data-print]'],
          });
          failIfErrors('createIndex', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: outDir });
          failIfErrors('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          failIfErrors('writeFiles', written.errors);
          logger.info(`Đã lập chỉ mục tìm kiếm / search index built: ${added.page_count} trang (pages).`);
        } catch (cause) {
          throw new Error('Không lập được chỉ mục tìm kiếm / could not build the search index', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
