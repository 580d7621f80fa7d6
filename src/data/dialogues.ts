import { getCollection } from 'astro:content';
import { buildInstant } from './build';
import { vietnamDate } from '../dates/calendar';
import { dialogueFeedItems } from './dialogue-feed';
import type { FeedItem } from '../lib/rss';
import { getSite } from './site';
import { absoluteUrl } from '../lib/urls';
import {
  announcementTiming,
  dialogueDate,
  flattenIssues,
  isHeld,
  publicationTiming,
  sortDialoguesNewestFirst,
  type AnnouncementTiming,
  type DialogueEntry,
  type IssueEntry,
  type PublicationTiming,
} from '../lib/dialogues';
import { DIALOGUE_KINDS } from '../vocabulary/dialogue-terms';

/** A dialogue with what the build computes about it on its day: held or not, and its legal timing. */
export interface PublishedDialogue extends DialogueEntry {
  held: boolean;
  /** Undefined for kinds the 7- and 10-day rules do not govern. */
  announcement: AnnouncementTiming | undefined;
  publication: PublicationTiming | undefined;
}

export interface DialogueRecords {
  /** The build's Vietnam calendar day, the `today` of every time-bound rule. */
  today: string;
  /** The dialogues the lists, feeds and counts show: every one the office has not withdrawn, newest first. */
  dialogues: PublishedDialogue[];
  /** Their issues, newest dialogue first. */
  issues: IssueEntry[];
  /** Every dialogue, withdrawn ones too: each keeps its page, its minutes and its former addresses. */
  all: PublishedDialogue[];
  /** Every issue of every dialogue, for the pages and the open data that say which were withdrawn. */
  allIssues: IssueEntry[];
}

let cached: Promise<DialogueRecords> | undefined;

async function load(): Promise<DialogueRecords> {
  const entries = await getCollection('dialogues');
  const now = await buildInstant();
  const today = vietnamDate(now);
  const all = sortDialoguesNewestFirst(entries.map(({ id, data }) => ({ id, data }))).map((dialogue): PublishedDialogue => {
    const governed = DIALOGUE_KINDS[dialogue.data.kind].legalTiming;
    const date = dialogueDate(dialogue.data);
    return {
      ...dialogue,
      held: isHeld(dialogue.data, now),
      announcement: governed ? announcementTiming(date, dialogue.data.announced) : undefined,
      publication: governed ? publicationTiming(date, dialogue.data.resultsPublished, today) : undefined,
    };
  });
  const dialogues = all.filter((dialogue) => dialogue.data.withdrawn === undefined);
  return { today, dialogues, issues: flattenIssues(dialogues), all, allIssues: flattenIssues(all) };
}

/** Every dialogue and issue, read once per build. */
export function dialogueData(): Promise<DialogueRecords> {
  cached ??= load();
  return cached;
}

/** The dialogue feed's items with the site's absolute addresses: outcomes, announcements and every follow-up. */
export async function dialogueFeed(): Promise<FeedItem[]> {
  const site = await getSite();
  const { dialogues } = await dialogueData();
  return dialogueFeedItems(dialogues, await buildInstant(), (path) => absoluteUrl(site, path));
}
