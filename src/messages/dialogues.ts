/**
 * The words for the legal-timing verdicts, shared by the pages, the feed and
 * the browser re-check, so all three say the same thing about the same day.
 */
import { t } from '.';
import { addDays, toPartialDate } from '../dates/calendar';
import { formatDateShortVi } from './dates';
import type { AnnouncementTiming, PublicationTiming } from '../lib/dialogues';
import { currentLocality, siteIdentity } from '../lib/units';
import type { SiteConfig } from '../schemas/site';

const short = (iso: string): string => formatDateShortVi(toPartialDate(iso));

/** `Thông báo ngày 05/06/2023, trước 10 ngày (yêu cầu ít nhất 7 ngày).` */
export function announcementText(timing: AnnouncementTiming, announced: string | undefined): string {
  if (timing.status === 'unknown' || announced === undefined) return t('dialogue.announce.unknown');
  return t(`dialogue.announce.${timing.status}`, { date: short(announced), days: timing.daysBefore });
}

/** `Công khai ngày 23/06/2023, 8 ngày sau hội nghị (hạn 25/06/2023).` and the pending and missing cases. */
export function publicationText(timing: PublicationTiming, dialogueDate: string): string {
  const deadline = short(timing.deadline);
  if (timing.status === 'on-time' || timing.status === 'late') {
    return t(`dialogue.publish.${timing.status}`, {
      date: short(addDays(dialogueDate, timing.days)),
      days: timing.days,
      deadline,
    });
  }
  return t(`dialogue.publish.${timing.status}`, { days: timing.days, deadline });
}

/** The name of a locality from site.yaml, or "Toàn thị trấn" for an issue of the whole commune. */
export function localityLabel(site: SiteConfig, id: string | undefined): string {
  if (id === undefined) return t('dialogue.tracker.wholeUnit', { unitType: siteIdentity(site).unit.type });
  const locality = site.localities.find((l) => l.id === id);
  if (locality === undefined) return id;
  // An issue keeps the name it was raised under; where that thôn is now follows.
  const now = currentLocality(site.localities, id);
  return now === undefined || now.id === id ? locality.name : t('units.localityNowName', { name: locality.name, now: now.name });
}
