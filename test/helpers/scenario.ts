import type { Registration, StoreData } from '../../src/store/schema';

/** A registration record as the register command stores it, for tests that need some. */
export function registration(id: string, sessionId: string, memberId: string, receivedAt: string, extra: Partial<Registration> = {}): Registration {
  return { id, sessionId, memberId, receivedAt, createdAt: receivedAt, status: 'confirmed', attendance: null, override: null, cancelledAt: null, ...extra };
}

/** The brochure's people: a GAL that paid 2018, its agents, one person with awkward characters in every field. */
export function seedBrochure(data: StoreData): void {
  data.organisations.push(
    { id: 'gal-pays-de-gex', name: 'GAL du Pays de Gex', kind: 'GAL', territory: 'Pays de Gex' },
    { id: 'pnr-livradois', name: 'PNR "Livradois; Forez"', kind: 'PNR', territory: null },
  );
  const person = (id: string, firstName: string, lastName: string, email: string, organisationId: string | null, phone: string | null = null) =>
    data.members.push({ id, firstName, lastName, email, phone, organisationId, roles: ['agent'], createdAt: '2018-01-02T09:00:00.000Z', anonymisedAt: null });
  person('veronique-bernard', 'Véronique', 'Bernard', 'vb@gex.fr', 'gal-pays-de-gex', '04 72 72 49 76');
  person('jean-edouard-d-artois', 'Jean-Édouard', "d'Artois", 'jea@gex.fr', 'gal-pays-de-gex');
  person('oedipe-roi', 'Œdipe', 'Roi', 'oedipe@livradois.fr', 'pnr-livradois');
  person('anne-o-neil', 'Anne', 'O’Neil', 'anne@livradois.fr', null);
  data.memberships.push({ id: 'cot-1', organisationId: 'gal-pays-de-gex', memberId: null, year: 2018, paidOn: '2018-01-10', amountCents: 12000, reference: null });
  data.registrations.push(
    registration('reg-1', 'cooperer-leader-n1-2017', 'oedipe-roi', '2017-03-01T08:00:00.000Z', { attendance: 'present' }),
    registration('reg-2', 'cooperer-leader-n1-2018', 'veronique-bernard', '2018-01-20T09:00:00.000Z', { attendance: 'present' }),
    registration('reg-3', 'cooperer-leader-n1-2018', 'jean-edouard-d-artois', '2018-01-21T09:00:00.000Z', { attendance: 'absent' }),
    registration('reg-4', 'cooperer-leader-n1-2018', 'anne-o-neil', '2018-02-03T09:00:00.000Z', { status: 'waitlisted', override: '=cmd|calc' }),
  );
}
