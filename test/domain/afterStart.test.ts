// Issue 13 rules, pure: R2 without a deadline, R6 after the start, R13's reading, R14, multi-day dates.
import { describe, expect, it } from 'vitest';
import { sessionSpan } from '../../src/time';
import { countsAsPresent, hasStarted, judgeRegistration, registrationClosesAt } from '../../src/domain/registrationRules';
import { fillFreeSeats } from '../../src/domain/registrations';
import { editSession } from '../../src/domain/sessionFields';
import { newStoreData } from '../../src/store/catalogue';
import type { Session, StoreData } from '../../src/store/index';
import { person, registration } from '../helpers/people';

const N2 = 'cooperer-leader-n2-2018';

function store(): { data: StoreData; session: Session } {
  const data = newStoreData();
  const session = data.sessions.find((s) => s.id === N2)!;
  Object.assign(session, { startsAt: '2018-05-17T12:00:00.000Z', endsAt: '2018-05-17T14:00:00.000Z', status: 'scheduled', capacity: 1 });
  data.members.push(person('ana', 'Ana', 'Lopez'), person('ben', 'Ben', 'Roux'));
  data.memberships.push({ id: 'cot-1', organisationId: null, memberId: 'ana', year: 2018, paidOn: '2018-01-01', amountCents: null, reference: null });
  return { data, session };
}

describe('R2 without a deadline', () => {
  it('closes at the start: one millisecond before is on time, the start itself is refused', () => {
    const { data, session } = store();
    const ana = data.members[0]!;
    expect(registrationClosesAt(session)).toBe(session.startsAt);
    expect(judgeRegistration(data, { session, member: ana }, new Date('2018-05-17T11:59:59.999Z')).refusals).toEqual([]);
    const late = judgeRegistration(data, { session, member: ana }, new Date('2018-05-17T12:00:00.000Z'));
    expect(late.refusals.map((f) => [f.rule, f.key])).toEqual([['R2', 'ruleDeadlineStart']]);
    expect(judgeRegistration(data, { session, member: ana, force: true }, new Date('2018-05-20T10:00:00.000Z')).blocking).toEqual([]);
  });

  it('a deadline, when set, is what counts; with neither, nothing closes', () => {
    const { session } = store();
    expect(registrationClosesAt({ ...session, registrationClosesAt: '2018-05-10T22:00:00.000Z' })).toBe('2018-05-10T22:00:00.000Z');
    expect(registrationClosesAt({ ...session, startsAt: null })).toBeNull();
  });
});

describe('R6 after the start', () => {
  it('nobody is promoted once the session has started or is held', () => {
    const { data, session } = store();
    data.registrations.push(registration(N2, 'ben', { status: 'waitlisted' }));
    expect(hasStarted(session, new Date('2018-05-17T11:59:00.000Z'))).toBe(false);
    expect(hasStarted(session, new Date('2018-05-17T12:00:00.000Z'))).toBe(true);
    expect(hasStarted({ status: 'held', startsAt: null }, new Date('2000-01-01T00:00:00.000Z'))).toBe(true);
    expect(fillFreeSeats(structuredClone(data), session, new Date('2018-05-17T12:30:00.000Z'), 'tester')).toEqual([]);
    expect(fillFreeSeats(data, session, new Date('2018-05-16T12:30:00.000Z'), 'tester').map((r) => r.memberId)).toEqual(['ben']);
  });
});

describe('R13: one reading of attendance', () => {
  it('counts only on a confirmed registration', () => {
    expect(countsAsPresent({ status: 'confirmed', attendance: 'present' })).toBe(true);
    expect(countsAsPresent({ status: 'cancelled', attendance: 'present' })).toBe(false);
    expect(countsAsPresent({ status: 'waitlisted', attendance: 'present' })).toBe(false);
    expect(countsAsPresent({ status: 'confirmed', attendance: 'absent' })).toBe(false);
  });
});

describe('R14: the cotisation year follows the session year', () => {
  it('moved by --starts or --year; kept when set explicitly or already different', () => {
    const { data, session } = store();
    expect(editSession(data, session, { starts: '17/01/2019 14:00', ends: '17/01/2019 16:00' })).toMatchObject({ year: 2019, membershipYear: 2019 });
    expect(editSession(data, { ...session, startsAt: null, endsAt: null }, { year: '2019' })).toMatchObject({ year: 2019, membershipYear: 2019 });
    expect(editSession(data, session, { starts: '17/01/2019 14:00', ends: '17/01/2019 16:00', membershipYear: '2018' })).toMatchObject({ year: 2019, membershipYear: 2018 });
    expect(editSession(data, { ...session, membershipYear: 2017 }, { starts: '17/01/2019 14:00', ends: '17/01/2019 16:00' })).toMatchObject({ year: 2019, membershipYear: 2017 });
  });
});

describe('dates of a session', () => {
  const paris = { timeZone: 'Europe/Paris', dateOnly: false };
  it.each([
    [{ ...paris, startsAt: '2018-02-15T09:00:00.000Z', endsAt: '2018-02-15T11:00:00.000Z' }, 'fr', '15/02/2018 10:00-12:00'],
    [{ ...paris, startsAt: '2019-06-17T07:00:00.000Z', endsAt: '2019-06-18T15:00:00.000Z' }, 'fr', '17/06/2019 09:00 - 18/06/2019 17:00'],
    [{ ...paris, startsAt: '2019-06-17T07:00:00.000Z', endsAt: '2019-06-18T15:00:00.000Z' }, 'en', '2019-06-17 09:00 - 2019-06-18 17:00'],
    [{ ...paris, startsAt: '2019-06-16T22:00:00.000Z', endsAt: '2019-06-17T22:00:00.000Z', dateOnly: true }, 'fr', '17/06/2019 - 18/06/2019'],
    [{ ...paris, startsAt: '2017-05-29T22:00:00.000Z', endsAt: null, dateOnly: true }, 'fr', '30/05/2017'],
    [{ ...paris, startsAt: null, endsAt: null }, 'fr', null],
  ] as const)('%j in %s reads %s', (s, lang, text) => {
    expect(sessionSpan(s, lang)).toBe(text);
  });
});
