import { describe, expect, it } from 'vitest';
import { indexRegistrations, judgeRegistration } from '../../src/domain/registrationRules';
import { newStoreData } from '../../src/store/catalogue';
import { seedBrochure } from '../helpers/scenario';

describe('the registration index focused on one request', () => {
  it('judges every (session, person) exactly as the full index does, and gives the same next id', () => {
    const data = newStoreData();
    seedBrochure(data);
    const at = new Date('2018-02-01T10:00:00.000Z');
    for (const session of data.sessions) {
      for (const member of data.members) {
        const full = indexRegistrations(data);
        const focused = indexRegistrations(data, { sessionId: session.id, memberId: member.id });
        for (const noWaitlist of [false, true]) {
          expect(judgeRegistration(data, { session, member, noWaitlist }, at, focused)).toEqual(judgeRegistration(data, { session, member, noWaitlist }, at, full));
        }
        expect(focused.nextNumber).toBe(full.nextNumber);
      }
    }
  });
});

describe('the next registration id', () => {
  it('reads reg-<digits> without a copy, and any other id as Number reads it', () => {
    const data = newStoreData();
    seedBrochure(data);
    const base = data.registrations[0]!;
    const next = (...ids: string[]) => {
      data.registrations = ids.map((id) => ({ ...base, id }));
      return indexRegistrations(data).nextNumber;
    };
    expect(next('reg-7', 'reg-12', 'reg-3')).toBe(13);
    expect(next('reg-007')).toBe(8);
    expect(next('reg-1e3', 'reg-5')).toBe(1001);
    expect(next('reg- 20', 'reg-0x10')).toBe(21);
    expect(next('reg-', 'reg-2.5', 'x-99', 'reg-abc')).toBe(1);
    expect(next('reg-99999999999999999999')).toBe(Number('99999999999999999999') + 1);
  });
});
