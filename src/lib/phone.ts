/**
 * Phone numbers as content/site.yaml writes them: the national form `0269 3833 000` or the
 * international one `+84 269 3833 000`, with spaces, dots or hyphens between groups.
 */

/**
 * The `tel:` address of a phone number: `tel:+84…` when written with +84, the digits as written
 * otherwise. A 0 written after +84 is dropped, because dialled after +84 it makes a wrong number.
 */
export function telHref(number: string): string {
  const digits = number.replace(/\D/g, '');
  if (!number.trim().startsWith('+84')) return `tel:${digits}`;
  return `tel:+84${digits.slice(2).replace(/^0/, '')}`;
}
