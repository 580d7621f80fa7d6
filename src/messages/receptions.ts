import { t } from '.';
import type { SiteConfig } from '../schemas/site';
import { toPartialDate } from '../dates/calendar';
import { formatDateLongVi } from './dates';
import type { ReceptionSession } from '../lib/receptions';

/** The officer's role as the site lists it, or the id a schedule gave if the site does not. */
export function officerRole(site: SiteConfig, id: string): string {
  return site.officers.find((o) => o.id === id)?.role ?? id;
}

/** A session in one line, as the "next session" box says it: day, hours, who, where. */
export function sessionSummary(session: ReceptionSession, site: SiteConfig): string {
  return `${formatDateLongVi(toPartialDate(session.date))}, ${session.start}–${session.end}, ${officerRole(site, session.officer)}, ${t('reception.at')} ${session.place}`;
}
