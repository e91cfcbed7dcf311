// cancel, session cancel and an --output over an existing file ask first at a terminal (default
// No); scripts pass --yes; without a terminal the refusal names the flag, exit 2, nothing changed
// (issue 15, item 5). Import the screen before the CLI so that the prompts are wrapped.
import { screen } from '@inquirer/testing/vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gexStore } from '../helpers/gexStore';
import { runCli } from '../helpers/runCli';
import { until } from '../helpers/screen';
import { bytesOf, tempDir } from '../helpers/tempStore';

const NOW = '2018-02-05T10:00:00.000Z';
const N1 = 'cooperer-leader-n1-2018';

const store = () => gexStore(NOW, [['Anne-Sophie', 'Bernard', 'asb@gex.fr']], ['asb@gex.fr']);

const status = async (path: string) => JSON.parse((await runCli(['session', 'show', N1, '--json'], { store: path, now: NOW })).stdout).registrants[0].status;

describe('cancel', () => {
  it('at a terminal: names who and which session; Enter is No: nothing changed', async () => {
    const path = await store();
    const before = bytesOf(path);
    const running = runCli(['cancel', '--session', N1, '--member', 'asb@gex.fr'], { store: path, now: NOW, tty: true, lang: 'fr' });
    await until(`Annuler l'inscription d'Anne-Sophie Bernard à ${N1} ? (o/N)`);
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Non confirmé ; rien n'a été modifié.");
    expect(r.stdout).toBe('');
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  it('at a terminal: "oui" cancels', async () => {
    const path = await store();
    const running = runCli(['cancel', '--session', N1, '--member', 'asb@gex.fr'], { store: path, now: NOW, tty: true, lang: 'fr' });
    await until("Annuler l'inscription");
    screen.type('oui');
    screen.keypress('enter');
    expect((await running).code).toBe(0);
    expect(await status(path)).toBe('cancelled');
  });

  it('without a terminal, or with --no-input: refused, naming --yes (exit 2), store unchanged; --yes cancels', async () => {
    const path = await store();
    const before = bytesOf(path);
    for (const [args, tty] of [
      [['cancel', '--session', N1, '--member', 'asb@gex.fr'], false],
      [['--no-input', 'cancel', '--session', N1, '--member', 'asb@gex.fr'], true],
    ] as const) {
      const r = await runCli([...args], { store: path, now: NOW, tty, lang: 'fr' });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Ajoutez --yes pour confirmer.');
      expect(bytesOf(path).equals(before)).toBe(true);
    }
    expect((await runCli(['cancel', '--session', N1, '--member', 'asb@gex.fr', '--yes'], { store: path, now: NOW })).code).toBe(0);
    expect(await status(path)).toBe('cancelled');
  });

  it('at a terminal without --session and --member: a session with registrations, then one of its registrants, then the question', async () => {
    const path = await store();
    const running = runCli(['cancel'], { store: path, now: NOW, tty: true });
    await until('Which session?');
    // Only the sessions someone is registered for.
    expect(screen.getScreen()).toContain(N1);
    expect(screen.getScreen()).not.toContain('cooperer-leader-n2-2018');
    screen.keypress('enter');
    await until('Which person?');
    expect(screen.getScreen()).toContain('Anne-Sophie Bernard <asb@gex.fr>');
    screen.keypress('enter');
    await until(`Cancel the registration of Anne-Sophie Bernard for ${N1}? (y/N)`);
    screen.type('y');
    screen.keypress('enter');
    expect((await running).code).toBe(0);
    expect(await status(path)).toBe('cancelled');
  });

  it('a wrong person or no registration is said first, not hidden behind --yes', async () => {
    const path = await store();
    const r = await runCli(['cancel', '--session', 'cooperer-leader-n2-2018', '--member', 'asb@gex.fr'], { store: path, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Anne-Sophie Bernard');
    expect(r.stderr).not.toContain('--yes');
  });
});

describe('session cancel', () => {
  it('at a terminal: says how many registrations go with it; No keeps it; without a terminal --yes is needed', async () => {
    const path = await store();
    const before = bytesOf(path);
    const running = runCli(['session', 'cancel', N1], { store: path, now: NOW, tty: true, lang: 'fr' });
    await until(`Annuler la session ${N1} et son inscription ? (o/N)`);
    screen.type('n');
    screen.keypress('enter');
    expect((await running).code).toBe(0);
    expect(bytesOf(path).equals(before)).toBe(true);
    const script = await runCli(['session', 'cancel', N1], { store: path, now: NOW });
    expect(script.code).toBe(2);
    expect(script.stderr).toContain('Add --yes to confirm.');
    expect(bytesOf(path).equals(before)).toBe(true);
    const yes = await runCli(['session', 'cancel', N1, '--yes', '--json'], { store: path, now: NOW });
    expect(yes.code).toBe(0);
    expect(JSON.parse(yes.stdout)).toMatchObject({ id: N1, status: 'cancelled' });
  });
});

describe('--output over an existing file', () => {
  it('export: a new file is written without a question; an existing one is asked about (No keeps it), refused without a terminal, replaced with --yes', async () => {
    const path = await store();
    const file = join(tempDir(), 'membres.csv');
    expect((await runCli(['export', 'members', '--output', file], { store: path, now: NOW })).code).toBe(0);
    const first = readFileSync(file, 'utf8');
    writeFileSync(file, 'to keep');

    const running = runCli(['export', 'members', '--output', file], { store: path, now: NOW, tty: true, lang: 'fr' });
    await until(`${file} existe déjà : le remplacer ? (o/N)`);
    screen.keypress('enter');
    expect((await running).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('to keep');

    const script = await runCli(['export', 'members', '--output', file], { store: path, now: NOW, lang: 'fr' });
    expect(script.code).toBe(2);
    expect(script.stderr).toContain('Ajoutez --yes pour le remplacer, ou choisissez un autre --output.');
    expect(readFileSync(file, 'utf8')).toBe('to keep');

    expect((await runCli(['export', 'members', '--output', file, '--yes'], { store: path, now: NOW })).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(first);
  });

  it('report: the same question, "o" replaces the file', async () => {
    const path = await store();
    const file = join(tempDir(), 'bilan.json');
    writeFileSync(file, 'old');
    const running = runCli(['report', '--year', '2018', '--format', 'json', '--output', file], { store: path, now: NOW, tty: true, lang: 'fr' });
    await until('existe déjà : le remplacer ?');
    screen.type('o');
    screen.keypress('enter');
    expect((await running).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ scope: { year: 2018 } });
  });
});
