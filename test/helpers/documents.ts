import type { StoreData } from '../../src/store/schema';
import { person, registration } from './people';

export const BROCHURE_SESSION = 'cooperer-leader-n1-2018';

/** The README's brochure scenario: a GAL, its 12 confirmed agents (given in registration order), one waitlisted, one cancelled. */
export const BROCHURE_PEOPLE: Array<[string, string]> = [
  ['Anne', 'Arnaud'],
  ['Bruno', 'Blanc'],
  ['Chloé', 'Chabert'],
  ['Émilie', 'Estève'],
  ['François', 'Faure'],
  ['Gaëlle', 'Garnier'],
  ['Hervé', 'Henry'],
  ['Isabelle', 'Imbert'],
  ['Julien', 'Jacquet'],
  ['Karine', "d'Artois"],
  ['Œdipe', 'Lœwy'],
  ['Margaux', 'O’Neil'],
];

export const slug = (first: string, last: string) =>
  `${first}-${last}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();

/** Adds a person of the GAL, registered to `session` with `extra` (confirmed by default). */
export function addRegistrant(data: StoreData, session: string, first: string, last: string, n: number, extra: Parameters<typeof registration>[2] = {}): string {
  const id = slug(first, last);
  if (!data.members.some((m) => m.id === id)) {
    data.members.push(person(id, first, last, { email: `${id}@gal-drome.fr`, organisationId: 'gal-vallee-de-la-drome', createdAt: '2018-01-02T09:00:00.000Z' }));
  }
  const received = new Date(Date.UTC(2018, 1, 1, 8, n)).toISOString();
  data.registrations.push(registration(session, id, { id: `reg-${data.registrations.length + 1}`, receivedAt: received, createdAt: received, ...extra }));
  return id;
}

export function seedBrochureScenario(data: StoreData): void {
  data.organisations.push({ id: 'gal-vallee-de-la-drome', name: 'GAL Vallée de la Drôme', kind: 'GAL', territory: 'Drôme' });
  data.memberships.push({ id: 'cot-1', organisationId: 'gal-vallee-de-la-drome', memberId: null, year: 2018, paidOn: '2018-01-15', amountCents: 12000, reference: null });
  BROCHURE_PEOPLE.forEach(([first, last], i) => addRegistrant(data, BROCHURE_SESSION, first, last, i));
  addRegistrant(data, BROCHURE_SESSION, 'Paul', 'Petit', 20, { status: 'waitlisted' });
  addRegistrant(data, BROCHURE_SESSION, 'David', 'Durand', 21, { status: 'cancelled', cancelledAt: '2018-02-05T10:00:00.000Z' });
}
