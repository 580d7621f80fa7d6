import { t } from '../messages';

/** Feed readers never see a page's banner: sample content and drafts say so in the item itself. */
export const feedMarks = (data: { sample: boolean; draft?: boolean }): string[] => [
  ...(data.sample ? [t('sample.banner')] : []),
  ...(data.draft ? [t('status.draft')] : []),
];
