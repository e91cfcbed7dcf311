// The cancel picker offers an erased person's registration: cancelling it frees the seat that
// person still holds, the one thing done in their name that adds nothing (QA6 O). Other pickers never offer it.
// Import the screen before the CLI so that the prompts are wrapped.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { person, registration, seedWith } from '../helpers/people';
import { runCli } from '../helpers/runCli';
import { until } from '../helpers/screen';
import { tempDeps } from '../helpers/tempStore';

const N1 = 'cooperer-leader-n1-2018';
const NOW = '2018-02-01T10:00:00.000Z';

describe('cancel at a terminal', () => {
  it('offers the erased person among the registrants, and cancels their registration', async () => {
    const deps = await tempDeps({
      now: NOW,
      seed: seedWith([person('ana-lopez', 'Ana', 'Lopez'), person('camille-durand', 'Camille', 'Durand')], [registration(N1, 'ana-lopez'), registration(N1, 'camille-durand')]),
    });
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store: deps.path, now: NOW })).code).toBe(0);
    const running = runCli(['cancel', '--session', N1], { store: deps.path, now: NOW, tty: true, lang: 'fr' });
    await until('Quelle personne ? (tapez un nom ou un e-mail)');
    expect(screen.getScreen()).toContain('(anonyme-1)');
    expect(screen.getScreen()).toContain('(ana-lopez)');
    screen.type('anonyme');
    await until('❯ Anonyme Anonyme');
    screen.keypress('enter');
    await until(`à ${N1} ? (o/N)`);
    screen.type('o');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    const statuses = Object.fromEntries((await deps.store.read()).registrations.map((x) => [x.memberId, x.status]));
    expect(statuses).toEqual({ 'ana-lopez': 'confirmed', 'anonyme-1': 'cancelled' });
  });
});
