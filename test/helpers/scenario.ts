import type { StoreData } from '../../src/store/schema';
import { person, registration } from './people';

/** The brochure's people: a GAL that paid 2018, its agents, one person with awkward characters in every field. */
export function seedBrochure(data: StoreData): void {
  data.organisations.push(
    { id: 'gal-pays-de-gex', name: 'GAL du Pays de Gex', kind: 'GAL', territory: 'Pays de Gex' },
    { id: 'pnr-livradois', name: 'PNR "Livradois; Forez"', kind: 'PNR', territory: null },
  );
  const add = (id: string, firstName: string, lastName: string, email: string, organisationId: string | null, phone: string | null = null) =>
    data.members.push(person(id, firstName, lastName, { email, phone, organisationId, createdAt: '2018-01-02T09:00:00.000Z' }));
  add('veronique-bernard', 'Véronique', 'Bernard', 'vb@gex.fr', 'gal-pays-de-gex', '04 72 72 49 76');
  add('jean-edouard-d-artois', 'Jean-Édouard', "d'Artois", 'jea@gex.fr', 'gal-pays-de-gex');
  add('oedipe-roi', 'Œdipe', 'Roi', 'oedipe@livradois.fr', 'pnr-livradois');
  add('anne-o-neil', 'Anne', 'O’Neil', 'anne@livradois.fr', null);
  data.memberships.push({ id: 'cot-1', organisationId: 'gal-pays-de-gex', memberId: null, year: 2018, paidOn: '2018-01-10', amountCents: 12000, reference: null });
  data.registrations.push(
    registration('cooperer-leader-n1-2017', 'oedipe-roi', { id: 'reg-1', receivedAt: '2017-03-01T08:00:00.000Z', createdAt: '2017-03-01T08:00:00.000Z', attendance: 'present' }),
    registration('cooperer-leader-n1-2018', 'veronique-bernard', { id: 'reg-2', receivedAt: '2018-01-20T09:00:00.000Z', createdAt: '2018-01-20T09:00:00.000Z', attendance: 'present' }),
    registration('cooperer-leader-n1-2018', 'jean-edouard-d-artois', { id: 'reg-3', receivedAt: '2018-01-21T09:00:00.000Z', createdAt: '2018-01-21T09:00:00.000Z', attendance: 'absent' }),
    registration('cooperer-leader-n1-2018', 'anne-o-neil', { id: 'reg-4', receivedAt: '2018-02-03T09:00:00.000Z', createdAt: '2018-02-03T09:00:00.000Z', status: 'waitlisted', override: '=cmd|calc' }),
  );
}
