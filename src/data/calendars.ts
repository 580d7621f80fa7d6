import { t } from '../messages';
import type { SiteConfig } from '../schemas/site';
import { toPartialDate, vietnamInstant } from '../dates/calendar';
import { formatDateLongVi } from '../messages/dates';
import { renderCalendar, type CalendarEvent } from '../lib/ical';
import { sessionHref, sessionInstants, type ReceptionSession } from '../lib/receptions';
import { absoluteUrl } from '../lib/urls';
import { committeeName } from '../messages/site';
import { officerRole } from '../messages/receptions';

/** One session as a calendar event that links back to its page and carries its place. */
export function sessionEvent(session: ReceptionSession, site: SiteConfig): CalendarEvent {
  const roleOf = (id: string): string => officerRole(site, id);
  const { start, end } = sessionInstants(session);
  const description = [
    `${t('reception.kindLabel')}: ${t(`reception.kind.${session.kind}`)}`,
    // The same event goes into the planned officer's calendar too: say who actually receives.
    session.substituteFor && t('reception.receivesInstead', { role: roleOf(session.officer), planned: roleOf(session.substituteFor) }),
    session.movedFrom &&
      t('reception.movedFrom', {
        date: formatDateLongVi(toPartialDate(session.movedFrom.date)),
        start: session.movedFrom.start,
        end: session.movedFrom.end,
      }),
    session.topics.length > 0 && `${t('reception.topics')}: ${session.topics.join('; ')}`,
    session.notes && `${t('reception.notes')}: ${session.notes}`,
  ].filter(Boolean);
  const cancelled = session.status === 'cancelled';
  // Sample sessions are marked in the title a phone shows, so nobody imports them as real ones.
  const sample = session.sample ? `[${t('sample.banner')}] ` : '';
  return {
    uid: `${session.uid}@${new URL(site.baseUrl).hostname}`,
    start,
    end,
    // The latest revision of the schedule file, so importers see when the event last changed.
    stamp: session.revision ? new Date(session.revision.at) : vietnamInstant(session.published),
    summary: `${sample}${t('reception.eventSummary', { role: roleOf(session.officer) })}${cancelled ? ` (${t('reception.status.cancelled')})` : ''}`,
    location: session.place,
    description: description.join('\n'),
    url: absoluteUrl(site, sessionHref(session)),
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    // RFC 5545 wants the sequence to rise at every change. Each commit to the schedule file
    // raises it, and a full clone's history only grows, so a phone replaces its copy after a
    // second or later change too. Without history (a shallow clone, content copied outside git)
    // all we know is whether the session changed after publication: the live site must build
    // on full history (README, Deploying).
    sequence: session.revision?.count ?? (session.status === 'scheduled' && !session.substituteFor ? 0 : 1),
  };
}

/** A calendar file of reception sessions, named for whose sessions it holds (all, when no role is given). */
export function receptionCalendar(sessions: readonly ReceptionSession[], site: SiteConfig, role?: string): string {
  const whose = role === undefined ? t('reception.title') : t('reception.calendarOf', { role });
  return renderCalendar(
    `${whose} – ${committeeName(site)}`,
    sessions.map((s) => sessionEvent(s, site)),
    `-//${new URL(site.baseUrl).hostname}//Lich tiep cong dan//VI`,
  );
}
