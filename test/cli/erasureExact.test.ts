// Issue 11: erasure touches exactly its person, and is remembered across restores.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anonymisePeople, identityOf, inactiveSince } from '../../src/domain/anonymise';
import type { StoreData } from '../../src/store/index';
import { newStoreData } from '../../src/store/catalogue';
import { person, registration } from '../helpers/people';
import { runCli } from '../helpers/runCli';
import { loadStore } from '../helpers/storeInternals';
import { bytesOf, tempDeps } from '../helpers/tempStore';

/** The store with its whole history (the file beside it). */
const load = (store: string) => loadStore(store);

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

/** Jean Paul (id jean-paul, to be erased), Jean-Paul Martin and an organisation whose ids start with his, and a person with the id "e". */
function seedLookalikes(data: StoreData): void {
  data.organisations.push({ id: 'lycee-jean-paul', name: 'Lycée Jean-Paul', kind: 'other', territory: null });
  data.members.push(
    person('jean-paul', 'Jean', 'Paul', { email: 'jp@example.fr', phone: '04 72 00 11 22' }),
    person('jean-paul-martin', 'Jean-Baptiste', 'Martin', { email: 'jbm@example.fr', organisationId: 'lycee-jean-paul' }),
    person('e', 'Eve', 'Leroy', { email: 'eve.leroy@example.fr' }),
  );
  data.memberships.push(
    { id: 'cot-org', organisationId: 'lycee-jean-paul', memberId: null, year: 2018, paidOn: '2018-01-05', amountCents: 5000, reference: 'chèque remis par Jean Paul, jp@example.fr' },
    { id: 'cot-eve', organisationId: null, memberId: 'e', year: 2018, paidOn: '2018-01-05', amountCents: 5000, reference: 'virement Leroy' },
  );
  data.registrations.push(
    registration('cooperer-leader-n1-2018', 'jean-paul', { id: 'reg-jp' }),
    registration('cooperer-leader-n1-2018', 'jean-paul-martin', { id: 'reg-jpm', override: 'place cédée par Jean Paul (04.72.00.11.22)' }),
    registration('cooperer-leader-n1-2018', 'e', { id: 'reg-e', override: 'accord de la présidente' }),
  );
  data.log.push(
    { at: '2018-01-10T09:00:00.000Z', user: 'o', action: 'member.add', target: 'jean-paul', details: {} },
    { at: '2018-01-10T09:00:00.000Z', user: 'o', action: 'member.add', target: 'jean-paul-martin', details: {} },
    { at: '2018-01-10T09:00:00.000Z', user: 'o', action: 'org.add', target: 'lycee-jean-paul', details: { name: 'Lycée Jean-Paul' } },
    { at: '2018-01-10T09:00:00.000Z', user: 'o', action: 'member.add', target: 'e', details: {} },
    {
      at: '2018-01-11T09:00:00.000Z',
      user: 'o',
      action: 'registration.add',
      target: 'reg-jpm',
      details: { session: 'cooperer-leader-n1-2018', member: 'jean-paul-martin', status: 'confirmed', receivedAt: '2018-01-11T09:00:00.000Z' },
    },
    {
      at: '2018-01-11T09:00:00.000Z',
      user: 'o',
      action: 'registration.add',
      target: 'reg-e',
      details: { session: 'cooperer-leader-n1-2018', member: 'e', status: 'confirmed', receivedAt: '2018-01-11T09:00:00.000Z' },
    },
  );
}

describe('member forget touches exactly its person', () => {
  it('replaces an id only where a value equals it, in the store and every backup', async () => {
    const deps = await tempDeps({ seed: seedLookalikes });
    // More versions in the backups.
    expect((await runCli(['member', 'edit', 'jean-paul-martin', '--phone', '0600000000'], { store: deps.path })).code).toBe(0);
    const before = load(deps.path);
    const r = await runCli(['member', 'forget', 'jean-paul', '--yes'], { store: deps.path });
    expect(r.code).toBe(0);
    for (const [file, text] of everyFile(deps.path)) {
      expect(text, file).not.toContain('anonyme-1-martin');
      expect(text, file).not.toContain('lycee-anonyme');
      expect(text, file).not.toContain('jp@example.fr');
      expect(text, file).not.toMatch(/"jean-paul"/);
    }
    const after = load(deps.path);
    // Nothing about the others changed: their records, the organisation and its id.
    expect(after.organisations).toEqual(before.organisations);
    expect(after.members.filter((m) => m.id !== 'anonyme-1')).toEqual(before.members.filter((m) => m.id !== 'jean-paul'));
    expect(after.log.slice(0, before.log.length).map((e) => e.target)).toEqual(before.log.map((e) => (e.target === 'jean-paul' ? 'anonyme-1' : e.target)));
    // Free text naming him in other people's records is erased; the rest of their records is not.
    expect(after.registrations.find((x) => x.id === 'reg-jpm')!.override).toBe('[erased]');
    expect(after.memberships.find((m) => m.id === 'cot-org')).toMatchObject({ reference: null, organisationId: 'lycee-jean-paul', amountCents: 5000 });
    expect(after.memberships.find((m) => m.id === 'cot-eve')!.reference).toBe('virement Leroy');
    expect(after.registrations.find((x) => x.id === 'reg-e')!.override).toBe('accord de la présidente');
  });

  it('with an imported id "e", erasing that person changes no "e" elsewhere', async () => {
    const deps = await tempDeps({ seed: seedLookalikes });
    const before = load(deps.path);
    expect((await runCli(['member', 'forget', 'e', '--yes'], { store: deps.path })).code).toBe(0);
    const after = load(deps.path);
    expect(after.log.slice(0, before.log.length).map((e) => e.action)).toEqual(before.log.map((e) => e.action));
    expect(after.sessions).toEqual(before.sessions);
    expect(after.courses).toEqual(before.courses);
    const text = JSON.stringify(after.log);
    expect(text).toContain('cooperer-leader-n1-2018');
    expect(text).toContain('"status":"confirmed"');
    expect(after.log.find((e) => e.target === 'reg-e')!.details.member).toBe('anonyme-1');
    expect(after.memberships.find((m) => m.id === 'cot-eve')).toMatchObject({ memberId: 'anonyme-1', reference: null });
  });

  it('member export returns only the log entries of that person, not of one whose id starts with theirs', async () => {
    const deps = await tempDeps({ seed: seedLookalikes });
    const r = await runCli(['member', 'export', 'jean-paul'], { store: deps.path });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.log.map((e: { target: string }) => e.target)).toEqual(['jean-paul']);
    expect(r.stdout).not.toContain('jean-paul-martin');
    expect(r.stdout).not.toContain('lycee-jean-paul');
  });

  it('erases name, e-mail and phone from another registration, a cotisation reference and the log, in the backups too', async () => {
    const deps = await tempDeps({ seed: seedLookalikes });
    expect((await runCli(['membership', 'pay', 'e', '--year', '2017', '--on', '2017-03-01', '--reference', 'payé pour Jean Paul'], { store: deps.path })).code).toBe(0);
    expect((await runCli(['member', 'forget', 'jean-paul', '--yes'], { store: deps.path })).code).toBe(0);
    for (const [file, text] of everyFile(deps.path)) {
      expect(text, file).not.toMatch(/Jean Paul|04.72.00.11.22|04 72 00 11 22|jp@example\.fr/);
    }
  });
});

describe('retention is linear', () => {
  function bigStore(people: number): StoreData {
    const data = newStoreData();
    for (let i = 0; i < people; i += 1) {
      data.members.push(person(`p${i}`, `Prénom${i}`, `Nom${i}`, { email: `p${i}@example.fr`, phone: `06${String(i).padStart(8, '0')}` }));
      data.registrations.push(
        registration('cooperer-leader-n1-2017', `p${i}`, {
          id: `r${i}`,
          receivedAt: '2017-01-20T10:00:00.000Z',
          createdAt: '2017-01-20T10:00:00.000Z',
          override: i % 10 === 0 ? `accord de Prénom${i + 1} Nom${i + 1}` : null,
        }),
      );
      data.log.push({
        at: '2017-01-20T10:00:00.000Z',
        user: 'o',
        action: 'registration.add',
        target: `r${i}`,
        details: { member: `p${i}`, session: 'cooperer-leader-n1-2017', reason: `appel de p${i}@example.fr` },
      });
    }
    return data;
  }

  it('anonymises 3,000 people in well under a second', () => {
    const data = bigStore(3_000);
    const started = performance.now();
    const people = inactiveSince(data, 2018);
    const erasures = people.map(({ member }, i) => ({ oldId: member.id, anonId: `anonyme-${i + 1}`, identity: identityOf(member) }));
    anonymisePeople(data, erasures, '2021-01-01T00:00:00.000Z');
    const elapsed = performance.now() - started;
    expect(people).toHaveLength(3_000);
    expect(JSON.stringify(data)).not.toMatch(/Prénom|@example\.fr/);
    expect(elapsed).toBeLessThan(1_000);
  });
});

describe('backup restore re-applies later erasures', () => {
  it('a copy taken before an erasure brings nobody back, says so, and keeps the erasure in the log', async () => {
    const deps = await tempDeps({ seed: seedLookalikes });
    const copy = join(deps.path, '..', 'copie-avant.json');
    writeFileSync(copy, readFileSync(deps.path));
    expect((await runCli(['member', 'forget', 'jean-paul', '--yes'], { store: deps.path })).code).toBe(0);
    const r = await runCli(['backup', 'restore', copy, '--yes'], { store: deps.path });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 erasure made after this backup.*applied again \(anonyme-1\)/);
    const data = load(deps.path);
    expect(JSON.stringify(data)).not.toMatch(/jp@example\.fr|"jean-paul"|Jean Paul/);
    expect(data.members.find((m) => m.id === 'anonyme-1')).toMatchObject({ firstName: 'Anonyme' });
    expect(data.log.filter((e) => e.action === 'member.forget').map((e) => e.target)).toEqual(['anonyme-1']);
    expect(data.log.at(-1)).toMatchObject({ action: 'backup.restore', details: { erasuresReapplied: 1 } });
    // The registry holds no personal data.
    expect(JSON.stringify(data.erasures)).not.toMatch(/jean|paul|example/i);
  });

  it('restoring again, or a backup from after the erasure, re-applies nothing', async () => {
    const deps = await tempDeps({ seed: seedLookalikes });
    expect((await runCli(['member', 'forget', 'jean-paul', '--yes'], { store: deps.path })).code).toBe(0);
    expect((await runCli(['member', 'edit', 'e', '--phone', '0611111111'], { store: deps.path })).code).toBe(0);
    const r = await runCli(['backup', 'restore', 'latest', '--yes', '--json'], { store: deps.path });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).erasuresReapplied).toEqual([]);
    expect(load(deps.path).log.filter((e) => e.action === 'member.forget')).toHaveLength(1);
  });

  it('finds the person by an e-mail they had earlier, from a backup', async () => {
    const deps = await tempDeps({ seed: seedLookalikes });
    const copy = join(deps.path, '..', 'copie-avant.json');
    writeFileSync(copy, readFileSync(deps.path));
    expect((await runCli(['member', 'edit', 'jean-paul', '--email', 'jean.paul@nouveau.fr'], { store: deps.path })).code).toBe(0);
    expect((await runCli(['member', 'forget', 'jean-paul', '--yes'], { store: deps.path })).code).toBe(0);
    expect((await runCli(['backup', 'restore', copy, '--yes'], { store: deps.path })).code).toBe(0);
    expect(readFileSync(deps.path, 'utf8')).not.toMatch(/jp@example\.fr|Jean Paul/);
    expect(bytesOf(copy).toString()).toContain('jp@example.fr'); // the file restored from is not changed
  });
});
