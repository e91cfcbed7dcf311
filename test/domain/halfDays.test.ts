import { describe, expect, it } from 'vitest';
import { scheduledMinutes, sessionDays, sessionHalfDays } from '../../src/domain/halfDays';

const at = (startsAt: string | null, endsAt: string | null, dateOnly = false, timeZone = 'Europe/Paris') => ({ startsAt, endsAt, dateOnly, timeZone });
const halves = (s: ReturnType<typeof at>) => sessionHalfDays(s).map((h) => `${h.day} ${h.half}`);

describe('half-days of a session (session time zone)', () => {
  it('the brochure session, 15/02/2018 10:00-12:00 Paris: one morning, 2 hours', () => {
    const s = at('2018-02-15T09:00:00.000Z', '2018-02-15T11:00:00.000Z');
    expect(halves(s)).toEqual(['2018-02-15 am']);
    expect(scheduledMinutes(s)).toBe(120);
  });

  it('a morning to 12:30 stays one half-day; 09:00-17:00 is two; an afternoon alone is one', () => {
    expect(halves(at('2018-02-15T08:00:00.000Z', '2018-02-15T11:30:00.000Z'))).toEqual(['2018-02-15 am']);
    expect(halves(at('2018-02-15T08:00:00.000Z', '2018-02-15T16:00:00.000Z'))).toEqual(['2018-02-15 am', '2018-02-15 pm']);
    expect(halves(at('2018-02-15T12:30:00.000Z', '2018-02-15T16:00:00.000Z'))).toEqual(['2018-02-15 pm']);
    expect(halves(at('2018-02-15T11:00:00.000Z', '2018-02-15T12:00:00.000Z'))).toEqual(['2018-02-15 pm']); // 12:00-13:00
  });

  it('two days 09:00-17:00 (summer time): four half-days, 16 scheduled hours', () => {
    const s = at('2018-06-07T07:00:00.000Z', '2018-06-08T15:00:00.000Z');
    expect(halves(s)).toEqual(['2018-06-07 am', '2018-06-07 pm', '2018-06-08 am', '2018-06-08 pm']);
    expect(scheduledMinutes(s)).toBe(16 * 60);
  });

  it('14:00 on day 1 to 12:00 on day 2: the afternoon then the morning', () => {
    const s = at('2018-06-07T12:00:00.000Z', '2018-06-08T10:00:00.000Z');
    expect(halves(s)).toEqual(['2018-06-07 pm', '2018-06-08 am']);
    expect(sessionDays(s)).toEqual([
      { day: '2018-06-07', from: 14 * 60, to: 24 * 60 },
      { day: '2018-06-08', from: 0, to: 12 * 60 },
    ]);
  });

  it('days are those of the session zone, not UTC: 23:30 UTC is the next day in Paris', () => {
    expect(halves(at('2018-02-14T23:30:00.000Z', '2018-02-15T01:00:00.000Z'))).toEqual(['2018-02-15 am']);
    expect(halves(at('2018-02-15T15:00:00.000Z', '2018-02-15T17:00:00.000Z', false, 'America/Guadeloupe'))).toEqual(['2018-02-15 am']);
  });

  it('a day known without hours counts both halves and has no length; no date, no half-day', () => {
    const s = at('2017-05-29T22:00:00.000Z', null, true);
    expect(halves(s)).toEqual(['2017-05-30 am', '2017-05-30 pm']);
    expect(scheduledMinutes(s)).toBeNull();
    expect(halves(at(null, null))).toEqual([]);
    expect(scheduledMinutes(at(null, null))).toBeNull();
  });

  it('ending at midnight ends the day before', () => {
    expect(halves(at('2018-02-15T17:00:00.000Z', '2018-02-15T23:00:00.000Z'))).toEqual(['2018-02-15 pm']);
  });
});
