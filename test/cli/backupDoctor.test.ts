import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type StoreData } from '../../src/store/schema';
import { backupsDir, listBackups, loadStore, parseStore, serialiseStore } from '../helpers/storeInternals';
import { registration } from '../helpers/people';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDeps, tempDir } from '../helpers/tempStore';

const FIXTURE_V1 = new URL('../fixtures/store-v1.json', import.meta.url);

/** A store with people and a few versions kept as backups. */
async function storeWithHistory(): Promise<string> {
  const deps = await tempDeps({ seed: seedTwoPeople });
  for (const name of ['PNR du Vercors', 'PNR du Pilat']) {
    expect((await runCli(['org', 'add', '--name', name, '--kind', 'PNR'], { store: deps.path })).code).toBe(0);
  }
  return deps.path;
}

const load = (path: string) => parseStore(readFileSync(path, 'utf8'), path);
/** Changes the data in the file directly, as a hand edit or a bug would (mode kept at 0600). */
const tamper = (store: string, change: (d: StoreData) => void) => {
  const data = load(store);
  change(data);
  writeFileSync(store, serialiseStore(data));
};

describe('backup list', () => {
  it('lists backups newest first with time, size and state (--json)', async () => {
    const store = await storeWithHistory();
    const r = await runCli(['backup', 'list', '--json'], { store });
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.map((b: { path: string }) => b.path)).toEqual(listBackups(store));
    expect(list).toHaveLength(3);
    expect(list[0]).toMatchObject({ replacedAt: '2018-02-01T10:00:00.000Z', valid: true, members: 2, problem: null });
    expect(list[0].size).toBe(bytesOf(list[0].path).length);
    expect(list.map((b: { name: string }) => b.name)).toEqual([...list.map((b: { name: string }) => b.name)].sort().reverse());
  });

  it('lists a link to nothing the user put among the backups as unreadable (QA6 AG: exit 70 before)', async () => {
    const store = await storeWithHistory();
    symlinkSync('/nonexistent/caprural-backup.json', join(backupsDir(store), 'zz-lien.json'));
    const human = await runCli(['backup', 'list'], { store, lang: 'fr', columns: 120 });
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/zz-lien\.json.*illisible/i);
    const r = await runCli(['backup', 'list', '--json'], { store });
    expect(r.code).toBe(0);
    const link = JSON.parse(r.stdout).find((b: { name: string }) => b.name === 'zz-lien.json');
    expect(link).toMatchObject({ valid: false, state: 'unreadable' });
    expect(Number.isNaN(Date.parse(link.replacedAt))).toBe(false);
  });

  it('says when there is none yet', async () => {
    const store = join(tempDir(), 'store.json');
    const r = await runCli(['backup', 'list'], { store });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No backup yet/);
  });
});

describe('backup restore', () => {
  it('needs --yes without a terminal (exit 2) and changes nothing', async () => {
    const store = await storeWithHistory();
    const before = bytesOf(store);
    const r = await runCli(['backup', 'restore', 'latest'], { store });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--yes/);
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it.each([
    ['latest', (store: string) => 'latest', 0],
    ['a name from the list', (store: string) => basename(listBackups(store)[1]!), 1],
    ['a path', (store: string) => listBackups(store)[2]!, 2],
  ])('restores %s, keeping the current version as a backup first, and logs it', async (_label, which, index) => {
    const store = await storeWithHistory();
    const current = bytesOf(store);
    const chosen = listBackups(store)[index]!;
    const wanted = load(chosen);
    const history = loadStore(store).log;
    const r = await runCli(['backup', 'restore', which(store), '--yes', '--json'], { store });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.restored).toBe(chosen);
    expect(bytesOf(out.keptAs).equals(current)).toBe(true);
    expect(listBackups(store)[0]).toBe(out.keptAs);
    // The version restored, continuing the store's one history: what was undone stays readable there.
    const now = loadStore(store);
    expect({ ...now, log: [], logSeq: 0, logAt: undefined }).toEqual({ ...wanted, logSeq: 0, logAt: undefined });
    expect(now.log.slice(0, -1)).toEqual(history);
    expect(now.logSeq).toBe(history.length + 1);
    expect(now.log.at(-1)).toMatchObject({ action: 'backup.restore', details: { from: basename(chosen) } });
  });

  it('repairs a damaged store: the damaged file is itself kept as a backup', async () => {
    const store = await storeWithHistory();
    writeFileSync(store, '{"schemaVersion": 2, "cour');
    const damaged = bytesOf(store);
    expect((await runCli(['member', 'list'], { store })).code).toBe(3);
    const r = await runCli(['backup', 'restore', 'latest', '--yes'], { store });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Restored/);
    expect(bytesOf(listBackups(store)[0]!).equals(damaged)).toBe(true);
    expect((await runCli(['member', 'list'], { store })).code).toBe(0);
  });

  it('restores a missing store from its backups (which other commands refuse to replace by an empty one)', async () => {
    const store = await storeWithHistory();
    rmSync(store);
    const refused = await runCli(['member', 'list'], { store });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/backup restore latest/);
    expect((await runCli(['backup', 'restore', 'latest', '--yes'], { store })).code).toBe(0);
    expect((await runCli(['member', 'list'], { store })).code).toBe(0);
  });

  it('refuses a damaged backup (exit 3), naming it, and changes nothing', async () => {
    const store = await storeWithHistory();
    const bad = listBackups(store)[0]!;
    writeFileSync(bad, '[]');
    const before = bytesOf(store);
    const backups = listBackups(store);
    const r = await runCli(['backup', 'restore', 'latest', '--yes'], { store });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(bad);
    expect(r.stderr).toMatch(/cannot be restored/);
    expect(bytesOf(store).equals(before)).toBe(true);
    expect(listBackups(store)).toEqual(backups);
  });

  it('refuses an unknown backup with exit 2', async () => {
    const store = await storeWithHistory();
    const r = await runCli(['backup', 'restore', 'yesterday', '--yes'], { store });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(backupsDir(store));
  });

  it('restores a v1 backup, migrated', async () => {
    const store = await storeWithHistory();
    const r = await runCli(['backup', 'restore', new URL(FIXTURE_V1).pathname, '--yes'], { store });
    expect(r.code).toBe(0);
    expect(load(store).members.map((m) => m.anonymisedAt)).toEqual([null, null]);
    expect(JSON.parse(readFileSync(store, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe('doctor', () => {
  it('reports a healthy store as healthy (exit 0) and changes nothing', async () => {
    const store = await storeWithHistory();
    const before = bytesOf(store);
    const r = await runCli(['doctor'], { store });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/is healthy: 2 people, 3 registrations, 3 backups/);
    expect(bytesOf(store).equals(before)).toBe(true);
    const json = await runCli(['doctor', '--json'], { store });
    expect(JSON.parse(json.stdout)).toMatchObject({ healthy: true, usable: true, schemaVersion: SCHEMA_VERSION, findings: [] });
  });

  const cases: Array<[string, (store: string) => void, RegExp, string]> = [
    ['a store readable by others', (s) => chmodSync(s, 0o644), /mode 644[\s\S]*chmod 600/, 'doctorPermissions'],
    ['a backup readable by others', (s) => chmodSync(listBackups(s)[0]!, 0o640), /mode 640[\s\S]*chmod 600/, 'doctorPermissions'],
    ['a backups folder open to others', (s) => chmodSync(backupsDir(s), 0o755), /mode 755[\s\S]*chmod 700/, 'doctorPermissions'],
    ['a damaged backup', (s) => writeFileSync(listBackups(s)[1]!, 'null'), /backup .* is damaged/, 'doctorBackupInvalid'],
    [
      'a stale lock',
      (s) => {
        mkdirSync(`${s}.lock`);
        const old = new Date(Date.now() - 60_000);
        utimesSync(`${s}.lock`, old, old);
      },
      /lock left by a stopped caprural[\s\S]*rm -r/,
      'doctorStaleLock',
    ],
    ['a temporary file left by a crash', (s) => writeFileSync(`${s}.999.abcdef.tmp`, '{"schema'), /1 temporary file[\s\S]*\.999\.abcdef\.tmp/, 'doctorTempFiles'],
    [
      'a registration for an unknown session',
      (s) => tamper(s, (d) => d.registrations.push(registration('no-such-session', 'ana-lopez', { id: 'reg-9' }))),
      /reg-9 is for a session that does not exist/,
      'doctorRegistrationSession',
    ],
    [
      'a registration for an unknown person',
      (s) => tamper(s, (d) => d.registrations.push(registration('cooperer-leader-n1-2018', 'ghost', { id: 'reg-9' }))),
      /reg-9 is for a person who does not exist \(ghost\)/,
      'doctorRegistrationMember',
    ],
    ['a person in an unknown organisation', (s) => tamper(s, (d) => (d.members[1]!.organisationId = 'gone')), /ana-lopez belongs to an organisation that does not exist/, 'doctorMemberOrg'],
    ['a cotisation paid by nobody known', (s) => tamper(s, (d) => (d.memberships[0]!.memberId = 'ghost')), /cot-1 was paid by ghost/, 'doctorMembershipOrphan'],
    ['a cotisation with two payers', (s) => tamper(s, (d) => (d.memberships[0]!.organisationId = 'gal-du-pays-de-gex')), /cot-1 must be paid by exactly one/, 'doctorMembershipPayer'],
    ['two people with one e-mail', (s) => tamper(s, (d) => (d.members[1]!.email = d.members[0]!.email)), /share the e-mail/, 'doctorDuplicateEmail'],
    ['one id twice', (s) => tamper(s, (d) => d.members.push({ ...d.members[1]!, email: 'x@example.fr' })), /members have the id ana-lopez/, 'doctorDuplicateId'],
    [
      'a person registered twice',
      (s) => tamper(s, (d) => d.registrations.push(registration('cooperer-leader-n1-2018', 'camille-durand', { id: 'reg-9' }))),
      /registered twice/,
      'doctorRegistrationTwice',
    ],
    ['a session of an unknown course', (s) => tamper(s, (d) => (d.sessions[0]!.courseId = 'gone')), /unknown course gone/, 'doctorSessionCourse'],
  ];

  it.each(cases)('reports %s as a problem with what to do (exit 1), changing nothing', async (_label, inject, message, code) => {
    const store = await storeWithHistory();
    inject(store);
    const before = bytesOf(store);
    const r = await runCli(['doctor'], { store });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^problem: /m);
    expect(r.stdout).toMatch(message);
    expect(r.stderr).toMatch(/1 problem found/);
    expect(r.stdout).not.toMatch(/healthy/);
    expect(bytesOf(store).equals(before)).toBe(true);
    const json = JSON.parse((await runCli(['doctor', '--json'], { store })).stdout);
    expect(json.healthy).toBe(false);
    expect(json.findings.map((f: { code: string }) => f.code)).toContain(code);
  });

  it('reports an unusable store with exit 3, with the reason and how to restore', async () => {
    const store = await storeWithHistory();
    writeFileSync(store, '\u0000\u0000\u0000');
    const r = await runCli(['doctor'], { store });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/NUL bytes[\s\S]*backup restore/);
  });

  it('notes a lock held right now and an old schema without calling them problems (exit 0)', async () => {
    const store = join(tempDir(), 'store.json');
    copyFileSync(FIXTURE_V1, store);
    chmodSync(store, 0o600);
    mkdirSync(`${store}.lock`);
    writeFileSync(`${store}.1.live.tmp`, '{');
    const r = await runCli(['doctor'], { store });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/note: The store is in schema version 1/);
    expect(r.stdout).toMatch(/note: Another caprural is changing the store right now/);
    expect(r.stdout).not.toMatch(/temporary/);
  });

  it('does not create a missing store, and says how to restore one that has backups', async () => {
    const store = await storeWithHistory();
    rmSync(store);
    const r = await runCli(['doctor'], { store });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/missing but backups exist[\s\S]*backup restore latest/);
    const fresh = join(tempDir(), 'store.json');
    const none = await runCli(['doctor'], { store: fresh });
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/no store at/);
    expect(() => readFileSync(fresh)).toThrow();
  });
});
