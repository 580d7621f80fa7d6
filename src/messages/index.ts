import { fill } from './fill';
import { vi, type MessageKey } from './vi';

export type { MessageKey };

/** The interface string for `key`, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(vi[key], params);
}

/** The languages a page can be in: the site's, and English for its English contact page. */
export type PageLanguage = 'vi' | 'en';
