import { t } from '.';
import type { SiteConfig } from '../schemas/site';
import { toPartialDate } from '../dates/calendar';
import { formatDateLongVi } from './dates';
import type { ReceptionSession, StandingRule } from '../lib/receptions';
import { WEEKDAYS, type Weekday } from '../vocabulary/reception-terms';

/** The officer's role as the site lists it, or the id a schedule gave if the site does not. */
export function officerRole(site: SiteConfig, id: string): string {
  return site.officers.find((o) => o.id === id)?.role ?? id;
}

/** A session in one line, as the "next session" box says it: day, hours, who, where. */
export function sessionSummary(session: ReceptionSession, site: SiteConfig): string {
  return `${formatDateLongVi(toPartialDate(session.date))}, ${session.start}–${session.end}, ${officerRole(site, session.officer)}, ${t('reception.at')} ${session.place}`;
}

/** A weekday as Vietnamese writes it in a sentence: `thứ Năm`, `Chủ Nhật`. */
export function weekdayName(weekday: Weekday): string {
  const long = t('reception.weekday.long').split(',')[WEEKDAYS.indexOf(weekday)] ?? weekday;
  return long.startsWith('Thứ') ? `thứ${long.slice(3)}` : long;
}

/** The head's regular reception in one sentence, as the "next session" box says it when no dated session lies ahead. */
export function standingRuleSentence(rule: StandingRule, site: SiteConfig): string {
  return t('reception.standingRule', {
    role: officerRole(site, rule.officer),
    weekday: weekdayName(rule.weekday),
    start: rule.start,
    end: rule.end,
    place: rule.place,
  });
}
