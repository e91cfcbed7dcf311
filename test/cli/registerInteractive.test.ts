// The interactive path: prompts driven through @inquirer/testing's screen, the CLI run in-process
// as at a terminal. Import the screen before the CLI so that the prompts are wrapped.
import { screen } from '@inquirer/testing/vitest';
import { until } from '../helpers/screen';
import { describe, expect, it } from 'vitest';
import { gexStore } from '../helpers/gexStore';
import { flat } from '../helpers/terminalText';
import { runCli } from '../helpers/runCli';
import { bytesOf } from '../helpers/tempStore';

const NOW = '2018-02-05T10:00:00.000Z';

const store = () =>
  gexStore(NOW, [
    ['Véronique', 'Bernard', 'vb@gex.fr'],
    ['Jean', 'Dupont', 'jd@gex.fr'],
  ]);

describe('caprural register at a terminal', () => {
  it('picks an open session, searches a person by name, shows the checks, confirms, and registers with the same engine', async () => {
    const path = await store();
    const running = runCli(['register'], { store: path, now: NOW, tty: true });
    await until('Session');
    // Only open sessions are offered, with seats left and deadline.
    expect(screen.getScreen()).toContain('cooperer-leader-n1-2018) — 12 seats left, closes 2018-02-08 00:00');
    expect(screen.getScreen()).not.toContain('cooperer-leader-n2-2018');
    screen.keypress('enter');
    await until('Person');
    screen.type('veronique');
    await until('Véronique Bernard <vb@gex.fr>');
    // The best match is highlighted, not "+ Create a new person" (now last): Enter takes it.
    expect(screen.getScreen()).toMatch(/❯ Véronique Bernard <vb@gex.fr>[\s\S]*Create a new person/);
    screen.keypress('enter');
    await until('Record this registration?');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Registration of Véronique Bernard for cooperer-leader-n1-2018:');
    expect(r.stdout).toContain('Véronique Bernard is registered for cooperer-leader-n1-2018: confirmed (reg-1).');
    const log = JSON.parse((await runCli(['log', '--json'], { store: path, now: NOW })).stdout);
    expect(log.at(-1)).toMatchObject({ action: 'registration.add', target: 'reg-1', details: { member: 'veronique-bernard' } });
  });

  it('creates a new person with the same checks as member add, in the same write', async () => {
    const path = await store();
    const running = runCli(['register', '--session', 'cooperer-leader-n1-2018'], { store: path, now: NOW, tty: true });
    await until('Person');
    screen.keypress('enter'); // "+ Create a new person"
    await until('First name');
    screen.type('Léa');
    screen.keypress('enter');
    await until('Last name');
    screen.type('Nouvelle');
    screen.keypress('enter');
    await until('E-mail');
    screen.type('jd@gex.fr'); // taken: refused by the same validation as member add
    screen.keypress('enter');
    await until('already used by jean-dupont');
    for (let i = 0; i < 'jd@gex.fr'.length; i += 1) screen.keypress('backspace');
    screen.type('lea@gex.fr');
    screen.keypress('enter');
    await until('Phone');
    screen.keypress('enter');
    await until('Organisation');
    screen.keypress('down');
    screen.keypress('enter');
    await until('Roles');
    screen.keypress('space');
    screen.keypress('enter');
    await until('Record this registration?');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('new person, created with the registration (lea@gex.fr)');
    expect(r.stdout).toContain('Léa Nouvelle is registered for cooperer-leader-n1-2018: confirmed (reg-1).');
  });

  it('declining the confirmation writes nothing; Ctrl-C exits 130 and writes nothing', async () => {
    const path = await store();
    const before = bytesOf(path);
    const direct = runCli(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'jd@gex.fr'], { store: path, now: NOW, tty: true });
    // --member and --session given: no prompt at all, so this registers directly.
    expect((await direct).code).toBe(0);
    const after = bytesOf(path);
    expect(after.equals(before)).toBe(false);

    const running = runCli(['register', '--session', 'cooperer-leader-n1-2018'], { store: path, now: NOW, tty: true });
    await until('Person');
    screen.type('vb@');
    await until('Véronique Bernard');
    screen.keypress('enter');
    await until('Record this registration?');
    screen.type('n');
    screen.keypress('enter');
    const no = await running;
    expect(no.code).toBe(0);
    expect(no.stderr).toContain('Not recorded; nothing was written.');
    expect(bytesOf(path).equals(after)).toBe(true);

    const interrupted = runCli(['register'], { store: path, now: NOW, tty: true });
    await until('Session');
    screen.keypress({ name: 'c', ctrl: true });
    const r = await interrupted;
    expect(r.code).toBe(130);
    expect(bytesOf(path).equals(after)).toBe(true);
  });

  it('shows refusals and offers the override with a reason (R8)', async () => {
    const path = await store();
    const running = runCli(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'vb@gex.fr'], { store: path, now: NOW, tty: true });
    expect((await running).code).toBe(0);
    const again = runCli(['register', '--session', 'cooperer-leader-n1-2018'], { store: path, now: NOW, tty: true });
    await until('Person');
    screen.type('Bernard');
    await until('Véronique Bernard');
    screen.keypress('enter');
    await until('Override these refusals with a reason?');
    screen.type('y');
    screen.keypress('enter');
    await until('Reason for the override');
    screen.type('Second seat for a colleague, agreed by phone');
    screen.keypress('enter');
    await until('Record this registration?');
    screen.keypress('enter');
    const r = await again;
    expect(r.code).toBe(0);
    expect(flat(r.stderr)).toContain('Duplicate (R5): Véronique Bernard is already registered');
    expect(flat(r.stderr)).toContain('Override of duplicate (R5) recorded: "Second seat for a colleague, agreed by phone".');
  });
});
