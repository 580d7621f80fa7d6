import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSite } from '../lib/site-config';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes sitemap.xml from the HTML pages the build produced, so no page is forgotten. */
export function sitemap(): AstroIntegration {
  return {
    name: 'sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const base = getSite().baseUrl;
        const outDir = fileURLToPath(dir);
        // Former addresses only point elsewhere; the sitemap lists each page once, at its own address.
        const isRedirect = (pathname: string): boolean =>
          fs.readFileSync(path.join(outDir, pathname, 'index.html'), 'utf8').includes('http-equiv="refresh"');
        const urls = pages
          .map((p) => p.pathname)
          .filter((pathname) => pathname !== '404/' && !pathname.includes('.') && !isRedirect(pathname))
          .map((pathname) => new URL(pathname, base).href)
          .sort();
        const xml = [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
          ...urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`),
          '</urlset>',
          '',
        ].join('\n');
        fs.writeFileSync(path.join(outDir, 'sitemap.xml'), xml);
        logger.info(`sitemap.xml: ${urls.length} trang (pages).`);
      },
    },
  };
}
