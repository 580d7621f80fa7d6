import { t } from '../messages';
import { splitDateTime, toPartialDate, vietnamInstant } from '../dates/calendar';
import { formatDateShortVi } from '../messages/dates';
import { isHeld, sortedUpdates, type DialogueEntry } from '../lib/dialogues';
import { ISSUE_STATUS_IDS } from '../vocabulary/dialogue-terms';
import { withMarks, type FeedItem } from '../lib/rss';
import { feedMarks } from './feed-marks';

const short = (iso: string): string => formatDateShortVi(toPartialDate(iso));

/**
 * The feed's items: one per dialogue (its announcement while it is coming,
 * its outcome once held) and one per dated follow-up of every issue, so a
 * citizen who follows the feed learns when something is done about what they
 * asked. Items dated after `now` wait for a later build. `link` turns a site
 * path into an absolute address.
 */
export function dialogueFeedItems(dialogues: readonly DialogueEntry[], now: Date, link: (path: string) => string): FeedItem[] {
  return dialogues.flatMap((dialogue) => {
    const { data } = dialogue;
    const page = link(`/doi-thoai/${dialogue.id}/`);
    const { date, time } = splitDateTime(data.start);
    const kind = t(`dialogue.kind.${data.kind}`);
    const held = isHeld(data, now);
    const marks = feedMarks({ sample: data.sample });
    const statuses = ISSUE_STATUS_IDS.map((s) => ({ s, n: data.issues.filter((i) => i.status === s).length }))
      .filter(({ n }) => n > 0)
      .map(({ s, n }) => `${n} ${t(`dialogue.status.${s}`).toLocaleLowerCase('vi')}`)
      .join(', ');
    const main: FeedItem = held
      ? {
          title: t('dialogue.feed.result', { title: data.title }),
          link: page,
          description: t('dialogue.feed.resultSummary', {
            kind,
            date: short(date),
            place: data.place,
            count: data.issues.length,
            statuses: statuses || '–',
          }),
          published: data.resultsPublished ? vietnamInstant(data.resultsPublished) : vietnamInstant(date, time),
          categories: [kind],
        }
      : {
          title: t('dialogue.feed.announcement', { title: data.title }),
          link: page,
          guid: `${page}#thong-bao`,
          description: t('dialogue.feed.announcementSummary', { kind, time, date: short(date), place: data.place }),
          published: data.announced ? vietnamInstant(data.announced) : vietnamInstant(date, time),
          categories: [kind],
        };
    const updates = data.issues.flatMap((issue) => {
      // The guid counts only within a day, so adding an older update never renames newer ones.
      const perDay = new Map<string, number>();
      return sortedUpdates(issue).map((update): FeedItem => {
        const nth = (perDay.get(update.date) ?? 0) + 1;
        perDay.set(update.date, nth);
        return {
          title: t('dialogue.feed.update', { id: issue.id, date: short(update.date) }),
          link: `${page}#${issue.id}`,
          guid: `${page}#${issue.id}/${update.date}/${nth}`,
          description: t('dialogue.feed.updateSummary', {
            text: update.text,
            raised: issue.raised,
            status: t(`dialogue.status.${issue.status}`),
          }),
          published: vietnamInstant(update.date),
          categories: [issue.field],
        };
      });
    });
    // Nothing dated after the build appears early: a feed item is news on its own day.
    return [main, ...updates].filter((item) => item.published.getTime() <= now.getTime()).map((item) => withMarks(item, marks));
  });
}
