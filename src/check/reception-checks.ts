import { t } from '../messages';
import type { Bilingual } from '../schemas/issues';
import type { ReceptionSchedule } from '../schemas/reception';
import type { SiteConfig } from '../schemas/site';
import { addDays, toPartialDate } from '../dates/calendar';
import { formatDateShortVi } from '../messages/dates';
import { WEEKDAY_NAMES_EN, WEEKDAYS, type Weekday } from '../vocabulary/reception-terms';
import { datesOnWeekday, expandSchedule, holidayOn, sessionsOverlap, weeklyDuty, type ReceptionSession } from '../lib/receptions';
import { problemAt, type CheckedEntry } from './cross-checks';
import type { ContentProblem } from './problems';

export type CheckedSchedule = CheckedEntry<ReceptionSchedule>;

const short = (date: string): string => formatDateShortVi(toPartialDate(date));

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
function checkOfficers(schedule: CheckedSchedule, site: SiteConfig): ContentProblem[] {
  const known = new Set(site.officers.map((o) => o.id));
  const expected = {
    vi: `mã chức danh có trong "officers" của content/site.yaml: ${[...known].join(', ')}`,
    en: `an officer id listed under "officers" in content/site.yaml: ${[...known].join(', ')}`,
  };
  const named: Array<{ path: PropertyKey[]; id: string }> = [
    ...schedule.data.rules.flatMap((rule, r) => [
      { path: ['rules', r, 'officer'], id: rule.officer },
      ...rule.exceptions.flatMap((e, x) => (e.officer ? [{ path: ['rules', r, 'exceptions', x, 'officer'], id: e.officer }] : [])),
    ]),
    ...schedule.data.sessions.map((s, i) => ({ path: ['sessions', i, 'officer'], id: s.officer })),
  ];
  return named.flatMap(({ path, id }) => (known.has(id) ? [] : [problemAt(schedule, path, id, { expected })]));
}

/** Ids name sessions in calendars, so they must be unique within a schedule. */
function checkIds(schedule: CheckedSchedule): ContentProblem[] {
  const seen = new Set<string>();
  const listed: Array<{ path: PropertyKey[]; id: string }> = [
    ...schedule.data.rules.map((r, i) => ({ path: ['rules', i, 'id'], id: r.id })),
    ...schedule.data.sessions.map((s, i) => ({ path: ['sessions', i, 'id'], id: s.id })),
  ];
  return listed.flatMap(({ path, id }) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [
      problemAt(schedule, path, id, {
        expected: { vi: 'một mã (id) chưa dùng trong lịch này', en: 'an id not yet used in this schedule' },
      }),
    ];
  });
}

/** How far outside its period a schedule may move a session; farther is taken for a mistyped year or month. */
const MOVE_MARGIN_DAYS = 31;

/** A weekday as the site names it (`Thứ Năm`, as on the month calendar) and in English, with the slug written. */
function weekdayName(weekday: Weekday): Bilingual {
  const index = WEEKDAYS.indexOf(weekday);
  return { vi: t('reception.weekday.long').split(',')[index] ?? weekday, en: `${WEEKDAY_NAMES_EN[index] ?? weekday} (${weekday})` };
}

/**
 * Days written in a schedule must fall in its period, a recurring rule must meet at least once,
 * an exception must be on a day its rule meets, and a session may move only a little outside
 * the period (a new day a year off is a typo, and would publish a month page of its own).
 */
function checkDays(schedule: CheckedSchedule): ContentProblem[] {
  const { from, to } = schedule.data;
  const period = { vi: `từ ${short(from)} đến ${short(to)}`, en: `from ${from} to ${to}` };
  const outside = (path: PropertyKey[], date: string): ContentProblem =>
    problemAt(schedule, path, date, {
      problem: { vi: 'ngày nằm ngoài thời gian của lịch', en: 'the day is outside the period of the schedule' },
      expected: { vi: `một ngày ${period.vi}`, en: `a day ${period.en}` },
    });
  const [earliestMove, latestMove] = [addDays(from, -MOVE_MARGIN_DAYS), addDays(to, MOVE_MARGIN_DAYS)];
  const movedFar = (path: PropertyKey[], movedTo: { date: string } | undefined): ContentProblem[] =>
    movedTo === undefined || (earliestMove <= movedTo.date && movedTo.date <= latestMove)
      ? []
      : [
          problemAt(schedule, [...path, 'movedTo', 'date'], movedTo.date, {
            problem: {
              vi: `ngày dời cách thời gian của lịch (${period.vi}) hơn ${MOVE_MARGIN_DAYS} ngày`,
              en: `the new day is more than ${MOVE_MARGIN_DAYS} days outside the period of the schedule (${period.en})`,
            },
            expected: {
              vi: `một ngày từ ${short(earliestMove)} đến ${short(latestMove)}; kiểm tra lại năm và tháng`,
              en: `a day from ${earliestMove} to ${latestMove}; check the year and the month`,
            },
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
            problem: {
              vi: `ngày kết thúc ${short(ruleUntil)} trước ngày bắt đầu ${short(ruleFrom)} của lịch lặp lại: lịch không có buổi nào`,
              en: `the end ${ruleUntil} is before the start ${ruleFrom} of the recurring rule: it gives no session`,
            },
            expected: {
              vi: 'ngày kết thúc (until) không sớm hơn ngày bắt đầu (from, nếu không ghi là ngày đầu của lịch)',
              en: 'an end (until) no earlier than the start (from, or the first day of the schedule when not given)',
            },
          }),
        ];
      }
      const days = new Set(datesOnWeekday(rule.weekday, ruleFrom, ruleUntil));
      const weekday = weekdayName(rule.weekday);
      if (days.size === 0) {
        return [
          problemAt(schedule, ['rules', r, 'weekday'], rule.weekday, {
            problem: {
              vi: `không có ngày ${weekday.vi} nào từ ${short(ruleFrom)} đến ${short(ruleUntil)}: lịch lặp lại này không có buổi nào`,
              en: `no ${weekday.en} falls from ${ruleFrom} to ${ruleUntil}: this recurring rule gives no session`,
            },
            expected: {
              vi: 'một thứ trong tuần (weekday) có ít nhất một ngày trong khoảng from–until, hoặc sửa lại from, until',
              en: 'a weekday that falls at least once between from and until, or corrected from and until',
            },
          }),
        ];
      }
      return rule.exceptions.flatMap((e, x) => [
        ...(days.has(e.date)
          ? []
          : [
              problemAt(schedule, ['rules', r, 'exceptions', x, 'date'], e.date, {
                problem: {
                  vi: 'ngày ngoại lệ không phải là một buổi của lịch lặp lại này',
                  en: 'the exception is not a day this recurring rule meets',
                },
                expected: {
                  vi: `một ngày ${weekday.vi} từ ${short(ruleFrom)} đến ${short(ruleUntil)}`,
                  en: `a ${weekday.en} from ${ruleFrom} to ${ruleUntil}`,
                },
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
        problem: {
          vi: `trùng giờ với buổi ${short(other.date)} ${other.start}–${other.end} của cùng chức danh "${session.officer}" (${earlier.schedule.file})`,
          en: `overlaps the session on ${other.date} ${other.start}–${other.end} of the same officer "${session.officer}" (${earlier.schedule.file})`,
        },
        expected: {
          vi: 'mỗi người tiếp công dân chỉ một buổi tại một thời điểm: sửa giờ, ngày hoặc người tiếp',
          en: 'one session at a time per officer: change the time, the day or the officer',
        },
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
            problem: {
              vi: `quy tắc đặt một buổi tiếp ngày ${short(session.date)}, là ngày nghỉ ${holiday.name}`,
              en: `the rule puts a session on ${session.date}, a public holiday (${holiday.name})`,
            },
            expected: {
              vi: 'thêm ngoại lệ cho ngày này trong "exceptions" của quy tắc: hủy (status: cancelled) hoặc dời sang ngày làm việc (status: moved)',
              en: 'an exception for that day under the rule\'s "exceptions": cancelled (status: cancelled) or moved to a working day (status: moved)',
            },
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
          problem: {
            vi: `tuần ${week.week} (${short(week.monday)}–${short(week.sunday)}) không có buổi nào Chủ tịch trực tiếp tiếp công dân`,
            en: `week ${week.week} (${week.monday} to ${week.sunday}) has no session received by the chairman in person`,
          },
          expected: {
            vi: 'Chủ tịch tiếp công dân ít nhất 01 ngày mỗi tuần (Luật Tiếp công dân 2013, Điều 15, khoản 2)',
            en: 'the chairman receives citizens at least one day every week (Law on Citizen Reception 2013, Art. 15.2)',
          },
        }),
      ];
    });
}
