import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { person, registration, seedWith } from '../helpers/people';
import { runCli } from '../helpers/runCli';
import { flat } from '../helpers/terminalText';
import { bytesOf, tempDeps } from '../helpers/tempStore';

/** What a terminal showed, as one line: colours out, the wrapping on words undone. */

const N1_2018 = 'cooperer-leader-n1-2018';
const AFTER = '2018-02-15T12:00:00.000Z';

async function store(now = AFTER) {
  const deps = await tempDeps({
    now,
    seed: seedWith(
      [person('veronique-bernard', 'Véronique', 'Bernard'), person('paul-bernard', 'Paul', 'Bernard'), person('ana-lopez', 'Ana', 'Lopez')],
      [
        registration(N1_2018, 'veronique-bernard', { id: 'reg-1', receivedAt: '2018-01-05T09:00:00.000Z' }),
        registration(N1_2018, 'paul-bernard', { id: 'reg-2', receivedAt: '2018-01-06T09:00:00.000Z' }),
        registration(N1_2018, 'ana-lopez', { id: 'reg-3', receivedAt: '2018-01-07T09:00:00.000Z', status: 'cancelled' }),
      ],
    ),
  });
  return deps;
}

describe('caprural attendance at a terminal: the checklist', () => {
  it('lists the confirmed registrants by last name, unticked when nothing is recorded; shows the changes, then records them', async () => {
    const deps = await store();
    const pending = runCli(['attendance', N1_2018], { store: deps.path, now: AFTER, tty: true });
    await screen.next();
    const list = screen.getScreen();
    expect(list).toContain(`Who attended ${N1_2018}?`);
    // Paul before Véronique: last name, then first name (as on the attendance sheet), not order of receipt
    expect(list).toMatch(/◯ Paul Bernard <paul-bernard@example.fr>[\s\S]*◯ Véronique Bernard/);
    expect(list).not.toContain('◉');
    expect(list).not.toContain('Ana Lopez'); // cancelled: not on the list
    screen.keypress('down');
    screen.keypress('space'); // ticks Véronique
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Record these changes? (Y/n)');
    screen.keypress('enter');
    const r = await pending;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2 changes:\n  Paul Bernard: not recorded → absent\n  Véronique Bernard: not recorded → present');
    expect(r.stdout).toContain(`Attendance of ${N1_2018}: 1 present, 1 absent, 0 not recorded.`);
    const data = await deps.store.read({ log: true });
    expect(data.registrations.map((x) => [x.id, x.attendance])).toEqual([
      ['reg-1', 'present'],
      ['reg-2', 'absent'],
      ['reg-3', null],
    ]);
    expect(data.log.at(-1)).toMatchObject({ action: 'attendance.record', details: { source: 'checklist' } });
  });

  it('re-opened, it shows what was recorded ticked; confirming it unchanged writes nothing and asks nothing more', async () => {
    const deps = await store();
    expect((await runCli(['attendance', N1_2018, '--present', 'veronique-bernard', '--absent', 'paul-bernard'], { store: deps.path, now: AFTER })).code).toBe(0);
    const before = bytesOf(deps.path);
    const pending = runCli(['attendance', N1_2018], { store: deps.path, now: AFTER, tty: true });
    await screen.next();
    expect(screen.getScreen()).toMatch(/◯ Paul Bernard[\s\S]*◉ Véronique Bernard/);
    screen.keypress('enter');
    const r = await pending;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Nothing changed; nothing was written.');
    expect(r.stderr).not.toContain('Record these');
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('when someone present would become absent, only that change is shown and the confirmation defaults to No', async () => {
    const deps = await store();
    expect((await runCli(['attendance', N1_2018, '--present', 'veronique-bernard,paul-bernard'], { store: deps.path, now: AFTER })).code).toBe(0);
    const before = bytesOf(deps.path);
    const pending = runCli(['attendance', N1_2018], { store: deps.path, now: AFTER, tty: true });
    await screen.next();
    expect(screen.getScreen()).toMatch(/◉ Paul Bernard[\s\S]*◉ Véronique Bernard/);
    screen.keypress('down');
    screen.keypress('space'); // unticks Véronique
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Someone recorded present would become absent. Record these changes? (y/N)');
    screen.keypress('enter'); // the default: No
    const r = await pending;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 change:\n  Véronique Bernard: present → absent');
    expect(r.stderr).not.toContain('Paul Bernard:');
    expect(r.stderr).toContain('Nothing recorded.');
    expect(bytesOf(deps.path).equals(before)).toBe(true);

    // answering yes records that one change only
    const again = runCli(['attendance', N1_2018], { store: deps.path, now: AFTER, tty: true });
    await screen.next();
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await screen.next();
    screen.type('y');
    screen.keypress('enter');
    expect((await again).code).toBe(0);
    const data = await deps.store.read({ log: true });
    expect(data.registrations.map((x) => [x.id, x.attendance])).toEqual([
      ['reg-1', 'absent'],
      ['reg-2', 'present'],
      ['reg-3', null],
    ]);
    expect(data.log.at(-1)).toMatchObject({ details: { source: 'checklist', changes: [{ memberId: 'veronique-bernard', from: 'present', to: 'absent' }] } });
  });

  it('declining the confirmation writes nothing', async () => {
    const deps = await store();
    const before = bytesOf(deps.path);
    const pending = runCli(['attendance', N1_2018], { store: deps.path, now: AFTER, tty: true });
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    screen.type('n');
    screen.keypress('enter');
    const r = await pending;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Nothing recorded.');
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('a session that has not started is refused before anything is asked (exit 1, store unchanged)', async () => {
    const deps = await store('2018-02-15T08:00:00.000Z');
    const before = bytesOf(deps.path);
    const r = await runCli(['attendance', N1_2018], { store: deps.path, now: '2018-02-15T08:00:00.000Z', tty: true });
    expect(r.code).toBe(1);
    // At a terminal the message is wrapped on words (and coloured).
    expect(flat(r.stderr)).toContain('has not started yet (it starts 2018-02-15 10:00)');
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });
});

describe('caprural attendance with flags', () => {
  it('without a terminal and without flags: exit 2', async () => {
    const deps = await store();
    const r = await runCli(['attendance', N1_2018], { store: deps.path, now: AFTER });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Missing --present, --absent or --import');
  });

  it('--present/--absent with --json; re-recording shows the old value', async () => {
    const deps = await store();
    expect((await runCli(['attendance', N1_2018, '--present', 'veronique bernard,Paul Bernard'], { store: deps.path, now: AFTER })).code).toBe(0);
    const r = await runCli(['attendance', N1_2018, '--absent', 'BERNARD PAUL', '--json'], { store: deps.path, now: AFTER });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ sessionId: N1_2018, changes: [{ memberId: 'paul-bernard', from: 'present', to: 'absent' }], totals: { present: 1, absent: 1 } });
    const text = await runCli(['attendance', N1_2018, '--present', 'paul-bernard'], { store: deps.path, now: AFTER });
    expect(text.stdout).toContain('Paul Bernard: absent → present');
  });

  it('a future session is refused with exit 1 and the store unchanged', async () => {
    const deps = await store('2018-02-01T10:00:00.000Z');
    const before = bytesOf(deps.path);
    const r = await runCli(['attendance', N1_2018, '--present', 'paul-bernard'], { store: deps.path, now: '2018-02-01T10:00:00.000Z' });
    expect(r.code).toBe(1);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('a person not registered: exit 2 and the hint, unless --add-walk-in', async () => {
    const deps = await store();
    const before = bytesOf(deps.path);
    const r = await runCli(['attendance', N1_2018, '--present', 'Ana Lopez'], { store: deps.path, now: AFTER });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ana Lopez <ana-lopez@example.fr> is not registered to cooperer-leader-n1-2018; --add-walk-in registers them');
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    const ok = await runCli(['attendance', N1_2018, '--present', 'Ana Lopez', '--add-walk-in'], { store: deps.path, now: AFTER });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Ana Lopez: — → present (walk-in, registered now)');
  });
});
