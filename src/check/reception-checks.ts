import type { ReceptionSchedule } from '../schemas/reception';
import type { SiteConfig } from '../schemas/site';
import { addDays } from '../dates/calendar';
import type { ContentProblem } from '../vocabulary/problems';
import { datesOnWeekday, expandSchedule, holidayOn, sessionsOverlap, weeklyDuty, type ReceptionSession } from '../lib/receptions';
import { problemAt, type CheckedEntry } from './cross-checks';
import { meantId } from '../lib/site-ids';

export type CheckedSchedule = CheckedEntry<ReceptionSchedule>;

/** The field a session comes from, so a problem points at the line that made it. */
function sourcePath(schedule: CheckedSchedule, session: ReceptionSession): PropertyKey[] {
  const [, id = '', plannedDate] = session.uid.split('--');
  if (plannedDate === undefined) return ['sessions', schedule.data.sessions.findIndex((s) => s.id === id)];
  const ruleIndex = schedule.data.rules.findIndex((r) => r.id === id);
  const exceptionIndex = schedule.data.rules[ruleIndex]?.exceptions.findIndex((e) => e.date === plannedDate) ?? -1;
  return exceptionIndex >= 0 ? ['rules', ruleIndex, 'exceptions', exceptionIndex] : ['rules', ruleIndex];
}

/** Whether a weekly rule made the session (its uid carries the planned day), not a one-off entry. */
function isFromRule(session: ReceptionSession): boolean {
  return session.uid.split('--')[2] !== undefined;
}

/** Officers named in schedules must be listed in content/site.yaml. */
/** The officer meant when a role was written where its id belongs: `Chủ tịch UBND` for `chu-tich`. */
function officerMeant(site: SiteConfig, written: string): { meant?: string } {
  const meant = meantId(
    written,
    site.officers.map((o) => ({ id: o.id, names: [o.role] })),
  );
  return meant === undefined ? {} : { meant };
}

function checkOfficers(schedule: CheckedSchedule, site: SiteConfig): ContentProblem[] {
  const known = new Set(site.officers.map((o) => o.id));
  const officers = [...known];
  const named: { path: PropertyKey[]; id: string }[] = [
    ...schedule.data.rules.flatMap((rule, r) => [
      { path: ['rules', r, 'officer'], id: rule.officer },
      ...rule.exceptions.flatMap((e, x) => (e.officer ? [{ path: ['rules', r, 'exceptions', x, 'officer'], id: e.officer }] : [])),
    ]),
    ...schedule.data.sessions.map((s, i) => ({ path: ['sessions', i, 'officer'], id: s.officer })),
  ];
  return named.flatMap(({ path, id }) =>
    known.has(id) ? [] : [problemAt(schedule, path, id, { code: 'reference.officer', params: { officers, ...officerMeant(site, id) } })],
  );
}

/** Ids name sessions in calendars, so they must be unique within a schedule. */
function checkIds(schedule: CheckedSchedule): ContentProblem[] {
  const seen = new Set<string>();
  const listed: { path: PropertyKey[]; id: string }[] = [
    ...schedule.data.rules.map((r, i) => ({ path: ['rules', i, 'id'], id: r.id })),
    ...schedule.data.sessions.map((s, i) => ({ path: ['sessions', i, 'id'], id: s.id })),
  ];
  return listed.flatMap(({ path, id }) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [problemAt(schedule, path, id, { code: 'reception.duplicateId', params: {} })];
  });
}

/** How far outside its period a schedule may move a session; farther is taken for a mistyped year or month. */
const MOVE_MARGIN_DAYS = 31;

/**
 * Days written in a schedule must fall in its period, a recurring rule must meet at least once,
 * an exception must be on a day its rule meets, and a session may move only a little outside
 * the period (a new day a year off is a typo, and would publish a month page of its own).
 */
function checkDays(schedule: CheckedSchedule): ContentProblem[] {
  const { from, to } = schedule.data;
  const outside = (path: PropertyKey[], date: string): ContentProblem =>
    problemAt(schedule, path, date, { code: 'reception.outsidePeriod', params: { from, to } });
  const [earliestMove, latestMove] = [addDays(from, -MOVE_MARGIN_DAYS), addDays(to, MOVE_MARGIN_DAYS)];
  const movedFar = (path: PropertyKey[], movedTo: { date: string } | undefined): ContentProblem[] =>
    movedTo === undefined || (earliestMove <= movedTo.date && movedTo.date <= latestMove)
      ? []
      : [
          problemAt(schedule, [...path, 'movedTo', 'date'], movedTo.date, {
            code: 'reception.movedFar',
            params: { from, to, margin: MOVE_MARGIN_DAYS, earliest: earliestMove, latest: latestMove },
          }),
        ];
  return [
    ...schedule.data.sessions.flatMap((s, i) => [
      ...(s.date < from || s.date > to ? [outside(['sessions', i, 'date'], s.date)] : []),
      ...(s.status === 'moved' ? movedFar(['sessions', i], s.movedTo) : []),
    ]),
    ...schedule.data.rules.flatMap((rule, r) => {
      const ruleFrom = rule.from ?? from;
      const ruleUntil = rule.until ?? to;
      const bounds = [
        ...(ruleFrom < from || ruleFrom > to ? [outside(['rules', r, 'from'], ruleFrom)] : []),
        ...(ruleUntil < from || ruleUntil > to ? [outside(['rules', r, 'until'], ruleUntil)] : []),
      ];
      // A rule whose range is wrong is reported once, not again through each of its exceptions.
      if (bounds.length > 0) return bounds;
      if (ruleUntil < ruleFrom) {
        return [
          problemAt(schedule, ['rules', r, 'until'], ruleUntil, {
            code: 'reception.ruleReversed',
            params: { from: ruleFrom, until: ruleUntil },
          }),
        ];
      }
      const days = new Set(datesOnWeekday(rule.weekday, ruleFrom, ruleUntil));
      const ruleDays = { weekday: rule.weekday, from: ruleFrom, until: ruleUntil };
      if (days.size === 0) {
        return [problemAt(schedule, ['rules', r, 'weekday'], rule.weekday, { code: 'reception.ruleNoDay', params: ruleDays })];
      }
      return rule.exceptions.flatMap((e, x) => [
        ...(days.has(e.date)
          ? []
          : [
              problemAt(schedule, ['rules', r, 'exceptions', x, 'date'], e.date, {
                code: 'reception.exceptionNotOnRule',
                params: ruleDays,
              }),
            ]),
        ...(e.status === 'moved' ? movedFar(['rules', r, 'exceptions', x], e.movedTo) : []),
      ]);
    }),
  ];
}

/** One officer cannot receive citizens in two places at once, across all schedules. */
function checkOverlaps(schedules: readonly CheckedSchedule[]): ContentProblem[] {
  // In time order, so the session reported is the one that starts later: the one that clashes.
  const all = schedules
    .flatMap((schedule) =>
      expandSchedule(schedule.slug, schedule.data)
        .filter((s) => s.status !== 'cancelled')
        .map((session) => ({ schedule, session })),
    )
    .sort((a, b) => a.session.date.localeCompare(b.session.date) || a.session.start.localeCompare(b.session.start));
  const problems: ContentProblem[] = [];
  all.forEach(({ schedule, session }, index) => {
    const earlier = all
      .slice(0, index)
      .find((other) => other.session.officer === session.officer && sessionsOverlap(other.session, session));
    if (!earlier) return;
    const other = earlier.session;
    problems.push(
      problemAt(schedule, sourcePath(schedule, session), `${session.date} ${session.start}–${session.end}`, {
        code: 'reception.overlap',
        params: { date: other.date, start: other.start, end: other.end, officer: session.officer, otherFile: earlier.schedule.file },
      }),
    );
  });
  return problems;
}

/** Errors in reception schedules: the build stops on any of them. */
export function checkReceptionSchedules(schedules: readonly CheckedSchedule[], site: SiteConfig): ContentProblem[] {
  const each = schedules.flatMap((s) => [...checkOfficers(s, site), ...checkIds(s), ...checkDays(s)]);
  // Overlaps are only meaningful once every session is known to be well-formed.
  return each.length > 0 ? each : checkOverlaps(schedules);
}

/**
 * Warnings: each session a weekly rule puts on a public holiday. Citizens would come to a closed
 * office; a session the clerk wrote or moved there on purpose is left alone.
 */
export function checkHolidaySessions(schedules: readonly CheckedSchedule[], site: SiteConfig): ContentProblem[] {
  return schedules.flatMap((schedule) =>
    expandSchedule(schedule.slug, schedule.data)
      .filter((session) => session.status === 'scheduled' && isFromRule(session))
      .flatMap((session) => {
        const holiday = holidayOn(session.date, site.holidays);
        if (!holiday) return [];
        return [
          problemAt(schedule, sourcePath(schedule, session), session.date, {
            code: 'reception.holiday',
            params: { date: session.date, holiday: holiday.name },
          }),
        ];
      }),
  );
}

/**
 * Warnings: each week the schedules cover without the chairman receiving citizens in person,
 * said once, of the first schedule that has a working day of it.
 */
export function checkWeeklyDuty(schedules: readonly CheckedSchedule[], site: SiteConfig): ContentProblem[] {
  const heads = new Set(site.officers.filter((o) => o.head).map((o) => o.id));
  const inOrder = [...schedules].sort((a, b) => a.data.from.localeCompare(b.data.from) || a.file.localeCompare(b.file));
  const sessions = inOrder.flatMap((schedule) => expandSchedule(schedule.slug, schedule.data));
  return weeklyDuty(
    inOrder.map((schedule) => schedule.data),
    sessions,
    heads,
    site.holidays,
  )
    .filter((week) => !week.met)
    .flatMap((week) => {
      const friday = addDays(week.monday, 4);
      const schedule = inOrder.find((s) => s.data.from <= friday && week.monday <= s.data.to);
      if (!schedule) return [];
      return [
        problemAt(schedule, [], week.week, {
          code: 'reception.weekWithoutHead',
          params: { week: week.week, monday: week.monday, sunday: week.sunday },
        }),
      ];
    });
}
