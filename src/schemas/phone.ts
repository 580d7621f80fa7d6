/**
 * Phone numbers as content/site.yaml writes them: the national form `0269 3833 000` or the
 * international one `+84 269 3833 000`, with spaces, dots or hyphens between groups. How such a
 * number is spelt, and the digits it dials.
 */
import type { ProblemDescriptor } from '../vocabulary/problems';

/** The number as dialled inside Vietnam: its digits, with the trunk 0 where +84 stood. */
export function dialledDigits(number: string): string {
  const digits = number.replace(/\D/g, '');
  return number.trim().startsWith('+84') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
}

/**
 * Digits, + for +84, and what a clerk writes between digit groups: a space, a dot, a hyphen; the
 * non-breaking and thin spaces come with pasted text and look like a space.
 */
const PHONE_CHARACTER = /[\d+ .\-\u00a0\u2009\u202f]/u;
/** Digit groups with one separator between them, led by 0 or by +84 in its place. */
const PHONE_SPELLING = /^(?:\+84[ .\-\u00a0\u2009\u202f]?)?\d+(?:[ .\-\u00a0\u2009\u202f]\d+)*$/u;
/** +84 followed by the trunk 0 that it replaces. */
const PLUS_84_THEN_0 = /^\+84[ .\-\u00a0\u2009\u202f]?0/u;
/** The numbering plan since 2017–2018: a landline 0 + 10 digits from 02 (area code and number), a mobile 0 + 9 digits. */
const PHONE_PLAN = /^0(?:2\d{9}|[35789]\d{8})$/;
/**
 * A hotline a commune may publish beside its office numbers: 1800 (free) or 1900 numbers of 8 or
 * 10 digits, or a short number of 3 or 4 digits starting 1 (111, 1022), dialled as they stand.
 */
const HOTLINE = /^(?:1[89]00\d{4}(?:\d{2})?|1\d{2,3})$/;

/**
 * A further test of a number spelt as a landline or mobile, given by a rule that lives outside the
 * schemas: true when the number passes it.
 */
export type PhoneReading = (text: string, dialled: string) => boolean;

/** What is wrong with `text` as one office phone number, or undefined when it is one. */
export function phoneProblem(text: string, readsWhole: PhoneReading): ProblemDescriptor | undefined {
  if (!/\d/.test(text)) return { code: 'site.phoneNoDigits', params: {} };
  const odd = Array.from(text).find((c) => !PHONE_CHARACTER.test(c));
  if (odd !== undefined) return { code: 'site.phoneCharacter', params: { character: odd } };
  if (PHONE_SPELLING.test(text) && HOTLINE.test(text.replace(/\D/g, ''))) return undefined;
  if (!/^(?:\+84|0)/.test(text)) return { code: 'site.phoneStart', params: {} };
  if (PLUS_84_THEN_0.test(text)) return { code: 'site.phonePlusAndZero', params: {} };
  if (!PHONE_SPELLING.test(text)) return { code: 'site.phoneSeparators', params: {} };
  const dialled = dialledDigits(text);
  if (PHONE_PLAN.test(dialled) && readsWhole(text, dialled)) return undefined;
  return { code: 'site.phoneDigits', params: { digits: dialled.length, plus: text.startsWith('+84'), start: dialled.slice(0, 2) } };
}
