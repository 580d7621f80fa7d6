/**
 * The words of a page in one of the site's languages. Vietnamese and English come from this
 * catalogue; another language's come only from what the office wrote (content/languages/), and a
 * word it has not given is shown in Vietnamese, marked as Vietnamese for screen readers and
 * translation tools: nothing is shipped as a guess.
 */
import type { OfficeWordKey } from '../vocabulary/translations';
import { enFrame } from './en';
import { fill } from './fill';
import { vi } from './vi';

/** A word as a page shows it: `lang` is set when it is in another language than the page's. */
export interface Word {
  text: string;
  lang?: string;
}

/** The words of a page's frame and of the pages of a language's translations. */
export interface Frame {
  /** The page's language: `vi`, `en`, or a code of content/site.yaml's languages. */
  lang: string;
  word(key: OfficeWordKey, params?: Record<string, string | number>): Word;
}

const isEnglishFrameKey = (key: string): key is keyof typeof enFrame => key in enFrame;

/** The frame of a page in `lang`, with the office's words for a language of its translations. */
export function frameOf(lang: string, officeWords: Readonly<Record<string, string>> = {}): Frame {
  const own = (key: OfficeWordKey): string | undefined => {
    if (lang === 'vi') return vi[key];
    if (lang === 'en') return isEnglishFrameKey(key) ? enFrame[key] : undefined;
    return officeWords[key];
  };
  return {
    lang,
    word: (key, params = {}) => {
      const text = own(key);
      return text === undefined ? { text: fill(vi[key], params), lang: 'vi' } : { text: fill(text, params) };
    },
  };
}
