import type { ConsultationData } from '../schemas/consultation';
import type { DialogueData } from '../schemas/dialogue';
import type { DocumentData } from '../schemas/document';
import type { ReceptionSession } from '../lib/receptions';
import { lastMinute } from '../lib/consultations';
import { splitDateTime, toPartialDate } from '../dates/calendar';
import { kindName } from '../vocabulary/document-kinds';
import { formatDateShortVi, weekdayVi } from './dates';
import { t } from './index';

/**
 * The written text of each kind's loudspeaker bulletin, in short sentences, with dates and numbers
 * as digits: src/lib/spoken.ts then writes them out as they are said. `committee` is the body
 * that issued or held the item ("Ủy ban nhân dân xã Đak Đoa").
 */

const day = (date: string): string => formatDateShortVi(toPartialDate(date));

/** A consultation opening: what is asked, until when, and how to answer. */
export function consultationBulletin(data: ConsultationData, committee: string): string[] {
  const opens = splitDateTime(data.opens);
  const closes = lastMinute(data.closes);
  // A list, not sentences: joined with commas, since a semicolon starts a new sentence when read.
  const channels = data.channels.map((channel) => {
    // Lower case for the first letter only: "qua Mặt trận Tổ quốc" keeps its own capitals.
    const label = t(`consultation.channel.${channel.channel}`);
    const name = label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
    return channel.channel === 'phone' && channel.number !== undefined
      ? t('bulletin.consultation.phone', { name, number: channel.number })
      : name;
  });
  return [
    t('bulletin.consultation.opening', { committee, title: data.title }),
    t('bulletin.consultation.period', {
      opensTime: opens.time,
      opensDay: day(opens.date),
      closesTime: closes.time,
      closesDay: day(closes.date),
    }),
    data.summary,
    ...(channels.length > 0 ? [t('bulletin.consultation.channels', { channels: channels.join(', ') })] : []),
    t('bulletin.fullText'),
  ];
}

/** A dialogue conference's announcement: when, where, who chairs, and the invitation. */
export function dialogueBulletin(data: DialogueData, committee: string): string[] {
  const { date, time } = splitDateTime(data.start);
  return [
    t('bulletin.dialogue.announce', { committee, kind: t(`dialogue.kind.${data.kind}`).toLowerCase(), title: data.title }),
    t('bulletin.dialogue.when', { time, day: day(date), place: data.place }),
    t('bulletin.dialogue.chair', { chair: data.chair }),
    t('bulletin.dialogue.invite'),
  ];
}

/** A month's reception schedule: each session, in order. */
export function receptionBulletin(
  month: string,
  sessions: readonly ReceptionSession[],
  committee: string,
  roleOf: (officer: string) => string,
): string[] {
  const [year = '', monthNumber = ''] = month.split('-');
  const held = sessions.filter((session) => session.status !== 'cancelled');
  return [
    t('bulletin.reception.intro', { committee, month: String(Number(monthNumber)), year }),
    ...held.map((session) => {
      const date = toPartialDate(session.date) as Required<ReturnType<typeof toPartialDate>>;
      return t('bulletin.reception.session', {
        weekday: weekdayVi(date),
        day: day(session.date),
        start: session.start,
        role: roleOf(session.officer),
        place: session.place,
      });
    }),
    t('bulletin.reception.outro'),
  ];
}

/** A document marked for broadcast: what it is, its number and day, and where to read it. */
export function documentBulletin(data: DocumentData): string[] {
  const kind = kindName(data.kind);
  return [
    data.number
      ? t('bulletin.document.numbered', { issuer: data.issuer, kind, number: data.number, day: day(data.issued) })
      : t('bulletin.document.unnumbered', { issuer: data.issuer, kind, day: day(data.issued) }),
    t('bulletin.document.about', { title: data.title }),
    t('bulletin.fullText'),
  ];
}
