import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './runCli';
import { tempDir } from './tempStore';

/** The 14 agents of the README's brochure scenario, in the order their requests arrived (Paris time). */
export const BROCHURE_AGENTS = [
  ['Anne', 'Arnaud', '02/02/2018 09:12'],
  ['Bruno', 'Blanc', '02/02/2018 09:13'],
  ['Chloé', 'Chabert', '03/02/2018 09:14'],
  ['David', 'Durand', '03/02/2018 09:15'],
  ['Émilie', 'Estève', '04/02/2018 09:16'],
  ['François', 'Faure', '04/02/2018 09:17'],
  ['Gaëlle', 'Garnier', '05/02/2018 09:18'],
  ['Hervé', 'Henry', '05/02/2018 09:19'],
  ['Isabelle', 'Imbert', '06/02/2018 09:20'],
  ['Julien', 'Jacquet', '06/02/2018 09:21'],
  ['Karine', 'Klein', '07/02/2018 09:22'],
  ['Louis', 'Lambert', '07/02/2018 09:23'],
  ['Margaux', 'Morel', '07/02/2018 23:59'],
] as const;

const email = (first: string, last: string) =>
  `${first}.${last}@gal-drome.fr`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The README's brochure scenario, run through the real commands (in-process): a GAL pays 2018,
 * 13 agents register before 8 February (the 13th waitlisted), one cancels and the 13th is
 * promoted, a late one is forced onto the waiting list; the 2017 edition's connection report is
 * imported; attendance of 15/02/2018 is recorded (2 present, 1 absent). Returns the store path.
 */
export async function brochureScenario(dir = tempDir()): Promise<string> {
  const store = join(dir, 'store.json');
  const cli = async (args: string[], now: string) => {
    const r = await runCli(args, { store, now });
    if (r.code !== 0) throw new Error(`caprural ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
    return r;
  };
  const jan = '2018-01-15T10:00:00.000Z';
  await cli(['init'], jan);
  await cli(['org', 'add', '--name', 'GAL Vallée de la Drôme', '--kind', 'GAL', '--territory', 'Drôme'], jan);
  await cli(['membership', 'pay', 'GAL Vallée de la Drôme', '--year', '2018', '--on', '15/01/2018', '--amount', '120'], jan);
  for (const [first, last] of [...BROCHURE_AGENTS, ['Paul', 'Petit'], ['Véronique', 'Bernard']]) {
    await cli(['member', 'add', '--first', first, '--last', last, '--email', email(first, last), '--org', 'gal-vallee-de-la-drome', '--role', 'agent'], jan);
  }
  const after = '2018-02-09T10:00:00.000Z';
  for (const [first, last, at] of BROCHURE_AGENTS) {
    await cli(['register', '--session', 'cooperer-leader-n1-2018', '--member', email(first, last), '--received-at', at], after);
  }
  await cli(['cancel', '--session', 'cooperer-leader-n1-2018', '--member', 'David Durand', '--yes'], after);
  await cli(
    [
      'register',
      '--session',
      'cooperer-leader-n1-2018',
      '--member',
      email('Paul', 'Petit'),
      '--received-at',
      '08/02/2018 00:00',
      '--force',
      '--reason',
      'Envoyée le 7 février, arrivée dans les indésirables',
    ],
    after,
  );
  const csv = join(dir, 'connexions-2017.csv');
  writeFileSync(csv, `email;minutes;first_name;last_name\n${email('Véronique', 'Bernard')};85;Véronique;Bernard\n`);
  await cli(['attendance', 'cooperer-leader-n1-2017', '--import', csv, '--min-minutes', '30', '--add-walk-in'], after);
  await cli(['attendance', 'cooperer-leader-n1-2018', '--present', 'anne arnaud,bruno.blanc@gal-drome.fr', '--absent', 'Chloé Chabert'], '2018-02-16T09:00:00.000Z');
  return store;
}

/** When the scenario's report is made. */
export const REPORT_NOW = '2018-03-01T09:00:00.000Z';
