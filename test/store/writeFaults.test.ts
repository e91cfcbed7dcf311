import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMember } from '../../src/app/members';
import { StoreError } from '../../src/errors';
import { translator } from '../../src/i18n/translate';
import { listBackups, openStore, parseStore } from '../helpers/storeInternals';
import { faultyFs, type WriteStep } from '../helpers/faultyFs';
import { bytesOf, fixedClock, tempDeps } from '../helpers/tempStore';
import { failure } from '../helpers/failure';

/** A write's failure: always a StoreError (exit 3). */
const storeFailure = (promise: Promise<unknown>) => failure(promise, StoreError);

const t = translator('en');
const clock = fixedClock('2018-02-01T10:00:00.000Z');

/** A store with one person (so that a previous version and a backup exist). */
async function storeWithOnePerson() {
  const deps = await tempDeps();
  await addMember(deps, { firstName: 'Véronique', lastName: 'Bernard', email: 'vb@example.fr' });
  return deps;
}

const tempsBeside = (store: string) => readdirSync(join(store, '..')).filter((n) => n.endsWith('.tmp'));

describe('a write whose filesystem step fails', () => {
  it.each<WriteStep>(['open', 'write', 'fsync', 'rename'])('leaves the old version when %s fails, removes its temporary file and says so (exit 3)', async (step) => {
    const deps = await storeWithOnePerson();
    const before = bytesOf(deps.path);
    const backupsBefore = listBackups(deps.path);
    const broken = openStore(deps.path, { fs: faultyFs(step, 'EIO'), now: clock, lockWaitMs: 2_000 });
    const error = await storeFailure(addMember({ ...deps, store: broken }, { firstName: 'Ana', lastName: 'Lopez', email: 'al@example.fr' }));
    expect(error.exitCode).toBe(3);
    const message = t(error.key, error.params as never);
    expect(message).toContain(deps.path);
    expect(message).toContain('input/output error (EIO)');
    expect(message).toMatch(/it is unchanged/);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    expect(tempsBeside(deps.path)).toEqual([]);
    expect(listBackups(deps.path)).toEqual(backupsBefore);
    // The store is still fine: the next write, without the fault, succeeds.
    await addMember(deps, { firstName: 'Ana', lastName: 'Lopez', email: 'al@example.fr' });
    expect(parseStore(bytesOf(deps.path).toString(), deps.path).members.map((m) => m.email)).toEqual(['vb@example.fr', 'al@example.fr']);
  });

  it('copies the old version when a hard link is refused (another file system), with mode 0600', async () => {
    const deps = await storeWithOnePerson();
    const before = bytesOf(deps.path);
    const store = openStore(deps.path, { fs: faultyFs('link', 'EXDEV'), now: clock });
    await addMember({ ...deps, store }, { firstName: 'Ana', lastName: 'Lopez', email: 'al@example.fr' });
    const newest = listBackups(deps.path)[0]!;
    expect(bytesOf(newest).equals(before)).toBe(true);
    expect(statSync(newest).mode & 0o777).toBe(0o600);
  });

  it('reports a full disk (ENOSPC) clearly and leaves the store unchanged', async () => {
    const deps = await storeWithOnePerson();
    const before = bytesOf(deps.path);
    const store = openStore(deps.path, { fs: faultyFs('write', 'ENOSPC'), now: clock });
    const error = await storeFailure(addMember({ ...deps, store }, { firstName: 'Ana', lastName: 'Lopez', email: 'al@example.fr' }));
    expect(t(error.key, error.params as never)).toMatch(/the disk is full \(ENOSPC\)[\s\S]*free disk space/);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    expect(tempsBeside(deps.path)).toEqual([]);
  });

  it.each(['write', 'fsync'] as const)('a %s of the history that fails (full disk) writes nothing: store and history unchanged', async (step) => {
    const deps = await storeWithOnePerson();
    const before = bytesOf(deps.path);
    const history = bytesOf(`${deps.path}.log`);
    const store = openStore(deps.path, { fs: faultyFs(step, 'ENOSPC', (p) => p.endsWith('.log')), now: clock });
    const error = await storeFailure(addMember({ ...deps, store }, { firstName: 'Ana', lastName: 'Lopez', email: 'al@example.fr' }));
    expect(error.key).toBe('storeWriteFailed');
    expect(t(error.key, error.params as never)).toMatch(/store\.json\.log \(the disk is full \(ENOSPC\)\)/);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    expect(bytesOf(`${deps.path}.log`).equals(history)).toBe(true);
  });

  it('a store write that fails after the history was appended cuts the lines it appended', async () => {
    const deps = await storeWithOnePerson();
    const history = bytesOf(`${deps.path}.log`);
    const store = openStore(deps.path, { fs: faultyFs('write', 'ENOSPC'), now: clock });
    await storeFailure(addMember({ ...deps, store }, { firstName: 'Ana', lastName: 'Lopez', email: 'al@example.fr' }));
    expect(bytesOf(`${deps.path}.log`).equals(history)).toBe(true);
  });

  it('reports a read-only folder clearly and leaves the store unchanged', async () => {
    const deps = await storeWithOnePerson();
    const before = bytesOf(deps.path);
    const folder = join(deps.path, '..');
    // root ignores permissions: there the refusal the kernel would give is injected instead.
    const asRoot = process.getuid?.() === 0;
    const store = asRoot ? openStore(deps.path, { fs: faultyFs('open', 'EACCES'), now: clock }) : openStore(deps.path, { now: clock, lockWaitMs: 1_000 });
    if (!asRoot) chmodSync(folder, 0o500);
    try {
      const error = await storeFailure(addMember({ ...deps, store }, { firstName: 'Ana', lastName: 'Lopez', email: 'al@example.fr' }));
      expect(error.exitCode).toBe(3);
      expect(t(error.key, error.params as never)).toMatch(/permission denied \(EACCES\)[\s\S]*permissions/);
    } finally {
      chmodSync(folder, 0o700);
    }
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    expect(tempsBeside(deps.path)).toEqual([]);
  });
});

describe('backups', () => {
  it('keeps the last 10 versions, newest first even when the clock does not move', async () => {
    const deps = await tempDeps();
    const versions: Buffer[] = [];
    for (let i = 0; i < 13; i += 1) {
      versions.push(bytesOf(deps.path));
      await addMember(deps, { firstName: 'Ana', lastName: `Lopez ${'x'.repeat(i + 1)}`, email: `a${i}@example.fr` });
    }
    const backups = listBackups(deps.path);
    expect(backups).toHaveLength(10);
    // Newest backup = the version replaced by the last write, and so on backwards.
    backups.forEach((b, i) => expect(bytesOf(b).equals(versions[versions.length - 1 - i]!)).toBe(true));
    for (const b of backups) expect(statSync(b).mode & 0o777).toBe(0o600);
  });
});
