import type { APIRoute } from 'astro';
import { t } from '../../i18n';
import { publishedConsultations } from '../../data/consultations';
import { buildInstant } from '../../lib/build-time';
import { openingInstant, periodText } from '../../lib/consultations';
import { vietnamInstant } from '../../lib/dates';
import { renderRss, type FeedItem } from '../../lib/rss';
import { absoluteUrl, committeeShortName, getSite } from '../../lib/site-config';

/**
 * New consultations and published outcomes, newest first. A consultation is news
 * from the day it is announced (or opens); an outcome is news once the state
 * function says it is published, the same rule the pages use.
 */
export const GET: APIRoute = async () => {
  const site = getSite();
  const now = buildInstant();
  const items: FeedItem[] = [];
  for (const { id, data, standing } of await publishedConsultations()) {
    const link = absoluteUrl(site, `/lay-y-kien/${id}/`);
    const category = t(`consultation.subject.${data.subject}`);
    const announced = data.announced === undefined ? openingInstant(data.opens) : vietnamInstant(data.announced);
    if (announced <= now) {
      items.push({
        title: t('consultations.feedNew', { title: data.title }),
        link,
        guid: `${link}#lay-y-kien`,
        description: t('consultations.feedNewText', {
          summary: data.summary,
          period: periodText(data.opens, data.closes),
        }),
        published: announced,
        categories: [category],
      });
    }
    if (data.outcome && standing.state === 'outcome') {
      items.push({
        title: t('consultations.feedOutcome', { title: data.title }),
        link: `${link}#ket-qua`,
        guid: `${link}#ket-qua`,
        description: t('consultations.feedOutcomeText', { summary: data.outcome.summary, total: data.outcome.total }),
        published: vietnamInstant(data.outcome.published),
        categories: [category],
      });
    }
  }
  const body = renderRss({
    title: t('consultations.feedTitle', { committee: committeeShortName(site) }),
    link: absoluteUrl(site, '/lay-y-kien/'),
    self: absoluteUrl(site, '/lay-y-kien/rss.xml'),
    description: t('consultations.feedDescription'),
    items,
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
