import type { Member, Registration, StoreData } from '../../src/store/schema';

/** A fictional person, as stored. */
export function person(id: string, firstName: string, lastName: string, email: string, extra: Partial<Member> = {}): Member {
  return { id, firstName, lastName, email, phone: null, organisationId: null, roles: ['agent'], createdAt: '2017-01-10T09:00:00.000Z', anonymisedAt: null, ...extra };
}

export function registration(id: string, sessionId: string, memberId: string, extra: Partial<Registration> = {}): Registration {
  return {
    id,
    sessionId,
    memberId,
    receivedAt: '2017-01-20T10:00:00.000Z',
    createdAt: '2017-01-20T10:00:00.000Z',
    status: 'confirmed',
    attendance: null,
    override: null,
    cancelledAt: null,
    ...extra,
  };
}

/**
 * Camille Durand (to be erased) and Ana Lopez (to be kept), with an organisation, cotisations,
 * registrations (one attended, one forced with a reason naming her) and log entries about both.
 */
export function seedTwoPeople(data: StoreData): void {
  data.organisations.push({ id: 'gal-du-pays-de-gex', name: 'GAL du Pays de Gex', kind: 'GAL', territory: 'Pays de Gex' });
  data.members.push(
    person('camille-durand', 'Camille', 'Durand', 'c.durand@old-mail.fr', { phone: '06 12 34 56 78', organisationId: 'gal-du-pays-de-gex' }),
    person('ana-lopez', 'Ana', 'Lopez', 'ana.lopez@example.fr', { createdAt: '2017-03-01T09:00:00.000Z' }),
  );
  data.memberships.push(
    { id: 'cot-1', organisationId: null, memberId: 'camille-durand', year: 2017, paidOn: '2017-01-15', amountCents: 5000, reference: 'chèque Durand n°12' },
    { id: 'cot-2', organisationId: 'gal-du-pays-de-gex', memberId: null, year: 2018, paidOn: '2018-01-05', amountCents: 12000, reference: 'facture 2018-004' },
  );
  data.registrations.push(
    registration('reg-1', 'cooperer-leader-n1-2017', 'camille-durand', { attendance: 'present', override: 'accord de Camille Durand au 06 12 34 56 78' }),
    registration('reg-2', 'cooperer-leader-n1-2017', 'ana-lopez', { attendance: 'absent' }),
    registration('reg-3', 'cooperer-leader-n1-2018', 'camille-durand', { receivedAt: '2018-01-22T10:00:00.000Z', createdAt: '2018-01-22T10:00:00.000Z' }),
  );
  data.log.push(
    { at: '2017-01-10T09:00:00.000Z', user: 'organiser', action: 'member.add', target: 'camille-durand', details: {} },
    {
      at: '2017-01-20T10:00:00.000Z',
      user: 'organiser',
      action: 'register',
      target: 'reg-1',
      details: { memberId: 'camille-durand', reason: 'Durand Camille a appelé', contact: 'c.durand@old-mail.fr' },
    },
    { at: '2017-03-01T09:00:00.000Z', user: 'organiser', action: 'member.add', target: 'ana-lopez', details: {} },
  );
}
