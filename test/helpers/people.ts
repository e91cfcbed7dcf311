import type { Member, Registration, StoreData } from '../../src/store/schema';

/** A fictional person as stored (NFC names, lower-case e-mail). */
export function person(id: string, firstName: string, lastName: string, extra: Partial<Member> = {}): Member {
  return {
    id,
    firstName: firstName.normalize('NFC'),
    lastName: lastName.normalize('NFC'),
    email: `${id}@example.fr`,
    phone: null,
    organisationId: null,
    roles: ['agent'],
    createdAt: '2017-01-01T00:00:00.000Z',
    anonymisedAt: null,
    ...extra,
  };
}

let counter = 0;

/** A registration as the register command will store it (tests create them directly: register is built elsewhere). */
export function registration(sessionId: string, memberId: string, extra: Partial<Registration> = {}): Registration {
  counter += 1;
  return {
    id: `reg-${counter}`,
    sessionId,
    memberId,
    receivedAt: '2018-01-10T09:00:00.000Z',
    createdAt: `2018-01-10T09:00:00.${String(counter % 1000).padStart(3, '0')}Z`,
    status: 'confirmed',
    attendance: null,
    override: null,
    cancelledAt: null,
    ...extra,
  };
}

/** Adds people and registrations to a store's data (for tempDeps({ seed })). */
export const seedWith =
  (members: Member[], registrations: Registration[] = []) =>
  (data: StoreData) => {
    data.organisations.push({ id: 'gal-gex', name: 'GAL du Pays de Gex', kind: 'GAL', territory: null });
    data.members.push(...members);
    data.registrations.push(...registrations);
  };
