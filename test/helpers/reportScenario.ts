// The webconference of the shared samples (../shared/samples/connection-reports/README): the
// session cooperer-leader-n1-2018 and its six registrants, as the reports of every tool describe it.
import { join } from 'node:path';
import { person, registration, seedWith } from './people';
import { tempDeps } from './tempStore';

export const N1_2018 = 'cooperer-leader-n1-2018';
export const AFTER_SESSION = '2018-02-15T12:00:00.000Z';

export const REGISTRANTS = [
  person('veronique-bernard', 'Véronique', 'Bernard', { email: 'veronique.bernard@gal-drome.fr' }),
  person('jean-edouard-d-artois', 'Jean-Édouard', "d'Artois", { email: 'je.dartois@gal-drome.fr' }),
  person('zoe-lefevre-unal', 'Zoë', 'Lefèvre-Ünal', { email: 'zoe.lefevre-unal@gal-drome.fr' }),
  person('helene-dupre-saint-cyr', 'Hélène', 'Dupré-Saint-Cyr', { email: 'helene.dupre@baronnies.fr' }),
  person('francois-oeuvray', 'François', 'Œuvray', { email: 'francois.oeuvray@aubenas.fr' }),
  person('bruno-blanc', 'Bruno', 'Blanc', { email: 'bruno.blanc@gal-drome.fr' }),
];

/** What every report of the scenario gives with --min-minutes 45, by member id. */
export const EXPECTED = {
  'bruno-blanc': 'absent',
  'francois-oeuvray': 'present',
  'helene-dupre-saint-cyr': 'present',
  'jean-edouard-d-artois': 'absent',
  'veronique-bernard': 'present',
  'zoe-lefevre-unal': 'present',
} as const;

/** A store with the catalogue and the six registrants (confirmed, nothing recorded yet). */
export function scenarioStore(extra: { members?: ReturnType<typeof person>[] } = {}) {
  return tempDeps({
    now: AFTER_SESSION,
    seed: seedWith(
      [...REGISTRANTS, ...(extra.members ?? [])],
      REGISTRANTS.map((m, i) => registration(N1_2018, m.id, { id: `reg-${i + 1}`, receivedAt: `2018-01-0${i + 1}T09:00:00.000Z` })),
    ),
  });
}

/** A fixture of test/fixtures/connection-reports/. */
export const report = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'connection-reports', name);
