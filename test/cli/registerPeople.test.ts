// Issue 13, item 8: creating people at a terminal during `register` (and `member add`): the best
// match is highlighted, a namesake is shown before another is created, a person typed in is kept
// when a rule refuses the registration and the fix the refusal gives works.
import { screen } from '@inquirer/testing/vitest';
import { until } from '../helpers/screen';
import { describe, expect, it } from 'vitest';
import { gexStore } from '../helpers/gexStore';
import { flat } from '../helpers/terminalText';
import { runCli } from '../helpers/runCli';
import { bytesOf } from '../helpers/tempStore';

const NOW = '2018-02-05T10:00:00.000Z';
const N1 = 'cooperer-leader-n1-2018';

const store = () => gexStore(NOW, [['Véronique', 'Bernard', 'vb@gex.fr']]);

describe('people at the register prompt', () => {
  it('"veron" then Enter registers Véronique: the best match is highlighted, not "+ Create"', async () => {
    const path = await store();
    const running = runCli(['register', '--session', N1], { store: path, now: NOW, tty: true });
    await until('Person');
    screen.type('veron');
    await until('Véronique Bernard <vb@gex.fr>');
    expect(screen.getScreen()).toMatch(/❯ Véronique Bernard/);
    screen.keypress('enter');
    await until('Record this registration?');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Véronique Bernard is registered for cooperer-leader-n1-2018: confirmed (reg-1).');
  });

  it('"+ Create" with the name of an existing person shows them and offers them first', async () => {
    const path = await store();
    const running = runCli(['register', '--session', N1], { store: path, now: NOW, tty: true });
    await until('Person');
    screen.keypress('enter'); // nothing typed: "+ Create a new person" is first
    await until('First name');
    screen.type('Veronique');
    screen.keypress('enter');
    await until('Last name');
    screen.type('BERNARD');
    screen.keypress('enter');
    await until('Register one of them, or create another Veronique BERNARD?');
    expect(screen.getScreen()).toMatch(/❯ Véronique Bernard <vb@gex.fr> — GAL du Pays de Gex \(veronique-bernard\)/);
    screen.keypress('enter');
    await until('Record this registration?');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('A person named Veronique BERNARD already exists:');
    expect(r.stdout).toContain('Véronique Bernard is registered');
    const people = JSON.parse((await runCli(['member', 'list', '--json'], { store: path, now: NOW })).stdout);
    expect(people).toHaveLength(1);
  });

  it('a person typed in is kept when a rule refuses the registration, and the fix given works', async () => {
    const path = await store();
    const running = runCli(['register', '--session', N1], { store: path, now: NOW, tty: true });
    await until('Person');
    screen.type('lea nouvelle');
    await until('Create a new person');
    screen.keypress('enter'); // nobody matches: "+ Create" is the only choice
    await until('First name');
    screen.type('Léa');
    screen.keypress('enter');
    await until('Last name');
    screen.type('Nouvelle');
    screen.keypress('enter');
    await until('E-mail');
    screen.type('lea@ailleurs.fr');
    screen.keypress('enter');
    await until('Phone');
    screen.keypress('enter');
    await until('Organisation');
    screen.keypress('enter'); // none: she has no cotisation
    await until('Roles');
    screen.keypress('space');
    screen.keypress('enter');
    await until('Override these refusals with a reason?');
    screen.keypress('enter'); // no
    const r = await running;
    expect(r.code).toBe(1);
    expect(flat(r.stderr)).toContain('Cotisation (R3): no 2018 cotisation paid by Léa Nouvelle or their organisation. Record it with: caprural membership pay lea-nouvelle --year 2018');
    // Said once, and never "nothing was written": the person typed in is kept.
    expect(r.stderr).not.toContain('nothing was written');
    expect(r.stderr.match(/Cotisation \(R3\)/g)).toHaveLength(1);
    expect(flat(r.stderr).match(/Registration of Léa Nouvelle for cooperer-leader-n1-2018 refused/g)).toHaveLength(2); // before the question, then the outcome
    expect(flat(r.stderr)).toContain('Registration of Léa Nouvelle for cooperer-leader-n1-2018 refused; Léa Nouvelle is kept in the people list (id lea-nouvelle), without the registration.');
    expect(flat(r.stderr)).toContain('Once the cotisation is paid (or the refusal fixed): caprural register --session cooperer-leader-n1-2018 --member lea-nouvelle');
    const cli = (args: string[]) => runCli(args, { store: path, now: NOW });
    expect((await cli(['member', 'show', 'lea-nouvelle'])).code).toBe(0);
    expect((await cli(['membership', 'pay', 'lea-nouvelle', '--year', '2018'])).code).toBe(0);
    const again = await cli(['register', '--session', N1, '--member', 'lea-nouvelle']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Léa Nouvelle is registered');
  });

  it('member add: a namesake is shown and, declined, nothing is written', async () => {
    const path = await store();
    const before = bytesOf(path);
    const running = runCli(['member', 'add'], { store: path, now: NOW, tty: true });
    await until('First name');
    screen.type('véronique');
    screen.keypress('enter');
    await until('Last name');
    screen.type('Bernard');
    screen.keypress('enter');
    await until('Create another person named véronique Bernard anyway?');
    screen.keypress('enter'); // default: no
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Véronique Bernard <vb@gex.fr> — GAL du Pays de Gex (veronique-bernard)');
    expect(r.stderr).toContain('Not recorded; nothing was written.');
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  it('member add with every flag at a terminal: the namesake is still shown and, declined, nothing is written', async () => {
    const path = await store();
    const before = bytesOf(path);
    const running = runCli(['member', 'add', '--first', 'Véronique', '--last', 'Bernard', '--email', 'v.bernard@example.fr'], { store: path, now: NOW, tty: true });
    await until('Create another person named Véronique Bernard anyway?');
    screen.keypress('enter'); // default: no
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('(veronique-bernard)');
    expect(r.stderr).toContain('Not recorded; nothing was written.');
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  it('member add with every flag without a terminal never asks: a namesake is added as before', async () => {
    const path = await store();
    const r = await runCli(['member', 'add', '--first', 'Véronique', '--last', 'Bernard', '--email', 'v.bernard@example.fr'], { store: path, now: NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('veronique-bernard-2');
  });
});
