// What the organiser reads shows words, not the store's codes (issue 15, item 1): the brochure
// scenario read back in French; `--json` and the default CSV keep the codes.
import { describe, expect, it } from 'vitest';
import { brochureScenario } from '../helpers/brochureScenario';
import { runCli } from '../helpers/runCli';

const NOW = '2018-03-01T09:00:00.000Z';

describe('words, not codes, in French', () => {
  // One scenario for every check (a temporary store lives one test).
  it('the brochure scenario, read back', async () => {
    const store = await brochureScenario();
    const fr = (args: string[]) => runCli(args, { store, now: NOW, lang: 'fr' });

    // session show: attendance and statuses in words, a forced registration with its reason
    const shown = await fr(['session', 'show', 'cooperer-leader-n1-2018']);
    expect(shown.stdout).toMatch(/Anne Arnaud .* confirmée .* 02\/02\/2018 09:12 +présent·e/);
    expect(shown.stdout).toMatch(/Chloé Chabert .* absent·e/);
    expect(shown.stdout).toContain("en liste d'attente (Envoyée le 7 février, arrivée dans les indésirables)");
    expect(shown.stdout).not.toMatch(/\b(present|confirmed|waitlisted)\b|absent(?!·)/);

    // member show: the registration as words
    expect((await fr(['member', 'show', 'anne-arnaud'])).stdout).toContain('Inscriptions : cooperer-leader-n1-2018 (confirmée, présent·e)');

    // a walk-in in words in session show and the French spreadsheet export; the default CSV keeps the code
    const walkIn = await fr(['session', 'show', 'cooperer-leader-n1-2017']);
    expect(walkIn.stdout).toContain('confirmée (venue sans inscription)');
    expect(walkIn.stdout).not.toContain('walk-in');
    expect((await fr(['export', 'registrations', '--session', 'cooperer-leader-n1-2017', '--excel'])).stdout).toContain('venue sans inscription');
    expect((await fr(['export', 'registrations', '--session', 'cooperer-leader-n1-2017'])).stdout).toContain('walk-in');

    // days dd/MM/yyyy; backups in Paris time with French sizes
    expect((await fr(['membership', 'list'])).stdout).toMatch(/2018 +GAL Vallée de la Drôme +15\/01\/2018 +120,00 €/);
    expect((await fr(['org', 'show', 'gal-vallee-de-la-drome'])).stdout).toContain('Cotisations : 2018 (15/01/2018, 120,00 €)');
    const backups = await fr(['backup', 'list']);
    expect(backups.stdout).toContain('remplacée le (Europe/Paris)');
    expect(backups.stdout).toMatch(/16\/02\/2018 10:00 +\d+,\d Ko/);
    expect(backups.stdout).not.toMatch(/2018-02-16 09:00|KiB|Kio/);

    // session edit names the fields changed in words; the log says the same
    const edited = await fr(['session', 'edit', 'cooperer-leader-n2-2018', '--capacity', '10', '--starts', '10/10/2018 10:00', '--ends', '10/10/2018 12:00']);
    expect(edited.stdout).toBe('cooperer-leader-n2-2018 modifiée : début, fin, capacité\n');
    const log = await fr(['log', '--session', 'cooperer-leader-n2-2018']);
    expect(log.stdout).toContain('session modifiée');
    expect(log.stdout).toContain('champs : début, fin, capacité');

    // --json keeps the codes
    const json = JSON.parse((await runCli(['session', 'show', 'cooperer-leader-n1-2018', '--json'], { store, now: NOW, lang: 'fr' })).stdout);
    expect(json.registrants[0]).toMatchObject({ status: 'confirmed', attendance: 'present' });
  });
});
