// QA6 on erasure and the right of access: what `member export` gives is about the person only (Z).
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AFTER_SESSION, N1_2018 } from '../helpers/reportScenario';
import { runCli } from '../helpers/runCli';
import { person, registration, seedWith } from '../helpers/people';
import { forgetMember } from '../../src/app/dataRights';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { emailOf, galDeps, registerAgents } from '../helpers/mailScenario';
import { backupsDir } from '../helpers/storeInternals';
import { tempDeps, tempDir } from '../helpers/tempStore';

function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

describe('member export gives the person their own part of an entry about several people (QA6 Z)', () => {
  it('attendance and an import of people: only her change, no other person named', async () => {
    const people = [person('anne-arnaud', 'Anne', 'Arnaud'), person('bruno-blanc', 'Bruno', 'Blanc'), person('chloe-carre', 'Chloé', 'Carré')];
    const deps = await tempDeps({
      now: AFTER_SESSION,
      seed: seedWith(
        people,
        people.map((p) => registration(N1_2018, p.id)),
      ),
    });
    const store = deps.path;
    const now = AFTER_SESSION;
    expect((await runCli(['attendance', N1_2018, '--present', 'bruno-blanc,anne-arnaud', '--absent', 'chloe-carre'], { store, now })).code).toBe(0);
    const csv = file(
      'p.csv',
      'Prénom;Nom;E-mail;Téléphone\nAnne;Arnaud;anne-arnaud@example.fr;06 11 22 33 44\nBruno;Blanc;bruno-blanc@example.fr;06 55 66 77 88\nChloé;Carré;chloe-carre@example.fr;06 99 88 77 66\n',
    );
    const imported0 = await runCli(['member', 'import', csv], { store, now });
    expect(imported0.stderr).toBe('');
    expect(imported0.code).toBe(0);
    const registrations = (await deps.store.read()).registrations;
    const own = registrations.find((r) => r.memberId === 'anne-arnaud')!.id;

    const r = await runCli(['member', 'export', 'anne-arnaud'], { store, now });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { log: Array<{ action: string; target: string | null; details: Record<string, unknown> }> };
    const attendance = doc.log.find((e) => e.action === 'attendance.record')!;
    expect(attendance.details.changes).toEqual([{ registrationId: own, memberId: 'anne-arnaud', from: null, to: 'present' }]);
    const imported = doc.log.find((e) => e.action === 'member.import')!;
    expect(imported.details.changes).toEqual([['anne-arnaud', 'phone']]);
    // Nobody else is named anywhere in what she receives: neither their ids nor their registrations'.
    const others = ['bruno-blanc', 'chloe-carre', ...registrations.filter((x) => x.memberId !== 'anne-arnaud').map((x) => x.id)];
    const text = JSON.stringify(doc.log);
    for (const id of others) expect(text).not.toContain(`"${id}"`);
    // The store's history is untouched: the entry is whole there.
    const log = (await deps.store.read({ log: true })).log;
    expect((log.find((e) => e.action === 'attendance.record')!.details.changes as unknown[]).length).toBe(3);
  });
});

describe('an erasure covers the people present when it was made (QA6 G)', () => {
  it('a person who comes back with the same e-mail after member forget does not make doctor report later backups', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const store = deps.path;
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store, now: '2018-03-01T10:00:00.000Z' })).code).toBe(0);
    // She registers again: a new person, with the address the erasure remembers (hashed).
    const back = await runCli(['member', 'add', '--first', 'Camille', '--last', 'Durand', '--email', 'c.durand@old-mail.fr'], { store, now: '2018-03-02T10:00:00.000Z' });
    expect(back.code).toBe(0);
    // Any change: the version holding the new Camille becomes a backup; then another one.
    expect((await runCli(['org', 'add', '--name', 'GAL Test'], { store, now: '2018-03-03T10:00:00.000Z' })).code).toBe(0);
    expect((await runCli(['org', 'add', '--name', 'GAL Autre'], { store, now: '2018-03-04T10:00:00.000Z' })).code).toBe(0);
    for (const lang of ['en', 'fr'] as const) {
      const doctor = await runCli(['doctor'], { store, lang, now: '2018-03-05T10:00:00.000Z' });
      expect(doctor.stdout).not.toMatch(/still holds people who were erased|contient encore des personnes effacées/);
      expect(doctor.code).toBe(0);
    }
  });

  it('nor does a person on file before it who is given that e-mail afterwards', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const store = deps.path;
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store, now: '2018-03-01T10:00:00.000Z' })).code).toBe(0);
    expect((await runCli(['member', 'edit', 'ana-lopez', '--email', 'c.durand@old-mail.fr'], { store, now: '2018-03-02T10:00:00.000Z' })).code).toBe(0);
    expect((await runCli(['org', 'add', '--name', 'GAL Test'], { store, now: '2018-03-03T10:00:00.000Z' })).code).toBe(0);
    const doctor = await runCli(['doctor'], { store, now: '2018-03-05T10:00:00.000Z' });
    expect(doctor.stdout).not.toMatch(/still holds people who were erased/);
    expect(doctor.code).toBe(0);
  });

  it('a copy from before the erasure put among the backups is still reported', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const store = deps.path;
    const copy = readFileSync(store);
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store, now: '2018-03-01T10:00:00.000Z' })).code).toBe(0);
    expect((await runCli(['member', 'add', '--first', 'Camille', '--last', 'Durand', '--email', 'c.durand@old-mail.fr'], { store, now: '2018-03-02T10:00:00.000Z' })).code).toBe(0);
    const planted = join(backupsDir(store), '2000-01-01T00-00-00.000Z-n000000.json');
    writeFileSync(planted, copy);
    const doctor = await runCli(['doctor'], { store, now: '2018-03-05T10:00:00.000Z' });
    expect(doctor.stdout).toMatch(/still holds people who were erased \(anonyme-1\)/);
    expect(doctor.code).toBe(1);
  });
});

describe('the erasure marker in the reader’s language (QA6 R)', () => {
  it('log and mail log show « [effacé] » in French; the stored marker and --json stay [erased]', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 1);
    const store = deps.path;
    const anne = emailOf('Anne');
    expect((await runCli(['membership', 'pay', anne, '--year', '2019', '--amount', '30'], { store })).code).toBe(0);
    expect((await runCli(['membership', 'cancel', anne, '--year', '2019', '--reason', 'doublon'], { store })).code).toBe(0);
    await forgetMember(deps, anne);
    const log = await runCli(['log'], { store, lang: 'fr', columns: 200 });
    expect(log.stdout).toContain('motif : [effacé]');
    expect(log.stdout).not.toContain('[erased]');
    const mail = await runCli(['mail', 'log'], { store, lang: 'fr', columns: 200 });
    expect(mail.stdout).toContain('[effacé]');
    expect(mail.stdout).not.toContain('[erased]');
    expect((await runCli(['log'], { store, columns: 200 })).stdout).toContain('[erased]');
    expect((await runCli(['log', '--json'], { store })).stdout).toMatch(/"reason": "\[erased\]"/);
  });
});

describe('an erased person who attended: certificates (QA6 N)', () => {
  async function erasedAttendee() {
    const deps = await tempDeps({ now: AFTER_SESSION, seed: seedWith([person('gaelle-giraud', 'Gaëlle', 'Giraud')], [registration(N1_2018, 'gaelle-giraud', { attendance: 'present' })]) });
    const store = deps.path;
    const now = AFTER_SESSION;
    const before = await runCli(['export', 'eligible', '--format', 'json'], { store, now });
    expect(JSON.parse(before.stdout).map((row: { member_id: string }) => row.member_id)).toEqual(['gaelle-giraud']);
    expect((await runCli(['member', 'forget', 'gaelle-giraud', '--yes'], { store, now })).code).toBe(0);
    return { store, now };
  }

  it('certificates: said to be erased, not absent nor unrecorded', async () => {
    const { store, now } = await erasedAttendee();
    const all = await runCli(['doc', 'certificate', '--session', N1_2018, '--output', join(tempDir(), 'c')], { store, now, lang: 'fr' });
    expect(all.code).toBe(1);
    expect(all.stderr).toContain(`Aucun certificat à délivrer pour ${N1_2018} : la seule personne enregistrée présente a été effacée (caprural membre oublier).`);
    expect(all.stderr).not.toContain('Enregistrez d');
    const en = await runCli(['doc', 'certificate', '--session', N1_2018, '--output', join(tempDir(), 'c')], { store, now });
    expect(en.stderr).toContain(`No certificate to issue at ${N1_2018}: the one person recorded present was erased (member forget).`);
    const one = await runCli(['doc', 'certificate', '--session', N1_2018, '--member', 'anonyme-1', '--output', join(tempDir(), 'c.pdf')], { store, now, lang: 'fr' });
    expect(one.code).toBe(1);
    expect(one.stderr).toContain(`Pas de certificat pour anonyme-1 à ${N1_2018} : cette personne a été enregistrée présente, mais son identité a été effacée (caprural membre oublier).`);
    expect(one.stderr).not.toContain("qu'à une personne enregistrée présente");
  });
});

describe('an erasure after a command stopped before its commit (QA6 H)', () => {
  it('sets the stopped command’s lines aside, scrubbed, as any change does: never dropped', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const store = deps.path;
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store })).code).toBe(0);
    const committed = readFileSync(`${store}.log`, 'utf8').split('\n').filter(Boolean);
    const seq = committed.length + 1;
    // What a `kill -9` between the history's append and the store's rename leaves: lines no store counts.
    const aboutHer = { seq, at: '2018-02-01T10:00:00.000Z', user: 'o', action: 'member.edit', target: 'camille-durand', details: { reason: 'Camille Durand a appelé' } };
    const other = { seq: seq + 1, at: '2018-02-01T10:00:00.000Z', user: 'o', action: 'org.add', target: 'pnr-du-vercors', details: {} };
    appendFileSync(`${store}.log`, `${JSON.stringify(aboutHer)}\n${JSON.stringify(other)}\n{"seq":`);
    const r = await runCli(['member', 'forget', 'camille-durand', '--yes'], { store });
    expect(r.code).toBe(0);
    const dir = dirname(store);
    const aside = readdirSync(dir).filter((n) => n.startsWith('store.json.log.') && n.endsWith('.aside'));
    expect(aside).toHaveLength(1);
    const kept = readFileSync(join(dir, aside[0]!), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(kept).toEqual([{ ...aboutHer, target: 'anonyme-1', details: { reason: '[erased]' } }, other]);
    // The history: the committed entries, then the erasure's own.
    const log = readFileSync(`${store}.log`, 'utf8').split('\n').filter(Boolean);
    expect(log).toHaveLength(committed.length + 1);
    expect(JSON.parse(log.at(-1)!).action).toBe('member.forget');
    expect(readFileSync(`${store}.log`, 'utf8')).not.toContain('Camille');
    expect((await runCli(['doctor'], { store })).code).toBe(0);
  });
});
