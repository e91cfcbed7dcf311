import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayIn, formatInstant } from '../../src/time';
import { fillBar } from '../../src/cli/fillBar';
import { eligiblePeople } from '../../src/domain/eligibility';
import { computeReport, countEligible, localDateTime, cotisationsByYear, figuresBySession, rate, registrationTimeline, sessionHours } from '../../src/domain/reportFigures';
import { newStoreData } from '../../src/store/catalogue';
import type { StoreData } from '../../src/store/index';
import { person, registration } from '../helpers/people';
import { session } from '../helpers/session';

const NOW = new Date('2019-01-10T09:00:00.000Z');

function store(seed: (d: StoreData) => void): StoreData {
  const data = newStoreData(true);
  seed(data);
  return data;
}

describe('rate', () => {
  it('is null, never NaN or Infinity, when the whole is zero or unknown', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(3, 0)).toBeNull();
    expect(rate(3, null)).toBeNull();
    expect(rate(0, 5)).toBe(0);
  });
  it('is a fraction rounded to four decimals', () => {
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(12, 12)).toBe(1);
    expect(rate(13, 12)).toBe(1.0833);
  });
});

describe('sessionHours', () => {
  it('is the length between start and end', () => {
    expect(sessionHours(session('a'))).toBe(3.5);
  });
  it('counts the hours of each day of a session over several days, not the nights', () => {
    expect(sessionHours(session('a', { startsAt: '2018-03-01T08:00:00.000Z', endsAt: '2018-03-02T16:00:00.000Z' }))).toBe(16);
  });
  it('is null without both times, for a day-only session, or for an end before the start', () => {
    expect(sessionHours(session('a', { endsAt: null }))).toBeNull();
    expect(sessionHours(session('a', { startsAt: null, endsAt: null }))).toBeNull();
    expect(sessionHours(session('a', { dateOnly: true }))).toBeNull();
    expect(sessionHours(session('a', { endsAt: '2018-03-01T08:00:00.000Z' }))).toBeNull();
  });
});

describe('figuresBySession', () => {
  it('counts each status and attendance of a session', () => {
    const s = session('s1');
    const [f] = figuresBySession(
      [s],
      [
        registration('s1', 'a', { id: 'r1', attendance: 'present' }),
        registration('s1', 'b', { id: 'r2', attendance: 'present' }),
        registration('s1', 'c', { id: 'r3', attendance: 'absent' }),
        registration('s1', 'd', { id: 'r4' }),
        registration('s1', 'e', { id: 'r5', status: 'waitlisted' }),
        registration('s1', 'f', { id: 'r6', status: 'cancelled', cancelledAt: '2018-02-01T00:00:00.000Z' }),
        registration('other', 'g', { id: 'r7', attendance: 'present' }),
      ],
    );
    expect(f).toMatchObject({
      capacity: 10,
      confirmed: 4,
      fillRate: 0.4,
      waitlisted: 1,
      cancelled: 1,
      present: 2,
      absent: 1,
      notRecorded: 1,
      attendanceRate: 0.6667,
      noShows: 1,
      hours: 3.5,
      hoursTrainees: 7,
    });
  });

  it('gives no fill rate to a session without capacity, and no attendance rate when nothing is recorded', () => {
    const [f] = figuresBySession([session('s1', { capacity: null })], [registration('s1', 'a', { id: 'r1' }), registration('s1', 'b', { id: 'r2' })]);
    expect(f).toMatchObject({ capacity: null, confirmed: 2, fillRate: null, notRecorded: 2, attendanceRate: null, noShows: 0, hoursTrainees: 0 });
  });

  it('gives zero-everything, null rates, for a session nobody registered to', () => {
    const [f] = figuresBySession([session('s1', { startsAt: null, endsAt: null })], []);
    expect(f).toMatchObject({ confirmed: 0, fillRate: 0, attendanceRate: null, hours: null, hoursTrainees: null });
  });

  it('counts waitlisted people in no rate and cancelled ones nowhere but cancellations', () => {
    const [f] = figuresBySession(
      [session('s1', { capacity: 1 })],
      [registration('s1', 'a', { id: 'r1', status: 'waitlisted' }), registration('s1', 'b', { id: 'r2', status: 'cancelled', attendance: 'present' })],
    );
    expect(f).toMatchObject({ confirmed: 0, fillRate: 0, present: 0, attendanceRate: null, waitlisted: 1, cancelled: 1 });
  });
});

describe('registrationTimeline', () => {
  it('adds registrations up by the day received in the session time zone, leaving cancelled ones out', () => {
    const s = session('s1');
    const line = registrationTimeline(s, [
      registration('s1', 'a', { id: 'r1', receivedAt: '2018-02-07T22:59:00.000Z' }), // 7 Feb 23:59 Paris
      registration('s1', 'b', { id: 'r2', receivedAt: '2018-02-07T23:00:00.000Z' }), // 8 Feb 00:00 Paris
      registration('s1', 'c', { id: 'r3', receivedAt: '2018-02-05T10:00:00.000Z', status: 'waitlisted' }),
      registration('s1', 'd', { id: 'r4', receivedAt: '2018-02-05T11:00:00.000Z', status: 'cancelled' }),
      registration('other', 'e', { id: 'r5', receivedAt: '2018-02-05T11:00:00.000Z' }),
    ]);
    expect(line.points).toEqual([
      { day: '2018-02-05', received: 1, cumulative: 1 },
      { day: '2018-02-07', received: 1, cumulative: 2 },
      { day: '2018-02-08', received: 1, cumulative: 3 },
    ]);
    expect(line.deadlineDay).toBe('2018-02-21');
    expect(line.capacity).toBe(10);
  });

  it('reads days in the session zone, not the machine one (a session in Tokyo)', () => {
    const line = registrationTimeline(session('s1', { timeZone: 'Asia/Tokyo', registrationClosesAt: null }), [registration('s1', 'a', { id: 'r1', receivedAt: '2018-02-07T16:30:00.000Z' })]);
    expect(line.points[0]!.day).toBe('2018-02-08');
    expect(line.deadlineDay).toBeNull();
  });

  it('gives the day Intl gives, for any instant and zone, on days the clocks change too', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'UTC'];
    // Paris changes at 01:00 UTC on 25 March 2018: 23:30 UTC on the 24th is already the 25th there.
    expect(registrationTimeline(session('s1'), [registration('s1', 'a', { id: 'r1', receivedAt: '2018-03-24T23:30:00.000Z' })]).points[0]!.day).toBe('2018-03-25');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
        const line = registrationTimeline(session('s1', { timeZone: zone }), [registration('s1', 'a', { id: 'r1', receivedAt: iso })]);
        expect(line.points[0]!.day).toBe(dayIn(new Date(iso), zone));
        expect(localDateTime(iso, zone).replace('T', ' ')).toBe(`${dayIn(new Date(iso), zone)} ${formatInstant(iso, zone, 'en').slice(11)}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cotisationsByYear', () => {
  it('counts a person covered once, whether they or their organisation paid', () => {
    const data = store((d) => {
      d.members.push(
        person('a', 'Anne', 'A', { email: 'a@x.fr', organisationId: 'gal' }),
        person('b', 'Bruno', 'B', { email: 'b@x.fr', organisationId: 'gal' }),
        person('c', 'Chloé', 'C', { email: 'c@x.fr' }),
        person('e', 'Emma', 'E', { email: 'e@x.fr', organisationId: 'other' }),
      );
      d.memberships.push(
        { id: 'cot-1', organisationId: 'gal', memberId: null, year: 2018, paidOn: '2018-01-10', amountCents: null, reference: null },
        { id: 'cot-2', organisationId: null, memberId: 'a', year: 2018, paidOn: '2018-01-10', amountCents: null, reference: null },
        { id: 'cot-3', organisationId: null, memberId: 'c', year: 2017, paidOn: '2017-01-10', amountCents: null, reference: null },
      );
    });
    expect(cotisationsByYear(data, 2019)).toEqual([
      { year: 2017, people: 1, organisations: 0, individuals: 1 },
      { year: 2018, people: 2, organisations: 1, individuals: 1 },
      { year: 2019, people: 0, organisations: 0, individuals: 0 },
    ]);
  });
});

describe('computeReport', () => {
  const data = store((d) => {
    d.courses.push({ id: 'cooperer-leader-n1', title: 'N1', level: 1, cycle: 'c' });
    d.rules.push({ id: 'rule-2018', label: 'N1 2018', courseId: 'cooperer-leader-n1', years: [2018] }, { id: 'rule-2030', label: 'N1 2030', courseId: 'cooperer-leader-n1', years: [2030] });
    d.organisations.push(
      { id: 'gal', name: 'GAL', kind: 'GAL', territory: 'Drôme' },
      { id: 'pnr', name: 'PNR', kind: 'PNR', territory: 'Vercors' },
      { id: 'asso', name: 'Asso', kind: 'association', territory: null },
    );
    d.members.push(
      person('a', 'Anne', 'A', { email: 'a@x.fr', organisationId: 'gal' }),
      person('b', 'Bruno', 'B', { email: 'b@x.fr', organisationId: 'pnr' }),
      person('c', 'Chloé', 'C', { email: 'c@x.fr', organisationId: 'asso' }),
      person('d', 'David', 'D', { email: 'd@x.fr' }),
    );
    d.sessions.push(
      session('s1'), // 3.5 h, capacity 10
      session('s2', { capacity: null, startsAt: '2018-05-01T08:00:00.000Z', endsAt: '2018-05-01T10:00:00.000Z' }),
      session('s3', { status: 'cancelled', startsAt: '2018-06-01T08:00:00.000Z', endsAt: '2018-06-01T10:00:00.000Z' }),
      session('s4', { startsAt: '2018-09-01T00:00:00.000Z', endsAt: null, dateOnly: true }),
      session('old', { year: 2017, startsAt: '2017-03-01T09:00:00.000Z', endsAt: '2017-03-01T12:00:00.000Z' }),
    );
    d.registrations.push(
      registration('s1', 'a', { id: 'r1', attendance: 'present' }),
      registration('s1', 'b', { id: 'r2', attendance: 'absent' }),
      registration('s2', 'a', { id: 'r3', attendance: 'present' }),
      registration('s2', 'c', { id: 'r4', attendance: 'present' }),
      registration('s3', 'd', { id: 'r5', attendance: 'present' }), // a cancelled session: left out
      registration('s4', 'd', { id: 'r6', attendance: 'present' }), // no known hours
      registration('old', 'b', { id: 'r7', attendance: 'present' }),
      registration('s1', 'c', { id: 'r8', status: 'waitlisted' }),
    );
  });

  it('leaves cancelled sessions out of every figure, and counts them', () => {
    const report = computeReport(data, { kind: 'year', year: 2018 }, NOW);
    expect(report.sessions.map((s) => s.id)).toEqual(['s1', 's2', 's4']);
    expect(report.timelines.map((l) => l.sessionId)).toEqual(['s1', 's2', 's4']);
    expect(report.totals.sessionsCancelled).toBe(1);
    expect(report.totals.present).toBe(4);
  });

  it('totals a year: unique people, hours-trainees over known lengths, rates over what has a denominator', () => {
    const { totals } = computeReport(data, { kind: 'year', year: 2018 }, NOW);
    expect(totals).toEqual({
      sessions: 3,
      sessionsHeld: 3,
      sessionsCancelled: 1,
      capacity: 20, // s1 and s4; s2 has no capacity
      confirmed: 5,
      fillRate: 0.15, // (2 + 1) / 20: s2's confirmed are not set against a capacity
      waitlisted: 1,
      cancelled: 0,
      present: 4,
      absent: 1,
      notRecorded: 0,
      attendanceRate: 0.8,
      noShows: 1,
      uniqueRegistrants: 4, // a, b, c, d
      uniqueParticipants: 3, // a (twice), c, d
      hoursTrainees: 3.5 + 2 * 2, // s1: 1 × 3.5; s2: 2 × 2; s4: unknown
      sessionsWithoutHours: 1,
    });
  });

  it('has no fill rate when no session of the scope has a capacity', () => {
    const r = computeReport(data, { kind: 'session', sessionId: 's2' }, NOW);
    expect(r.totals.fillRate).toBeNull();
    expect(r.totals.capacity).toBe(0);
    expect(r.scope).toEqual({ year: null, sessionId: 's2' });
  });

  it('gives zeros and null rates for a year without sessions', () => {
    const r = computeReport(data, { kind: 'year', year: 2025 }, NOW);
    expect(r.sessions).toEqual([]);
    expect(r.totals).toMatchObject({ sessions: 0, confirmed: 0, fillRate: null, attendanceRate: null, hoursTrainees: 0, uniqueParticipants: 0 });
    expect(r.byOrganisationKind).toEqual([]);
  });

  it('groups registrants and participants by kind of organisation and territory', () => {
    const r = computeReport(data, { kind: 'year', year: 2018 }, NOW);
    expect(r.byOrganisationKind).toEqual([
      { key: 'GAL', registrants: 1, participants: 1 },
      { key: 'PNR', registrants: 1, participants: 0 },
      { key: 'association', registrants: 1, participants: 1 },
      { key: null, registrants: 1, participants: 1 },
    ]);
    expect(r.byTerritory).toEqual([
      { key: 'Drôme', registrants: 1, participants: 1 },
      { key: 'Vercors', registrants: 1, participants: 0 },
      { key: null, registrants: 2, participants: 2 }, // no organisation, or no territory recorded: last
    ]);
  });

  it('counts the people eligible as eligiblePeople lists them', () => {
    for (const rule of data.rules) expect(countEligible(data, rule)).toBe(eligiblePeople(data, rule).length);
    const catalogue = newStoreData();
    expect(countEligible(catalogue, catalogue.rules[0]!)).toBe(0);
  });

  it('counts the people eligible under each rule, and cotisations up to the year reported', () => {
    const r = computeReport(data, { kind: 'year', year: 2018 }, NOW);
    // rule-2018: present at a non-cancelled N1 session of 2018: a, c, d (s4); d at s3 does not count.
    expect(r.eligibility.map((e) => [e.ruleId, e.eligible])).toEqual([
      ['rule-2018', 3],
      ['rule-2030', 0],
    ]);
    expect(r.cotisations).toEqual([{ year: 2018, people: 0, organisations: 0, individuals: 0 }]);
    expect(r.generatedAt).toBe(NOW.toISOString());
  });
});

describe('computeReport in one pass', () => {
  it('gives what figuresBySession, registrationTimeline, cotisationsByYear and countEligible give one by one', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'UTC'];
    const ids = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'gone'];
    const instant = fc.integer({ min: Date.UTC(2017, 0, 1), max: Date.UTC(2019, 0, 1) }).map((ms) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString());
    const sessionArb = fc.record({
      year: fc.constantFrom(2017, 2018),
      status: fc.constantFrom('scheduled', 'held', 'cancelled', 'announced'),
      timeZone: fc.constantFrom(...zones),
      capacity: fc.option(fc.integer({ min: 1, max: 5 })),
      courseId: fc.constantFrom('cooperer-leader-n1', 'cooperer-leader-n2'),
      start: fc.option(instant),
      hours: fc.integer({ min: 1, max: 40 }),
    });
    const registrationArb = fc.record({
      session: fc.nat(5),
      member: fc.constantFrom(...ids),
      status: fc.constantFrom('confirmed', 'waitlisted', 'cancelled'),
      attendance: fc.constantFrom('present', 'absent', null),
      receivedAt: instant,
    });
    const membershipArb = fc.record({ payer: fc.constantFrom('gal', 'pnr', ...ids), year: fc.constantFrom(2017, 2018) });
    fc.assert(
      fc.property(
        fc.array(sessionArb, { minLength: 1, maxLength: 6 }),
        fc.array(registrationArb, { maxLength: 30 }),
        fc.array(membershipArb, { maxLength: 6 }),
        fc.array(fc.constantFrom('gal', 'pnr', null), { minLength: 6, maxLength: 6 }),
        fc.constantFrom(2017, 2018),
        (sessionSpecs, registrationSpecs, membershipSpecs, organisationOf, year) => {
          const data = store((d) => {
            d.organisations.push({ id: 'gal', name: 'GAL', kind: 'GAL', territory: 'Drôme' }, { id: 'pnr', name: 'PNR', kind: 'PNR', territory: null });
            d.rules.push({ id: 'n1', label: 'N1', courseId: 'cooperer-leader-n1', years: [2017, 2018] }, { id: 'n2', label: 'N2', courseId: 'cooperer-leader-n2', years: [2018] });
            // 'gone' registered but is no longer among the people (as after a member forget).
            ids.slice(0, 6).forEach((id, i) => d.members.push(person(id, `F${i}`, `L${i}`, { organisationId: organisationOf[i] ?? null })));
            sessionSpecs.forEach((x, i) => {
              const end = x.start === null ? null : new Date(Date.parse(x.start) + x.hours * 3_600_000).toISOString();
              d.sessions.push(session(`s${i}`, { year: x.year, status: x.status as 'held', timeZone: x.timeZone, capacity: x.capacity, courseId: x.courseId, startsAt: x.start, endsAt: end }));
            });
            registrationSpecs.forEach((x, i) =>
              d.registrations.push(registration(`s${x.session}`, x.member, { status: x.status as 'confirmed', attendance: x.attendance as 'present', receivedAt: x.receivedAt })),
            );
            membershipSpecs.forEach((x, i) =>
              d.memberships.push({
                id: `cot-${i}`,
                organisationId: x.payer === 'gal' || x.payer === 'pnr' ? x.payer : null,
                memberId: x.payer === 'gal' || x.payer === 'pnr' ? null : x.payer,
                year: x.year,
                paidOn: `${x.year}-01-10`,
                amountCents: null,
                reference: null,
              }),
            );
          });
          const report = computeReport(data, { kind: 'year', year }, NOW);
          const kept = report.sessions.map((f) => data.sessions.find((s) => s.id === f.id)!);
          expect(kept.every((s) => s.year === year && s.status !== 'cancelled')).toBe(true);
          expect(kept.length).toBe(data.sessions.filter((s) => s.year === year && s.status !== 'cancelled').length);
          expect(report.sessions).toEqual(figuresBySession(kept, data.registrations));
          expect(report.timelines).toEqual(kept.map((s) => registrationTimeline(s, data.registrations)));
          expect(report.cotisations).toEqual(cotisationsByYear(data, year));
          expect(report.eligibility.map((e) => e.eligible)).toEqual(data.rules.map((rule) => countEligible(data, rule)));
          expect(report.eligibility.map((e) => e.eligible)).toEqual(data.rules.map((rule) => eligiblePeople(data, rule).length));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('fillBar (caprural sessions at a terminal)', () => {
  it('fills in proportion, never full before the session is, never empty once a seat is taken', () => {
    expect(fillBar(0, 12)).toBe('░░░░░░░░░░');
    expect(fillBar(6, 12)).toBe('█████░░░░░');
    expect(fillBar(12, 12)).toBe('██████████');
    expect(fillBar(13, 12)).toBe('██████████');
    expect(fillBar(1, 100)).toBe('█░░░░░░░░░');
    expect(fillBar(99, 100)).toBe('█████████░');
  });
  it('is empty without a capacity', () => {
    expect(fillBar(5, null)).toBe('');
    expect(fillBar(5, 0)).toBe('');
  });
});
