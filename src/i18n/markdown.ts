import { t } from './index';

/** remark-rehype options that give GFM footnotes Vietnamese labels instead of English ones. */
export const FOOTNOTE_LABELS = {
  footnoteLabel: t('footnotes.label'),
  // Visible on screen so readers see what the numbered notes are; hidden in print, as on paper.
  footnoteLabelProperties: { className: ['footnotes__label'] },
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number): string =>
    t('footnotes.back', { n: referenceIndex + 1 }) + (rereferenceIndex > 1 ? ` (${rereferenceIndex})` : ''),
};
