import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchablePages, translatedSearchPages, writeSearchList } from '../build/site-pages';

/**
 * Hands the search step (src/cli/search-index.ts, run by `npm run build` once Astro has ended) the
 * pages the layout marked for search as it rendered them, so that step reads no page to find out.
 */
export function searchList(): AstroIntegration {
  return {
    name: 'search-list',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = searchablePages();
        writeSearchList(fileURLToPath(dir), pages, translatedSearchPages());
        logger.info(`${pages.length} trang để lập chỉ mục tìm kiếm / pages to index for search.`);
      },
    },
  };
}
