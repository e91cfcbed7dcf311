// The prompt path, driven keystroke by keystroke: it must reach the same rules as the flags.
import { screen } from '@inquirer/testing/vitest';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

async function storeWithOrg() {
  const store = join(tempDir(), 'store.json');
  await runCli(['init'], { store });
  await runCli(['org', 'add', '--name', 'GAL du Pays de Gex', '--kind', 'GAL'], { store });
  await runCli(['member', 'add', '--first', 'Ana', '--last', 'Lopez', '--email', 'ana@x.fr'], { store });
  return store;
}

describe('member add at a terminal', () => {
  it('asks for what flags left out, re-asks on an invalid or taken e-mail, then stores the person', async () => {
    const store = await storeWithOrg();
    const result = runCli(['member', 'add', '--first', 'Véronique', '--json'], { store, tty: true });
    await screen.next();
    expect(screen.getScreen()).toContain('Last name');
    screen.type('Bernard');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('E-mail');
    screen.type('not-an-email');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Invalid e-mail');
    for (let i = 0; i < 'not-an-email'.length; i += 1) screen.keypress('backspace');
    screen.type('ANA@x.fr');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('already used by ana-lopez');
    for (let i = 0; i < 'ANA@x.fr'.length; i += 1) screen.keypress('backspace');
    screen.type('vb@x.fr');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Phone');
    screen.type('0472724976');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Organisation');
    screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Roles');
    screen.keypress('space');
    screen.keypress('enter');
    const r = await result;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      id: 'veronique-bernard',
      lastName: 'Bernard',
      email: 'vb@x.fr',
      phone: '04 72 72 49 76',
      organisationId: 'gal-du-pays-de-gex',
      roles: ['agent'],
    });
  });

  it('exits 130 and changes nothing when the user presses Ctrl-C', async () => {
    const store = await storeWithOrg();
    const before = bytesOf(store);
    const result = runCli(['org', 'add'], { store, tty: true });
    await screen.next();
    expect(screen.getScreen()).toContain('Organisation name');
    screen.keypress({ name: 'c', ctrl: true });
    const r = await result;
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('Interrupted');
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('does not prompt with --no-input even at a terminal', async () => {
    const store = await storeWithOrg();
    const r = await runCli(['--no-input', 'member', 'add', '--first', 'A'], { store, tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Missing --last');
  });
});
