// QA6 on erasure and the right of access: what `member export` gives is about the person only (Z).
import { writeFileSync } from 'node:fs';
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
