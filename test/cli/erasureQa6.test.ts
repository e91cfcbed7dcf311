// QA6 on erasure and the right of access: what `member export` gives is about the person only (Z).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AFTER_SESSION, N1_2018 } from '../helpers/reportScenario';
import { runCli } from '../helpers/runCli';
import { person, registration, seedWith } from '../helpers/people';
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

describe('the anonymous records’ address domain is never given to a person (QA6 AC)', () => {
  const snapshot = (store: string) => Buffer.concat([readFileSync(store), existsSync(`${store}.log`) ? readFileSync(`${store}.log`) : Buffer.from('no history')]);
  const people = () => seedWith([person('paul-petit', 'Paul', 'Petit')]);

  it.each([
    ['member add', () => ['member', 'add', '--first', 'Léa', '--last', 'Lîle', '--email', 'anonyme-5@anonyme.invalid']],
    ['member edit', () => ['member', 'edit', 'paul-petit', '--email', 'Anonyme-5@ANONYME.invalid']],
    ['member edit, another name in the domain', () => ['member', 'edit', 'paul-petit', '--email', 'autre@anonyme.invalid']],
    ['member import of a new person', () => ['member', 'import', file('m.csv', 'Prénom;Nom;E-mail\nLéa;Lîle;anonyme-7@anonyme.invalid\n')]],
    ['member import of a known person', () => ['member', 'import', file('m.csv', 'member_id;Prénom;Nom;E-mail\npaul-petit;Paul;Petit;x@sub.anonyme.invalid\n')]],
    ['register --import of a new person', () => ['register', '--import', file('i.csv', `Session;E-mail;Reçue le;Prénom;Nom\n${N1_2018};anonyme-9@anonyme.invalid;01/02/2018;Léa;Lîle\n`)]],
  ])('%s: refused (exit 2) in French and English, nothing written', async (_, args) => {
    const deps = await tempDeps({ seed: people() });
    const before = snapshot(deps.path);
    const fr = await runCli(args(), { store: deps.path, lang: 'fr' });
    expect(fr.stderr).toContain('est réservée aux fiches anonymes des personnes effacées');
    expect(fr.code).toBe(2);
    const en = await runCli(args(), { store: deps.path });
    expect(en.stderr).toContain('is reserved for the anonymous records of erased people');
    expect(en.code).toBe(2);
    expect(snapshot(deps.path).equals(before)).toBe(true);
  });

  it('an erased person named by that address in an import is still said to be erased', async () => {
    const deps = await tempDeps({ seed: people() });
    expect((await runCli(['member', 'forget', 'paul-petit', '--yes'], { store: deps.path })).code).toBe(0);
    const r = await runCli(['member', 'import', file('m.csv', 'Prénom;Nom;E-mail\nPaul;Petit;anonyme-1@anonyme.invalid\n')], { store: deps.path });
    expect(r.stderr).toContain('anonyme-1 is what is left of an erased person');
    expect(r.code).toBe(2);
  });
});
