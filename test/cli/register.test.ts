import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

const N1 = 'cooperer-leader-n1-2018';
const NOW = '2018-02-09T12:00:00.000Z';
const NAMES = ['Alice', 'Bruno', 'Céline', 'Damien', 'Élodie', 'Fabien', 'Gaëlle', 'Hugo', 'Inès', 'Julien', 'Karine', 'Léo', 'Manon', 'Noé'];

/** A store with a GAL that paid 2018 and `n` of its agents (alice@gex.fr, bruno@gex.fr, …). */
async function storeWithGal(n: number) {
  const store = join(tempDir(), 'store.json');
  const ok = async (args: string[]) => expect((await runCli(args, { store, now: NOW })).code).toBe(0);
  await ok(['init']);
  await ok(['org', 'add', '--name', 'GAL du Pays de Gex', '--kind', 'GAL']);
  await ok(['membership', 'pay', 'gal-du-pays-de-gex', '--year', '2018', '--on', '2018-01-15']);
  for (const first of NAMES.slice(0, n)) {
    await ok(['member', 'add', '--first', first, '--last', 'Martin', '--email', `${email(first)}`, '--org', 'gal-du-pays-de-gex', '--role', 'agent']);
  }
  return store;
}
const email = (first: string) => `${first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}@gex.fr`;
const cli = (store: string, args: string[], now = NOW) => runCli(args, { store, now });
const reg = (store: string, who: string, at: string, ...more: string[]) => cli(store, ['register', '--session', N1, '--member', who, '--received-at', at, ...more]);

describe('caprural register (flags)', () => {
  it('prints the registration as JSON: id, session, member, status, position, warnings, notices', async () => {
    const store = await storeWithGal(1);
    const r = await reg(store, 'alice@gex.fr', '07/02/2018 23:59', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      id: 'reg-1',
      sessionId: N1,
      memberId: 'alice-martin',
      status: 'confirmed',
      position: null,
      receivedAt: '2018-02-07T22:59:00.000Z',
      override: null,
      warnings: [],
      notices: [],
    });
  });

  it('waitlists the 13th with its position, and refuses it with --no-waitlist (exit 1)', async () => {
    const store = await storeWithGal(14);
    for (const first of NAMES.slice(0, 12)) expect((await reg(store, email(first), '01/02/2018 09:00')).code).toBe(0);
    const before = bytesOf(store);
    const refused = await reg(store, email('Manon'), '01/02/2018 10:00', '--no-waitlist');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Capacity \(R1\): .* is full \(12\/12 confirmed\)/);
    expect(bytesOf(store).equals(before)).toBe(true);
    const r = await reg(store, email('Manon'), '01/02/2018 10:00');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Manon Martin is on the waiting list of cooperer-leader-n1-2018, position 1 (reg-13)');
    const sessions = await cli(store, ['sessions', '--year', '2018', '--json']);
    expect(JSON.parse(sessions.stdout).find((s: { id: string }) => s.id === N1)).toMatchObject({ confirmed: 12, waitlisted: 1, capacity: 12 });
    const show = await cli(store, ['session', 'show', N1]);
    expect(show.stdout).toMatch(/12\/12 confirmed, 1 waiting/);
    expect(show.stdout).toMatch(/~1 +Manon Martin +manon@gex.fr +waitlisted/);
  });

  it.each([
    ['received on 8 February (R2)', ['bruno@gex.fr', '08/02/2018 00:00'], 1, /Deadline \(R2\): registration closed at 2018-02-08 00:00 \(Europe\/Paris\)/],
    ['a duplicate (R5)', ['alice@gex.fr', '05/02/2018 10:00'], 1, /Duplicate \(R5\): Alice Martin is already registered/],
    ['no cotisation (R3), saying how to record it', ['zoe@libre.fr', '05/02/2018 10:00'], 1, /caprural membership pay zoe-libre --year 2018/],
    ['--force without --reason', ['bruno@gex.fr', '08/02/2018 00:00', '--force'], 2, /--force needs --reason/],
    ['--reason without --force', ['bruno@gex.fr', '05/02/2018 10:00', '--reason', 'x'], 2, /--reason is only used with --force/],
    ['an impossible date', ['bruno@gex.fr', '31/02/2018'], 2, /"31\/02\/2018" for --received-at: 31 February 2018 does not exist \(February 2018 has 28 days\)\./],
    ['a time in the future', ['bruno@gex.fr', '10/02/2018 10:00'], 2, /is in the future/],
    ['an unknown person', ['nobody@gex.fr', '05/02/2018 10:00'], 2, /Nobody matches "nobody@gex.fr"/],
  ])('refuses %s and leaves the store byte-for-byte unchanged', async (_label, [who, at, ...more], code, message) => {
    const store = await storeWithGal(2);
    await cli(store, ['member', 'add', '--first', 'Zoé', '--last', 'Libre', '--email', 'zoe@libre.fr', '--role', 'agent']);
    expect((await reg(store, 'alice@gex.fr', '01/02/2018 09:00')).code).toBe(0);
    const before = bytesOf(store);
    const r = await reg(store, who!, at!, ...more);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('names every failed rule, and refuses an announced session even with --force (R9)', async () => {
    const store = await storeWithGal(1);
    await cli(store, ['member', 'add', '--first', 'Zoé', '--last', 'Libre', '--email', 'zoe@libre.fr']);
    const before = bytesOf(store);
    const late = await reg(store, 'zoe@libre.fr', '08/02/2018 09:00');
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(/refused by 2 rules[\s\S]*Deadline \(R2\)[\s\S]*Cotisation \(R3\)/);
    const r = await cli(store, ['register', '--session', 'cooperer-leader-n2-2018', '--member', 'alice@gex.fr', '--force', '--reason', 'please']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Session status \(R9\): cooperer-leader-n2-2018 is announced/);
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('records a forced registration with its reason, on the registration and in the log; warns on R4', async () => {
    const store = await storeWithGal(1);
    await cli(store, ['member', 'add', '--first', 'Zoé', '--last', 'Libre', '--email', 'zoe@libre.fr', '--org', 'gal-du-pays-de-gex', '--role', 'other']);
    const r = await reg(store, 'zoe@libre.fr', '08/02/2018 09:00', '--force', '--reason', 'Mail du 7 février égaré', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'confirmed', override: 'Mail du 7 février égaré', overridden: ['R2'], warnings: [{ rule: 'R4' }] });
    expect(r.stderr).toContain('Override of deadline (R2) recorded: "Mail du 7 février égaré"');
    expect(r.stderr).toContain('Audience (R4, warning)');
    const log = JSON.parse((await cli(store, ['log', '--session', N1, '--json'])).stdout);
    expect(log.map((e: { action: string }) => e.action)).toEqual(['registration.add', 'registration.override']);
    expect(log[1]).toMatchObject({ user: 'tester', target: 'reg-1', details: { rules: ['R2'], reason: 'Mail du 7 février égaré' } });
  });

  it('never prompts without a terminal: a missing --session is exit 2', async () => {
    const store = await storeWithGal(1);
    const r = await cli(store, ['register', '--member', 'alice@gex.fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Missing --session');
  });

  it('--dry-run says what would happen and writes nothing', async () => {
    const store = await storeWithGal(1);
    const before = bytesOf(store);
    const r = await reg(store, 'alice@gex.fr', '01/02/2018 09:00', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Alice Martin would be registered for cooperer-leader-n1-2018: confirmed.');
    expect(bytesOf(store).equals(before)).toBe(true);
  });
});

describe('caprural cancel', () => {
  it('cancels, promotes the first waitlisted and says so; the log shows both', async () => {
    const store = await storeWithGal(14);
    for (const [i, first] of NAMES.entries()) expect((await reg(store, email(first), `01/02/2018 09:${String(i).padStart(2, '0')}`)).code).toBe(0);
    const r = await cli(store, ['cancel', '--session', N1, '--member', 'Céline Martin', '--yes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cancelled the registration of Céline Martin for cooperer-leader-n1-2018 (was confirmed).');
    expect(r.stdout).toContain('Manon Martin is promoted from the waiting list: confirmed (reg-13).');
    const log = await cli(store, ['log', '--session', N1]);
    expect(log.stdout).toMatch(/2018-02-09 13:00 +tester +cancellation +reg-3/);
    expect(log.stdout).toMatch(/promotion +reg-13/);
  });

  it('cancelling a waitlisted person promotes nobody', async () => {
    const store = await storeWithGal(14);
    for (const [i, first] of NAMES.entries()) await reg(store, email(first), `01/02/2018 09:${String(i).padStart(2, '0')}`);
    const r = await cli(store, ['cancel', '--session', N1, '--member', 'manon@gex.fr', '--json', '--yes']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'reg-13', status: 'cancelled', was: 'waitlisted', promoted: null });
    const show = await cli(store, ['session', 'show', N1]);
    expect(show.stdout).toMatch(/~1 +Noé Martin/);
  });

  it('refuses to cancel someone not registered: exit 2, clear message, nothing changed', async () => {
    const store = await storeWithGal(2);
    await reg(store, 'alice@gex.fr', '01/02/2018 09:00');
    const before = bytesOf(store);
    const r = await cli(store, ['cancel', '--session', N1, '--member', 'bruno@gex.fr', '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Bruno Martin is not registered for cooperer-leader-n1-2018; nothing to cancel.');
    expect(bytesOf(store).equals(before)).toBe(true);
  });
});

describe('caprural register --import', () => {
  const csv = (store: string, name: string, text: string) => {
    const path = join(store, '..', name);
    writeFileSync(path, text);
    return path;
  };

  it('imports a French spreadsheet export (BOM, ";"), creating unknown people, in one write', async () => {
    const store = await storeWithGal(1);
    const file = csv(
      store,
      'inscriptions.csv',
      '\uFEFFSession;E-mail;Received at;First name;Last name;Organisation;Roles\n' +
        `${N1};alice@gex.fr;01/02/2018 09:00;;;;\n` +
        `${N1};jean@gex.fr;02/02/2018 10:30;Jean-Édouard;d'Artois;GAL du Pays de Gex;agent\n`,
    );
    const r = await cli(store, ['register', '--import', file, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ dryRun: false, imported: 2, confirmed: 2, waitlisted: 0, created: 1 });
    expect(out.registrations[1]).toMatchObject({ line: 3, memberId: 'jean-edouard-d-artois', memberCreated: true, receivedAt: '2018-02-02T09:30:00.000Z' });
    const log = JSON.parse((await cli(store, ['log', '--json'])).stdout);
    expect(log.at(-1)).toMatchObject({ action: 'registration.import', details: { rows: 2, created: 1 } });
  });

  it('tells how to cover a person the file creates without an organisation (R3), not a command that cannot work yet', async () => {
    const store = await storeWithGal(1);
    const file = csv(store, 'new.csv', `session,email,received_at,first_name,last_name\n${N1},zoe@ailleurs.fr,01/02/2018 09:00,Zoé,Martin\n`);
    const before = bytesOf(store);
    const r = await cli(store, ['register', '--import', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Zoé Martin, new in this file, has no 2018 cotisation');
    expect(r.stderr).not.toContain('membership pay zoe-martin');
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('reads "," files too, and --dry-run writes nothing', async () => {
    const store = await storeWithGal(2);
    const file = csv(store, 'r.csv', `session,email,received_at\n${N1},alice@gex.fr,2018-02-01T09:00\n${N1},bruno@gex.fr,2018-02-01T09:05\n`);
    const before = bytesOf(store);
    const r = await cli(store, ['register', '--import', file, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dry run: would import 2 registrations: 2 confirmed, 0 waitlisted');
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('refuses a file with invalid rows as a whole (exit 2), naming every bad line', async () => {
    const store = await storeWithGal(2);
    const file = csv(
      store,
      'bad.csv',
      'session;email;received_at\n' +
        `${N1};alice@gex.fr;01/02/2018 09:00\n` +
        `nope-2018;bruno@gex.fr;01/02/2018 09:00\n` +
        `${N1};not-an-email;01/02/2018 09:00\n` +
        `${N1};bruno@gex.fr;31/02/2018\n` +
        `${N1};new@gex.fr;01/02/2018 09:00\n`,
    );
    const before = bytesOf(store);
    const r = await cli(store, ['register', '--import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('4 rows of');
    expect(r.stderr).toContain('line 3, column "session": No session "nope-2018".');
    expect(r.stderr).toContain('line 4, column "email": Invalid e-mail: "not-an-email"');
    expect(r.stderr).toContain('line 5, column "received_at": 31 February 2018 does not exist (February 2018 has 28 days).');
    expect(r.stderr).toContain('line 6: nobody has the e-mail new@gex.fr; give first_name and last_name');
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('refuses the whole file when a rule refuses a row (exit 1); --force --reason records it with the override', async () => {
    const store = await storeWithGal(2);
    const file = csv(store, 'late.csv', `session,email,received_at\n${N1},alice@gex.fr,01/02/2018 09:00\n${N1},bruno@gex.fr,08/02/2018 09:00\n`);
    const before = bytesOf(store);
    const r = await cli(store, ['register', '--import', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1 row is refused[\s\S]*line 3: Deadline \(R2\)/);
    expect(bytesOf(store).equals(before)).toBe(true);
    const forced = await cli(store, ['register', '--import', file, '--force', '--reason', 'Back-catalogue from the paper list']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('line 3: Override of deadline (R2) recorded: "Back-catalogue from the paper list"');
    const show = await cli(store, ['session', 'show', N1]);
    expect(show.stdout).toMatch(/Bruno Martin .*confirmed \(Back-catalogue from the paper list\)/);
  });

  it('says which columns are missing', async () => {
    const store = await storeWithGal(0);
    const file = csv(store, 'cols.csv', 'email;date\nalice@gex.fr;01/02/2018\n');
    const r = await cli(store, ['register', '--import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The file lacks the columns session, received_at (found: email, date)');
  });
});
