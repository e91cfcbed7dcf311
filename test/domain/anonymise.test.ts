import { describe, expect, it } from 'vitest';
import { anonymiseMember, ERASED, inactiveSince, lastActivityYear, logAbout, nextAnonymousIds } from '../../src/domain/anonymise';
import { newStoreData } from '../../src/store/catalogue';
import { seedTwoPeople } from '../helpers/forgetScenario';

const store = () => {
  const data = newStoreData();
  seedTwoPeople(data);
  return data;
};
const AT = '2018-02-01T10:00:00.000Z';

describe('anonymiseMember', () => {
  it('re-points records to the anonymous id and erases free text about the person, leaving others alone', () => {
    const data = store();
    data.log.push(
      { at: AT, user: 'o', action: 'register', target: 'reg-3', details: { memberId: 'camille-durand', reason: 'accord téléphonique' } },
      { at: AT, user: 'o', action: 'register', target: 'reg-2', details: { memberId: 'ana-lopez', reason: 'accord téléphonique' } },
      { at: AT, user: 'o', action: 'note', target: null, details: { text: 'appeler au +33 6 12 34 56 78', list: ['x', 'camille-durand'] } },
    );
    expect(anonymiseMember(data, 'camille-durand', 'anonyme-1', AT)).toBe(true);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/camille|durand|06 12 34 56 78/i);
    expect(data.log.at(-3)!.details).toEqual({ memberId: 'anonyme-1', reason: ERASED });
    expect(data.log.at(-2)!.details).toEqual({ memberId: 'ana-lopez', reason: 'accord téléphonique' });
    expect(data.log.at(-1)!.details).toEqual({ text: ERASED, list: ['x', 'anonyme-1'] });
    expect(data.log[0]!.target).toBe('anonyme-1'); // the id becomes the anonymous id, not "[erased]"
  });

  it("scrubs the register command's own log entries (registration.add, registration.override)", () => {
    const data = store();
    data.log.push(
      { at: AT, user: 'o', action: 'registration.add', target: 'reg-3', details: { session: 'cooperer-leader-n1-2018', member: 'camille-durand', status: 'confirmed', receivedAt: AT } },
      { at: AT, user: 'o', action: 'registration.override', target: 'reg-3', details: { session: 'cooperer-leader-n1-2018', member: 'camille-durand', rules: ['R2'], reason: 'mail reçu à temps' } },
    );
    anonymiseMember(data, 'camille-durand', 'anonyme-1', AT);
    expect(data.log.at(-2)!.details).toMatchObject({ member: 'anonyme-1', status: 'confirmed' });
    expect(data.log.at(-1)!.details).toEqual({ session: 'cooperer-leader-n1-2018', member: 'anonyme-1', rules: ['R2'], reason: ERASED });
  });

  it('returns false for a version that never held the person', () => {
    const data = newStoreData();
    expect(anonymiseMember(data, 'camille-durand', 'anonyme-1', AT)).toBe(false);
  });

  it('numbers anonymous ids after the highest one', () => {
    const data = store();
    anonymiseMember(data, 'camille-durand', 'anonyme-7', AT);
    expect(nextAnonymousIds(data, 2)).toEqual(['anonyme-8', 'anonyme-9']);
  });
});

describe('activity', () => {
  it('counts creation, registrations received, attendance and own cotisations', () => {
    const data = store();
    const [camille, ana] = data.members;
    expect(lastActivityYear(data, camille!)).toBe(2018);
    expect(lastActivityYear(data, ana!)).toBe(2017);
    expect(inactiveSince(data, 2018).map((p) => p.member.id)).toEqual(['ana-lopez']);
    expect(inactiveSince(data, 2017)).toEqual([]);
  });

  it('finds the log entries about a person', () => {
    const data = store();
    expect(logAbout(data, data.members[0]!).map((e) => e.action)).toEqual(['member.add', 'register']);
  });
});

describe('the anonymous ids given', () => {
  it('never an address already someone’s: a person given anonyme-5@anonyme.invalid by hand (before it was reserved) makes the next id anonyme-6 (QA6 AC)', () => {
    const data = newStoreData();
    seedTwoPeople(data);
    data.members[1]!.email = 'anonyme-5@anonyme.invalid';
    expect(nextAnonymousIds(data, 2)).toEqual(['anonyme-6', 'anonyme-7']);
  });
});
