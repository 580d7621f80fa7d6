/** Characters XML 1.0 forbids even escaped; a YAML escape such as "\f" in a title would put one in a file. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text without the characters XML cannot hold, for a writer that escapes but does not drop them. */
export const xmlText = (text: string): string => text.replace(NOT_IN_XML, '');

/** Text or an attribute value written into XML by hand: what XML cannot hold dropped, the rest escaped. */
export const escapeXml = (text: string): string =>
  xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
