import { LOCAL_PROXY_ORIGIN } from './editor-config';

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

/**
 * The policy of the web editor (/quan-tri/), which only office staff open: the editor's own files,
 * the GitHub API it commits through and the avatars it shows, the files a clerk uploads (read back
 * as blob: addresses), and the local proxy of its offline
 * mode (decap-server on this computer's port 8081). Its interface styles itself inline, and it
 * checks its configuration with Ajv, which compiles each schema into a function: 'unsafe-eval',
 * which no public page has.
 */
const EDITOR_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  `connect-src 'self' blob: https://api.github.com ${LOCAL_PROXY_ORIGIN}`,
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy the editor page states in its <meta>. */
export const EDITOR_PAGE_SECURITY_POLICY = EDITOR_DIRECTIVES.join('; ');

/** The editor's whole policy, as the header of its responses. */
export const EDITOR_SECURITY_POLICY = [...EDITOR_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
