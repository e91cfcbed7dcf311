// The brochure's scenario for caprural mail: a GAL that paid its 2018 cotisation and 14 of its
// agents (anne@gal.fr, bruno@gal.fr, …), registered through the real register use case.
import { register } from '../../src/app/registrations';
import type { Deps } from '../../src/app/deps';
import type { StoreData } from '../../src/store/schema';
import { tempDeps } from './tempStore';
import { person } from './people';

export const N1 = 'cooperer-leader-n1-2018';
export const FIRST = ['Anne', 'Bruno', 'Chloé', 'David', 'Émilie', 'François', 'Gaëlle', 'Hervé', 'Isabelle', 'Julien', 'Karine', 'Louis', 'Margaux', 'Paul'];
export const emailOf = (first: string) => `${first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}@gal.fr`;

export function seedGal(data: StoreData, count = FIRST.length): void {
  data.organisations.push({ id: 'gal-drome', name: 'GAL Vallée de la Drôme', kind: 'GAL', territory: 'Drôme' });
  data.memberships.push({ id: 'cot-1', organisationId: 'gal-drome', memberId: null, year: 2018, paidOn: '2018-01-15', amountCents: 12000, reference: null });
  for (const first of FIRST.slice(0, count)) {
    const id = `${first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}-durand`;
    data.members.push(person(id, first, 'Durand', { email: emailOf(first), organisationId: 'gal-drome', createdAt: '2018-01-02T09:00:00.000Z' }));
  }
}

/** A store with the catalogue and the GAL; the clock says `now` (default 7 February 2018, 13:00 in Paris). */
export async function galDeps(now = '2018-02-07T12:00:00.000Z', count?: number): Promise<Deps & { path: string }> {
  return tempDeps({ now, seed: (data) => seedGal(data, count) });
}

/** Registers the first `count` agents for N1, one minute apart from 2 February 09:00 (Paris). */
export async function registerAgents(deps: Deps, count: number, options: { notify?: boolean } = {}): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const minute = String(i).padStart(2, '0');
    await register(deps, { session: N1, member: emailOf(FIRST[i]!), receivedAt: `02/02/2018 09:${minute}`, notify: options.notify });
  }
}
