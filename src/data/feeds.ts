import { t } from '../messages';
import { buildInstant } from './build';
import { openingInstant } from '../lib/consultations';
import { periodText } from '../messages/consultations';
import { isFullDate, periodStart, toPartialDate, vietnamInstant, type PartialDate } from '../dates/calendar';
import { formatDateLongVi, formatDateShortVi } from '../messages/dates';
import { documentHeading, documentLabel } from '../messages/documents';
import { scheduleHref } from '../lib/receptions';
import { renderRss, withMarks, type FeedItem } from '../lib/rss';
import { getSite } from './site';
import { absoluteUrl } from '../lib/urls';
import { committeeShortName } from '../messages/site';
import { listedConsultations } from './consultations';
import { dialogueFeed } from './dialogues';
import { feedMarks } from './feed-marks';
import { listedDocuments } from './documents';
import { receptionData } from './receptions';
import { allDuties } from './follow-up';
import { deadlineText } from '../messages/follow-up-words';
import { dutyStandingText } from '../messages/follow-up';
import { addDays } from '../dates/calendar';

/** A feed of the site: its address, its page, and how to gather its items. */
export interface FeedSource {
  id: 'documents' | 'receptions' | 'consultations' | 'dialogues' | 'follow-up';
  /** Address of the feed file. */
  href: string;
  /** Address of the page it mirrors. */
  page: string;
  title: string;
  items: () => Promise<FeedItem[]>;
}

/** When a document was issued, or, for a draft, put out for comment: its `issued` day then. */
const issuedText = (issued: PartialDate, draft: boolean): string => {
  const full = isFullDate(issued);
  const date = full ? formatDateShortVi(issued) : formatDateLongVi(issued);
  if (draft) return t(full ? 'feeds.draftOn' : 'feeds.draftIn', { date });
  return t(full ? 'feeds.issuedOn' : 'feeds.issuedIn', { date });
};

/**
 * Documents are news from their issue day. One dated only by its year or month is ordered by its
 * period's first day, but the feed gives it no day and its description says what is known.
 */
async function documentItems(): Promise<FeedItem[]> {
  const site = await getSite();
  const now = await buildInstant();
  return (await listedDocuments())
    .map((doc) => ({ doc, issued: toPartialDate(doc.data.issued) }))
    .filter(({ issued }) => vietnamInstant(periodStart(issued)) <= now)
    .map(({ doc, issued }) =>
      withMarks(
        {
          title: documentHeading(doc.data),
          link: absoluteUrl(site, `/van-ban/${doc.id}/`),
          description: `${documentLabel(doc.data)}, ${issuedText(issued, doc.data.draft)}: ${doc.data.title}`,
          published: vietnamInstant(periodStart(issued)),
          undated: !isFullDate(issued),
          categories: [t('search.kind.document'), ...doc.data.fields],
        },
        feedMarks(doc.data),
      ),
    );
}

/** A reception schedule is news from the day it is published. */
async function receptionItems(): Promise<FeedItem[]> {
  const site = await getSite();
  const now = await buildInstant();
  const { schedules } = await receptionData();
  return schedules
    .map((schedule) => ({ schedule, published: vietnamInstant(schedule.data.published) }))
    .filter(({ published }) => published <= now)
    .map(({ schedule, published }) =>
      withMarks(
        {
          title: schedule.data.title,
          link: absoluteUrl(site, scheduleHref(schedule.sessions)),
          guid: absoluteUrl(site, `/lich-tiep-cong-dan/#${schedule.id}`),
          description: t('feeds.receptionText', {
            from: formatDateShortVi(toPartialDate(schedule.data.from)),
            to: formatDateShortVi(toPartialDate(schedule.data.to)),
            count: schedule.sessions.filter((s) => s.status !== 'cancelled').length,
          }),
          published,
          categories: [t('search.kind.reception')],
        },
        feedMarks(schedule.data),
      ),
    );
}

/**
 * New consultations and published outcomes. A consultation is news from the day it is
 * announced (or opens); an outcome once the state function says it is published.
 */
async function consultationItems(): Promise<FeedItem[]> {
  const site = await getSite();
  const now = await buildInstant();
  const items: FeedItem[] = [];
  for (const { id, data, standing } of await listedConsultations()) {
    const link = absoluteUrl(site, `/lay-y-kien/${id}/`);
    const categories = [t('search.kind.consultation'), t(`consultation.subject.${data.subject}`)];
    const marks = feedMarks({ sample: data.sample });
    const announced = data.announced === undefined ? openingInstant(data.opens) : vietnamInstant(data.announced);
    if (announced <= now) {
      const description = t('consultations.feedNewText', { summary: data.summary, period: periodText(data.opens, data.closes) });
      const title = t('consultations.feedNew', { title: data.title });
      items.push(withMarks({ title, link, guid: `${link}#lay-y-kien`, description, published: announced, categories }, marks));
    }
    if (data.outcome && standing.state === 'outcome') {
      const description = t('consultations.feedOutcomeText', { summary: data.outcome.summary, total: data.outcome.total });
      const title = t('consultations.feedOutcome', { title: data.title });
      const published = vietnamInstant(data.outcome.published);
      items.push(withMarks({ title, link: `${link}#ket-qua`, guid: `${link}#ket-qua`, description, published, categories }, marks));
    }
  }
  return items;
}

/**
 * Plan follow-through: a reporting duty is news the day after its deadline passes with no report
 * published (said as the records stood then), and again the day a report answers it.
 */
async function followUpItems(): Promise<FeedItem[]> {
  const site = await getSite();
  const now = await buildInstant();
  const items: FeedItem[] = [];
  for (const { plan, duty, deadline, report, standing } of await allDuties()) {
    const link = absoluteUrl(site, `/van-ban/${plan.id}/`);
    const words = { period: duty.period, plan: documentHeading(plan.data) };
    const categories = [t('followUp.overview.title')];
    const reportedOn = report ? vietnamInstant(periodStart(toPartialDate(report.data.issued))) : undefined;
    const overdueFrom = deadline === undefined ? undefined : vietnamInstant(addDays(deadline, 1));
    if (overdueFrom && overdueFrom <= now && (reportedOn === undefined || reportedOn >= overdueFrom)) {
      const guid = `${link}#qua-han-${duty.id}`;
      const description = t('followUp.feedOverdueText', { deadline: deadlineText(duty) });
      items.push(
        withMarks(
          { title: t('followUp.feedOverdue', words), link, guid, description, published: overdueFrom, categories },
          feedMarks(plan.data),
        ),
      );
    }
    if (report && reportedOn && reportedOn <= now) {
      const guid = `${link}#bao-cao-${duty.id}`;
      const description = `${dutyStandingText(standing)}: ${documentHeading(report.data)}`;
      items.push(
        withMarks(
          {
            title: t('followUp.feedAnswered', words),
            link: absoluteUrl(site, `/van-ban/${report.id}/`),
            guid,
            description,
            published: reportedOn,
            categories,
          },
          feedMarks({ sample: plan.data.sample || report.data.sample }),
        ),
      );
    }
  }
  return items;
}

/** Every feed the site publishes, one per kind. */
export const FEEDS: FeedSource[] = [
  { id: 'documents', href: '/van-ban/rss.xml', page: '/van-ban/', title: t('nav.documents'), items: documentItems },
  {
    id: 'receptions',
    href: '/lich-tiep-cong-dan/rss.xml',
    page: '/lich-tiep-cong-dan/',
    title: t('nav.receptions'),
    items: receptionItems,
  },
  {
    id: 'consultations',
    href: '/lay-y-kien/rss.xml',
    page: '/lay-y-kien/',
    title: t('nav.consultations'),
    items: consultationItems,
  },
  { id: 'dialogues', href: '/doi-thoai/rss.xml', page: '/doi-thoai/', title: t('nav.dialogues'), items: dialogueFeed },
  {
    id: 'follow-up',
    href: '/van-ban/theo-doi-thuc-hien/rss.xml',
    page: '/van-ban/theo-doi-thuc-hien/',
    title: t('followUp.overview.title'),
    items: followUpItems,
  },
];

/** The RSS file of one feed, or of all of them together when `source` is undefined. */
export async function feedResponse(source: FeedSource | undefined): Promise<Response> {
  const site = await getSite();
  const items = source ? await source.items() : (await Promise.all(FEEDS.map((f) => f.items()))).flat();
  const body = await renderRss({
    title: `${source ? source.title : t('feeds.all')} – ${committeeShortName(site)}`,
    link: absoluteUrl(site, source?.page ?? '/'),
    self: absoluteUrl(site, source?.href ?? '/rss.xml'),
    description: source ? t('feeds.kindDescription', { kind: source.title }) : t('feeds.allDescription'),
    items,
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}

/** The feed of one kind. */
export function feedOf(id: FeedSource['id']): FeedSource | undefined {
  return FEEDS.find((f) => f.id === id);
}
