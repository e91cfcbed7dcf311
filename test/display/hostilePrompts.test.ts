// Issue 12, item 1, the prompts: questions and choices built from stored values are escaped.
// Import the screen before the CLI so that the prompts are wrapped.
import { screen } from '@inquirer/testing/vitest';
import { until } from '../helpers/screen';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoreData } from '../../src/store/index';
import { runCli } from '../helpers/runCli';
import { person, registration } from '../helpers/people';
import { tempDir, trustedSeed } from '../helpers/tempStore';

const H = '\x1b]52;c;Y3VybCBldmlsLnNofHNo\x07\x1b[2J\u009b31m\u202e\u2066\b\b\u200b\u00ad\ufeff\x7f';
// Pieces of H that must never reach the screen raw (inquirer's own CSI sequences are allowed).
const FRAGMENTS = ['\x1b]52', '\x07', '\x1b[2J', '\u009b', '\u202e', '\u2066', '\b', '\u200b', '\u00ad', '\ufeff', '\x7f'];

function expectNoHostileFragment(raw: string): void {
  for (const f of FRAGMENTS) expect(raw.includes(f), `U+${f.codePointAt(0)!.toString(16)} on screen`).toBe(false);
}

/** The env under which caprural trusts the store (hostile e-mails no command would store: a hand-made store would be refused by changes). */
let trustEnv: Record<string, string> = {};
async function hostileStore(): Promise<string> {
  const store = join(tempDir(), 'store.json');
  await runCli(['init'], { store });
  trustEnv = await trustedSeed(store, (data: StoreData) => {
    data.organisations.push({ id: 'gal-h', name: `GAL ${H}`, kind: 'GAL', territory: null });
    data.members.push(person('ana-lopez', `Ana${H}`, 'Lopez', { email: `ana${H}@x.fr`, organisationId: 'gal-h', createdAt: '2017-01-02T09:00:00.000Z' }));
    data.sessions.find((s) => s.id === 'cooperer-leader-n1-2018')!.title = `Coopérer ${H}`;
    data.registrations.push(registration('cooperer-leader-n1-2018', 'ana-lopez', { id: 'reg-h1', receivedAt: '2018-01-20T09:00:00.000Z', createdAt: '2018-01-20T09:00:00.000Z' }));
  });
  return store;
}

describe('prompts show stored values escaped', () => {
  it('register: the session choices and the person search', async () => {
    const store = await hostileStore();
    const running = runCli(['register'], { store, tty: true });
    await until('Session');
    expect(screen.getScreen()).toContain('Coopérer \\e]52;c;Y3VybCBldmlsLnNofHNo\\a');
    expectNoHostileFragment(screen.getScreen({ raw: true }));
    screen.keypress('enter');
    await until('Person');
    screen.type('ana');
    await until('ana\\e]52');
    expectNoHostileFragment(screen.getScreen({ raw: true }));
    screen.keypress({ name: 'c', ctrl: true });
    const r = await running;
    expect(r.code).toBe(130);
    expectNoHostileFragment(await screen.getFullOutput({ raw: true }));
  });

  it('member add: the organisation choices', async () => {
    const store = await hostileStore();
    const running = runCli(['member', 'add', '--first', 'Zoé', '--last', 'Martin', '--phone', '0472724976'], { store, tty: true });
    await until('E-mail');
    screen.type('zoe@x.fr');
    screen.keypress('enter');
    await until('Organisation');
    expect(screen.getScreen()).toContain('GAL \\e]52;c;');
    expectNoHostileFragment(screen.getScreen({ raw: true }));
    screen.keypress({ name: 'c', ctrl: true });
    expect((await running).code).toBe(130);
  });

  it('attendance: the checklist of registrants', async () => {
    const store = await hostileStore();
    const running = runCli(['attendance', 'cooperer-leader-n1-2018'], { store, tty: true, now: '2018-02-16T10:00:00.000Z' });
    await until('Lopez');
    expect(screen.getScreen()).toContain('Ana\\e]52;c;');
    expectNoHostileFragment(screen.getScreen({ raw: true }));
    screen.keypress({ name: 'c', ctrl: true });
    expect((await running).code).toBe(130);
  });
  it('a session chosen for session show, a person among namesakes, a confirmation: escaped too', async () => {
    const store = await hostileStore();
    let running = runCli(['session', 'show'], { store, tty: true });
    await until('Which session?');
    expect(screen.getScreen()).toContain('Coopérer \\e]52;c;');
    expectNoHostileFragment(screen.getScreen({ raw: true }));
    screen.keypress({ name: 'c', ctrl: true });
    expect((await running).code).toBe(130);

    await runCli(['member', 'add', '--first', 'Bea', '--last', 'Lopez', '--email', 'bea@x.fr', '--org', 'gal-h'], { store, env: trustEnv });
    running = runCli(['member', 'show', 'Lopez'], { store, tty: true });
    await until('which one?');
    expect(screen.getScreen()).toContain('GAL \\e]52;c;');
    expectNoHostileFragment(screen.getScreen({ raw: true }));
    screen.keypress({ name: 'c', ctrl: true });
    expect((await running).code).toBe(130);

    running = runCli(['cancel', '--session', 'cooperer-leader-n1-2018', '--member', 'ana-lopez'], { store, tty: true, env: trustEnv });
    await until('Cancel the registration of Ana');
    expectNoHostileFragment(screen.getScreen({ raw: true }));
    screen.keypress('enter');
    expect((await running).code).toBe(0);
  });
});
