import { createHash } from 'node:crypto';
import { t } from '../messages';
import { escapeXml } from '../lib/xml';

/** A commune as the province page lists it. */
export interface CommuneSite {
  id: string;
  name: string;
  /** Its site's home page, known from its items' addresses; undefined for a site with none yet. */
  home: string | undefined;
  count: number;
}

/** The words the page's script shows, in the page so that they stay in the catalogue. */
function scriptLabels(): Record<string, string> {
  return {
    searching: t('province.searching'),
    found: t('province.found'),
    foundIn: t('province.foundIn'),
    none: t('province.none'),
    failed: t('province.failed'),
    more: t('province.more'),
    sample: t('province.sample'),
  };
}

// Phone first, no web font, no framework: the commune sites' look in a few lines.
const STYLE = `
body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fff}
header{background:#a51c1c;color:#fff;padding:.75rem 1rem}
header p{margin:0;font-size:.85rem}
main,footer{max-width:44rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.35rem;line-height:1.3}
label{display:block;font-weight:600;margin-top:.75rem}
input,select,button{font:inherit;min-height:2.75rem;box-sizing:border-box}
input,select{width:100%;padding:.4rem;border:1px solid #555;border-radius:4px}
button{margin-top:.75rem;padding:.4rem 1.2rem;border:0;border-radius:4px;background:#1d4f91;color:#fff;cursor:pointer}
.hint{font-size:.9rem;color:#444;margin:.2rem 0 0}
ol{padding-left:1.25rem}
li{margin:.75rem 0}
.result-meta{display:block;font-size:.9rem;color:#444}
.sample{background:#fff3c4;color:#5c4400;padding:0 .3rem;border-radius:3px}
a{color:#1d4f91}
a:focus,button:focus,input:focus,select:focus{outline:3px solid #f2b705;outline-offset:2px}
footer{font-size:.9rem;color:#444;border-top:1px solid #ccc;margin-top:2rem;padding-top:1rem}
`;

/** The province's search page: a form, a place for results, and every commune's site. */
export function provincePage(params: { province: string; communes: readonly CommuneSite[]; script: string; indexFolder: string }): string {
  const { province, communes, script, indexFolder } = params;
  const title = t('province.title', { province });
  const options = communes.map((c) => `<option value="${escapeXml(c.id)}">${escapeXml(c.name)}</option>`).join('');
  const sites = communes
    .map((c) => {
      const count = escapeXml(t('province.itemCount', { count: c.count }));
      return `<li>${c.home ? `<a href="${escapeXml(c.home)}">${escapeXml(c.name)}</a>` : escapeXml(c.name)} (${count})</li>`;
    })
    .join('');
  // The style is in the page, allowed by its hash: no request for it, and no other inline style allowed.
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  const data = escapeXml(
    JSON.stringify({ labels: scriptLabels(), index: `${indexFolder}/`, communes: communes.map((c) => [c.id, c.name]) }),
  );
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'self'; object-src 'none'">
<title>${escapeXml(title)}</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<meta name="description" content="${escapeXml(t('province.intro', { count: communes.length }))}">
<style>${STYLE}</style>
<script type="module" src="${escapeXml(script)}"></script>
</head>
<body>
<header><p>${escapeXml(`tỉnh ${province}`)}</p></header>
<main>
<h1>${escapeXml(title)}</h1>
<p>${escapeXml(t('province.intro', { count: communes.length }))}</p>
<form role="search" method="get" data-province-search="${data}">
<label for="province-query">${escapeXml(t('province.query'))}</label>
<input id="province-query" name="q" type="search" autocomplete="off" aria-describedby="province-query-hint">
<p class="hint" id="province-query-hint">${escapeXml(t('province.queryHint'))}</p>
<label for="province-commune">${escapeXml(t('province.commune'))}</label>
<select id="province-commune" name="xa"><option value="">${escapeXml(t('province.allCommunes'))}</option>${options}</select>
<button type="submit">${escapeXml(t('province.submit'))}</button>
</form>
<noscript><p>${escapeXml(t('province.noScript'))}</p></noscript>
<p role="status" aria-live="polite" data-province-status></p>
<ol data-province-results></ol>
<button type="button" data-province-more hidden></button>
<h2>${escapeXml(t('province.sites'))}</h2>
<ul>${sites}</ul>
</main>
<footer><p>${escapeXml(t('province.source'))}</p></footer>
</body>
</html>
`;
}
