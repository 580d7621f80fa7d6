import { enFrame } from './en';
import { fill } from './fill';
import { vi, type MessageKey } from './vi';

export type { MessageKey };

/** The interface string for `key`, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(vi[key], params);
}

/** The languages a page can be in: the site's, and English for its English contact page. */
export type PageLanguage = 'vi' | 'en';

/** The strings of the page frame, which every page shows around its content. */
export type FrameKey = keyof typeof enFrame;

/** A string of the page frame in the page's language. */
export function frameText(lang: PageLanguage, key: FrameKey): string {
  return lang === 'en' ? enFrame[key] : vi[key];
}
