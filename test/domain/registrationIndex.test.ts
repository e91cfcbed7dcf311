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
