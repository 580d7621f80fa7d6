/** Where the footnotes start in rendered prose: GFM puts them last, in one section. */
const FOOTNOTES_START = '<section data-footnotes';

/**
 * Rendered prose split into its text and its footnotes, so that a document's sign-off can follow
 * its last line, as on the signed paper, with the notes after it.
 */
export function splitFootnotes(html: string): { body: string; footnotes: string } {
  const at = html.lastIndexOf(FOOTNOTES_START);
  return at < 0 ? { body: html, footnotes: '' } : { body: html.slice(0, at), footnotes: html.slice(at) };
}
