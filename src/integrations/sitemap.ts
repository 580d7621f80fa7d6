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
        const urls = pages
          .map((p) => p.pathname)
          .filter((pathname) => pathname !== '404/' && !pathname.endsWith('.ics') && !pathname.includes('.'))
          .map((pathname) => new URL(pathname, base).href)
          .sort();
        const xml = [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
          ...urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`),
          '</urlset>',
          '',
        ].join('\n');
        fs.writeFileSync(path.join(fileURLToPath(dir), 'sitemap.xml'), xml);
        logger.info(`sitemap.xml: ${urls.length} trang (pages).`);
      },
    },
  };
}
