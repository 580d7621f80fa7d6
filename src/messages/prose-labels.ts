import type { ProseLabels } from '../lib/prose';
import { t } from './index';
import { vi } from './vi';

/** Footnote labels of rendered prose, in the site's language rather than remark's English. */
export const PROSE_LABELS: ProseLabels = {
  footnoteLabel: t('footnotes.label'),
  // Left with its `{n}` placeholder: the renderer fills in each footnote's number.
  footnoteBack: vi['footnotes.back'],
};
