/**
 * Phone numbers as content/site.yaml writes them, dialled from a page: the spelling and its digits
 * are the schema's (src/schemas/phone.ts), which refuses a number it could not dial.
 */
import { dialledDigits } from '../schemas/phone';

export { dialledDigits };

/**
 * The `tel:` address of a phone number: `tel:+84…` when written with +84, the digits as written
 * otherwise. A 0 written after +84 is dropped, because dialled after +84 it makes a wrong number.
 */
export function telHref(number: string): string {
  return number.trim().startsWith('+84') ? `tel:+84${dialledDigits(number).slice(1)}` : `tel:${dialledDigits(number)}`;
}
