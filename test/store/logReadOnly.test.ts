// A history made read-only (chmod 400): every change is refused. The refusal names the file's own
// rights (not the disk, not the folder), and doctor reports it instead of calling the store healthy (QA4 F13).
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forgetMember } from '../../src/app/dataRights';
import { addMember } from '../../src/app/members';
import { runDoctor } from '../../src/app/doctor';
import { StoreError } from '../../src/errors';
import { translator } from '../../src/i18n/translate';
import { failure } from '../helpers/failure';
import { faultyFs } from '../helpers/faultyFs';
import { openStore } from '../helpers/storeInternals';
import { bytesOf, fixedClock, tempDeps } from '../helpers/tempStore';

const clock = fixedClock('2018-02-01T10:00:00.000Z');

async function storeWithOnePerson() {
  const deps = await tempDeps();
  await addMember(deps, { firstName: 'Véronique', lastName: 'Bernard', email: 'vb@example.fr' });
  return deps;
}

/**
 * Makes `file` impossible to write for this process while `run` runs: chmod 400 for a user, the
 * immutable attribute for root (whom file modes do not stop).
 */
async function readOnly<T>(file: string, run: () => Promise<T>): Promise<T> {
  const root = process.getuid?.() === 0;
  if (root) execFileSync('chattr', ['+i', file]);
  else chmodSync(file, 0o400);
  try {
    return await run();
  } finally {
    if (root) execFileSync('chattr', ['-i', file]);
    else chmodSync(file, 0o600);
  }
}

describe('a read-only history', () => {
  it('a change is refused naming the file’s own rights and the chmod to run, in French and English; nothing written', async () => {
    const deps = await storeWithOnePerson();
    const before = Buffer.concat([bytesOf(deps.path), bytesOf(`${deps.path}.log`)]);
    // The system's refusal to open the history for appending, as for a file mode 0400.
    const store = openStore(deps.path, { fs: faultyFs('open', 'EACCES', (p) => p.endsWith('.log')), now: clock });
    const error = await failure(addMember({ ...deps, store }, { firstName: 'Ana', lastName: 'Lopez', email: 'al@example.fr' }), StoreError);
    expect(error.exitCode).toBe(3);
    const fr = translator('fr')(error.key, error.params as never);
    expect(fr).toContain(`L'historique du stockage ${deps.path}.log est en lecture seule : la modification est refusée et rien n'a été modifié.`);
    expect(fr).toContain(`chmod u+w "${deps.path}.log"`);
    expect(fr).not.toMatch(/espace disque|dossier/);
    expect(translator('en')(error.key, error.params as never)).toContain('is read-only: the change was refused and nothing was changed.');
    expect(Buffer.concat([bytesOf(deps.path), bytesOf(`${deps.path}.log`)]).equals(before)).toBe(true);
  });

  it('doctor reports it (a problem, with the chmod to run), not a healthy store', async () => {
    const deps = await storeWithOnePerson();
    const report = await readOnly(`${deps.path}.log`, () => runDoctor(deps));
    expect(report.healthy).toBe(false);
    const finding = report.findings.find((f) => f.key === 'doctorLogReadOnly');
    expect(finding?.level).toBe('problem');
    expect(translator('fr')(finding!.key, finding!.params as never)).toContain('est en lecture seule : toute modification (ajout, inscription, cotisation…) est refusée.');
    expect((await runDoctor(deps)).healthy).toBe(true);
  });

  it('an erasure is refused too, saying so, and leaves the history as it was (QA6 AE)', async () => {
    const deps = await storeWithOnePerson();
    const log = `${deps.path}.log`;
    const before = Buffer.concat([bytesOf(deps.path), bytesOf(log)]);
    const error = await readOnly(log, () => failure(forgetMember(deps, 'vb@example.fr'), StoreError));
    expect(error.key).toBe('logReadOnly');
    expect(translator('fr')(error.key, error.params as never)).toContain('est en lecture seule : la modification est refusée');
    expect(Buffer.concat([bytesOf(deps.path), bytesOf(log)]).equals(before)).toBe(true);
  });
});
