/**
 * The Content-Security-Policy of the site: its own files only, WebAssembly for Pagefind's search,
 * and inline styles (the pages carry their CSS inline, to save a request on a slow network); no
 * inline script and nothing from another host.
 *
 * Every page carries it in a <meta> element, so that a host that ignores public/_headers (GitHub
 * Pages) still enforces it; the hosts that read headers send it whole, with what a <meta> cannot
 * hold: frame-ancestors. A test holds public/_headers and the nginx example to this text.
 */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy every page states in its <meta http-equiv="Content-Security-Policy">. */
export const PAGE_SECURITY_POLICY = PAGE_DIRECTIVES.join('; ');

/** The whole policy, as the Content-Security-Policy header of every response. */
export const CONTENT_SECURITY_POLICY = [...PAGE_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
