/**
 * Phone numbers as content/site.yaml writes them: the national form `0269 3833 000` or the
 * international one `+84 269 3833 000`, with spaces, dots or hyphens between groups.
 */

/** The number as dialled inside Vietnam: its digits, with the trunk 0 where +84 stood. */
export function dialledDigits(number: string): string {
  const digits = number.replace(/\D/g, '');
  return number.trim().startsWith('+84') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
}

/**
 * The `tel:` address of a phone number: `tel:+84…` when written with +84, the digits as written
 * otherwise. A 0 written after +84 is dropped, because dialled after +84 it makes a wrong number.
 */
export function telHref(number: string): string {
  return number.trim().startsWith('+84') ? `tel:+84${dialledDigits(number).slice(1)}` : `tel:${dialledDigits(number)}`;
}
