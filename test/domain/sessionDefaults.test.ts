// What `session add` offers at a terminal comes from the course's latest edition (issue 15, item 3).
import { describe, expect, it } from 'vitest';
import { defaultCloses, defaultEnd, FALLBACK_DEFAULTS, sessionDefaults } from '../../src/domain/sessionDefaults';
import { newStoreData } from '../../src/store/catalogue';
import type { Session } from '../../src/store/index';

const catalogue = newStoreData().sessions;
const edition = (id: string, extra: Partial<Session>): Session => ({ ...catalogue.find((s) => s.id === 'cooperer-leader-n1-2018')!, id, ...extra });

describe('sessionDefaults', () => {
  it('level 1: the 2018 webconference: 12 seats, 2 hours, closing 7 days before the start day at 00:00', () => {
    expect(sessionDefaults('cooperer-leader-n1', catalogue)).toEqual({
      format: 'webconference',
      capacity: 12,
      durationMinutes: 120,
      closesDaysBefore: 7,
      closesAt: { hour: 0, minute: 0 },
      place: null,
    });
  });

  it('a course without a previous edition gets what session add gives with flags only', () => {
    expect(sessionDefaults('no-such-course', catalogue)).toEqual(FALLBACK_DEFAULTS);
  });

  it('the latest edition wins, a cancelled one comes last; each value from the latest edition that has it', () => {
    const sessions = [
      ...catalogue,
      edition('n1-2019', { year: 2019, startsAt: '2019-03-14T09:00:00.000Z', endsAt: null, registrationClosesAt: null, format: 'in-person', place: 'Lyon, salle 3', capacity: 20 }),
      edition('n1-2020', { year: 2020, startsAt: '2020-03-12T09:00:00.000Z', endsAt: '2020-03-12T16:00:00.000Z', status: 'cancelled', format: 'webconference', capacity: 5 }),
    ];
    const d = sessionDefaults('cooperer-leader-n1', sessions);
    expect(d).toMatchObject({ format: 'in-person', capacity: 20, place: 'Lyon, salle 3' });
    // 2019 has no end and no deadline: those come from 2018 (not from the cancelled 2020).
    expect(d.durationMinutes).toBe(120);
    expect(d.closesDaysBefore).toBe(7);
  });
});

describe('defaultEnd and defaultCloses', () => {
  const d = sessionDefaults('cooperer-leader-n1', catalogue);
  it('a start on 14/03/2019 10:00 Paris: ends 12:00, registrations close 07/03/2019 00:00 Paris', () => {
    const start = new Date('2019-03-14T09:00:00.000Z');
    expect(defaultEnd(start, d)?.toISOString()).toBe('2019-03-14T11:00:00.000Z');
    expect(defaultCloses(start, 'Europe/Paris', d)?.toISOString()).toBe('2019-03-06T23:00:00.000Z');
  });

  it('across the change to summer time the clock time is kept (00:00 Paris, UTC+2 after 31/03/2019)', () => {
    const start = new Date('2019-04-04T08:00:00.000Z');
    expect(defaultCloses(start, 'Europe/Paris', d)?.toISOString()).toBe('2019-03-27T23:00:00.000Z');
  });

  it('nothing offered when no edition had an end or a deadline', () => {
    const start = new Date('2019-03-14T09:00:00.000Z');
    expect(defaultEnd(start, FALLBACK_DEFAULTS)).toBeNull();
    expect(defaultCloses(start, 'Europe/Paris', FALLBACK_DEFAULTS)).toBeNull();
  });
});
