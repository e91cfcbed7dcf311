import type { StoreData } from '../../src/store/schema';
import { person, registration } from './people';

const JAN_20 = '2017-01-20T10:00:00.000Z';

/**
 * Camille Durand (to be erased) and Ana Lopez (to be kept), with an organisation, cotisations,
 * registrations (one attended, one forced with a reason naming her) and log entries about both.
 */
export function seedTwoPeople(data: StoreData): void {
  data.organisations.push({ id: 'gal-du-pays-de-gex', name: 'GAL du Pays de Gex', kind: 'GAL', territory: 'Pays de Gex' });
  data.members.push(
    person('camille-durand', 'Camille', 'Durand', { email: 'c.durand@old-mail.fr', phone: '06 12 34 56 78', organisationId: 'gal-du-pays-de-gex', createdAt: '2017-01-10T09:00:00.000Z' }),
    person('ana-lopez', 'Ana', 'Lopez', { email: 'ana.lopez@example.fr', createdAt: '2017-03-01T09:00:00.000Z' }),
  );
  data.memberships.push(
    { id: 'cot-1', organisationId: null, memberId: 'camille-durand', year: 2017, paidOn: '2017-01-15', amountCents: 5000, reference: 'chèque Durand n°12' },
    { id: 'cot-2', organisationId: 'gal-du-pays-de-gex', memberId: null, year: 2018, paidOn: '2018-01-05', amountCents: 12000, reference: 'facture 2018-004' },
  );
  data.registrations.push(
    registration('cooperer-leader-n1-2017', 'camille-durand', { id: 'reg-1', receivedAt: JAN_20, createdAt: JAN_20, attendance: 'present', override: 'accord de Camille Durand au 06 12 34 56 78' }),
    registration('cooperer-leader-n1-2017', 'ana-lopez', { id: 'reg-2', receivedAt: JAN_20, createdAt: JAN_20, attendance: 'absent' }),
    registration('cooperer-leader-n1-2018', 'camille-durand', { id: 'reg-3', receivedAt: '2018-01-22T10:00:00.000Z', createdAt: '2018-01-22T10:00:00.000Z' }),
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
