import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSite } from '../data/site';
import { escapeXml } from '../lib/xml';

/**
 * Where the robots meta of a former address's page stands: that page is a bare head and a link,
 * while every other page's head opens with kilobytes of inline style and has no robots meta.
 */
const HEAD_BYTES = 1024;

/**
 * Whether a built page asks search engines to leave it out, as the pages of former addresses do.
 * Only its first kilobyte is read: reading all 10,000 pages of a large site whole took most of a second.
 */
function asksNotToBeIndexed(file: string): boolean {
  const descriptor = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const start = buffer.toString('utf8', 0, fs.readSync(descriptor, buffer, 0, HEAD_BYTES, 0));
    return /<meta name="robots" content="[^"]*noindex/.test(start);
  } finally {
    fs.closeSync(descriptor);
  }
}

/** Writes sitemap.xml from the HTML pages the build produced, so no page is forgotten. */
export function sitemap(): AstroIntegration {
  return {
    name: 'sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const base = getSite().baseUrl;
        const outDir = fileURLToPath(dir);
        // Former addresses only point elsewhere and ask not to be indexed: the sitemap lists each
        // page once, at its own address.
        const urls = pages
          .map((p) => p.pathname)
          .filter((pathname) => pathname !== '404/' && !pathname.includes('.'))
          .filter((pathname) => !asksNotToBeIndexed(path.join(outDir, pathname, 'index.html')))
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
