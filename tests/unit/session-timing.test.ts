// Fourteen hours ahead of UTC (seven ahead of Vietnam): any use of the machine's time zone would shift a day.
process.env.TZ = 'Pacific/Kiritimati';

import { describe, expect, it } from 'vitest';
import { hasEnded, sessionInstants, sessionTiming } from '../../src/lib/session-timing';

describe('hasEnded', () => {
  const session = { date: '2023-03-02', end: '11:00' };
  it.each([
    ['2023-03-02T03:59:59Z', false], // a second before 11:00 in Vietnam
    ['2023-03-02T04:00:00Z', true], // 11:00: it has ended
    ['2023-03-01T17:00:00Z', false], // midnight starting its day
    ['2023-03-03T00:00:00Z', true], // the next morning
  ] as const)('at %s is %s', (instant, ended) => {
    expect(hasEnded(session, new Date(instant))).toBe(ended);
  });

  it('agrees with sessionTiming, which calls a session past exactly when it has ended', () => {
    const timed = { ...session, start: '07:30' };
    for (let hour = 0; hour < 24; hour += 1) {
      const now = new Date(Date.UTC(2023, 2, 1, 20 + hour));
      expect(sessionTiming(timed, now) === 'past').toBe(hasEnded(session, now));
    }
  });
});

describe('sessionInstants', () => {
  it('reads the times as Vietnam time', () => {
    expect(sessionInstants({ date: '2023-03-02', start: '07:30', end: '11:00' })).toEqual({
      start: new Date('2023-03-02T00:30:00Z'),
      end: new Date('2023-03-02T04:00:00Z'),
    });
  });
});
