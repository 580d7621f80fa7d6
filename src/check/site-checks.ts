import { createSiteSchema } from '../schemas/site';
import { findPersonalData } from './privacy';

/**
 * Whether the privacy scan reads an office number whole, as this one number, and as written (not
 * 0084…): the scan allows the office's own numbers by what it recognises in them, so a number it
 * read otherwise would not be allowed where the content writes it.
 */
export function readWholeByPrivacyScan(text: string, dialled: string): boolean {
  const [phone, ...more] = findPersonalData(text);
  return phone !== undefined && more.length === 0 && phone.start === 0 && phone.end === text.length && phone.normalized === dialled;
}

/** content/site.yaml as the content check reads it: the schema, and the privacy scan's reading of each office number. */
export const checkedSiteSchema = createSiteSchema(readWholeByPrivacyScan);
