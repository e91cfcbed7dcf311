import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countBySession } from '../../src/domain/sessions';
import { listBackups, loadStore, parseStore } from '../helpers/storeInternals';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDeps } from '../helpers/tempStore';

/** Camille Durand and Ana Lopez in a store whose backups hold Camille's old and new e-mail, plus a temp file left by a crash. */
async function storeWithPeople() {
  const deps = await tempDeps({ seed: seedTwoPeople });
  const edit = await runCli(['member', 'edit', 'camille-durand', '--email', 'camille.durand@example.fr'], { store: deps.path });
  expect(edit.code).toBe(0);
  writeFileSync(`${deps.path}.4242.deadbeef.tmp`, readFileSync(deps.path));
  return deps.path;
}

/** Every file in the store's folder (store, backups, leftovers), as text. */
function everyFile(store: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(path, readFileSync(path, 'utf8'));
    }
  };
  walk(join(store, '..'));
  return files;
}

const IDENTITY = ['Camille', 'Durand', 'camille.durand@example.fr', 'c.durand@old-mail.fr', '06 12 34 56 78', 'camille-durand'];
const load = (store: string) => loadStore(store);

describe('member export', () => {
  it('gives everything stored about the person, and nothing about anyone else', async () => {
    const store = await storeWithPeople();
    const before = bytesOf(store);
    const r = await runCli(['member', 'export', 'Camille Durand'], { store });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.person).toMatchObject({ id: 'camille-durand', email: 'camille.durand@example.fr', phone: '06 12 34 56 78' });
    expect(doc.organisation.id).toBe('gal-du-pays-de-gex');
    expect(doc.cotisations.map((c: { id: string; paidBy: string }) => [c.id, c.paidBy])).toEqual([
      ['cot-1', 'person'],
      ['cot-2', 'organisation'],
    ]);
    expect(doc.registrations.map((x: { id: string; session: { title: string } }) => x.id)).toEqual(['reg-1', 'reg-3']);
    expect(doc.registrations[0].session.title).toMatch(/Coopérer dans LEADER/);
    expect(doc.attendance).toEqual([{ sessionId: 'cooperer-leader-n1-2017', attendance: 'present' }]);
    expect(doc.log.map((e: { action: string }) => e.action)).toEqual(['member.add', 'register', 'member.edit']);
    expect(r.stdout).not.toMatch(/ana|lopez/i);
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('refuses an unknown person with exit 2', async () => {
    const store = await storeWithPeople();
    const r = await runCli(['member', 'export', 'Nobody Here'], { store });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('member forget', () => {
  it('needs --yes without a terminal (exit 2), changing nothing', async () => {
    const store = await storeWithPeople();
    const before = bytesOf(store);
    const r = await runCli(['member', 'forget', 'camille-durand'], { store });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--yes/);
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('erases the identity from the store, the log, every backup and leftover files, keeping counts and attendance', async () => {
    const store = await storeWithPeople();
    const old = load(store);
    const backupsBefore = listBackups(store).length;
    expect([...everyFile(store).values()].some((text) => text.includes('c.durand@old-mail.fr'))).toBe(true);

    const r = await runCli(['member', 'forget', 'camille.durand@example.fr', '--yes', '--json'], { store });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ id: 'anonyme-1', anonymised: ['anonyme-1'], backupsUnreadable: [] });
    expect(out.backupsRewritten).toBeGreaterThan(0);

    for (const [file, text] of everyFile(store)) for (const s of IDENTITY) expect(text.includes(s), `${s} in ${file}`).toBe(false);
    expect(listBackups(store).length).toBe(Math.min(10, backupsBefore + 1));

    const now = load(store);
    const anon = now.members.find((m) => m.id === 'anonyme-1')!;
    expect(anon).toMatchObject({ firstName: 'Anonyme', lastName: 'Anonyme', email: 'anonyme-1@anonyme.invalid', phone: null, organisationId: null, roles: ['agent'] });
    expect(anon.anonymisedAt).toBe('2018-02-01T10:00:00.000Z');
    // Seat counts and attendance are the same as before.
    expect(countBySession(now.registrations)).toEqual(countBySession(old.registrations));
    expect(now.registrations.map((x) => [x.id, x.sessionId, x.status, x.attendance])).toEqual(old.registrations.map((x) => [x.id, x.sessionId, x.status, x.attendance]));
    expect(now.registrations.filter((x) => x.memberId === 'anonyme-1').map((x) => x.id)).toEqual(['reg-1', 'reg-3']);
    // The other person and the organisation's cotisation are untouched.
    expect(now.members.find((m) => m.id === 'ana-lopez')).toEqual(old.members.find((m) => m.id === 'ana-lopez'));
    expect(now.memberships.find((m) => m.id === 'cot-2')).toEqual(old.memberships.find((m) => m.id === 'cot-2'));
    // Logged, without the erased data.
    expect(now.log.at(-1)).toMatchObject({ action: 'member.forget', target: 'anonyme-1', user: 'tester' });
    expect(now.log.filter((e) => e.target === 'anonyme-1').length).toBe(3);
    // Every backup still validates.
    for (const b of listBackups(store)) expect(() => parseStore(readFileSync(b, 'utf8'), b)).not.toThrow();
  });

  it('is idempotent: forgetting the anonymous record again changes nothing and exits 0', async () => {
    const store = await storeWithPeople();
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store })).code).toBe(0);
    const before = bytesOf(store);
    const backups = listBackups(store);
    const r = await runCli(['member', 'forget', 'anonyme-1'], { store });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/already anonymised/);
    expect(bytesOf(store).equals(before)).toBe(true);
    expect(listBackups(store)).toEqual(backups);
  });

  it('gives the next person the next anonymous id, and says which backups it could not clean', async () => {
    const store = await storeWithPeople();
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store })).code).toBe(0);
    const damaged = listBackups(store).at(-1)!;
    writeFileSync(damaged, '{ truncated');
    const r = await runCli(['member', 'forget', 'Ana Lopez', '--yes'], { store });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/anonyme-2/);
    expect(r.stderr).toContain(damaged);
  });
});

describe('retention', () => {
  const now = '2021-06-01T10:00:00.000Z'; // default --before: 2018

  it('--dry-run lists the people without activity since the year and changes nothing', async () => {
    const store = await storeWithPeople();
    const before = bytesOf(store);
    const r = await runCli(['retention', '--before', '2018', '--dry-run', '--json'], { store, now });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    // Camille registered in 2018; Ana's last activity is 2017.
    expect(doc.people).toEqual([{ id: 'ana-lopez', name: 'Ana Lopez', email: 'ana.lopez@example.fr', lastActivity: 2017 }]);
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('defaults to three years before the current one, needs --yes without a terminal, then anonymises', async () => {
    const store = await storeWithPeople();
    const before = bytesOf(store);
    const refused = await runCli(['retention'], { store, now });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/ana-lopez/);
    expect(bytesOf(store).equals(before)).toBe(true);

    const r = await runCli(['retention', '--yes'], { store, now });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 person anonymised/);
    const data = load(store);
    expect(data.members.map((m) => m.id).sort()).toEqual(['anonyme-1', 'camille-durand']);
    for (const [file, text] of everyFile(store)) expect(text.includes('ana.lopez@example.fr'), file).toBe(false);
    expect(data.log.at(-1)).toMatchObject({ action: 'retention', details: { before: 2018, ids: ['anonyme-1'] } });

    const again = await runCli(['retention', '--yes'], { store, now });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Nobody without activity since 2018/);
  });

  it('refuses an invalid year with exit 2', async () => {
    const store = await storeWithPeople();
    const r = await runCli(['retention', '--before', 'soon', '--dry-run'], { store, now });
    expect(r.code).toBe(2);
  });
});
