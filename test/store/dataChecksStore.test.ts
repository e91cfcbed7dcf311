// The store's side of the data checks (src/store/jsonFileStore.ts, StoreOptions.dataChecks): run
// on an untrusted version only; a change to a version found wrong goes through only if it fixes
// some problems and adds none; a version still wrong is never trusted.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataChecks, StoreData } from '../../src/store/index';
import { openStore as openJsonFileStore } from '../helpers/storeInternals';
import { person } from '../helpers/people';
import { bytesOf, tempDir } from '../helpers/tempStore';

/** Checks that count their runs: a person whose e-mail has no « @ » is a problem. */
function counting() {
  let runs = 0;
  const checks: DataChecks = {
    id: 'test/1',
    async run(data: StoreData) {
      runs += 1;
      return data.members.filter((m) => !m.email.includes('@')).map((m) => ({ key: 'doctorEmailInvalid' as const, params: { id: m.id, email: m.email } }));
    },
  };
  return { checks, runs: () => runs };
}

async function setUp() {
  const dir = tempDir();
  const path = join(dir, 'store.json');
  const { checks, runs } = counting();
  const open = () => openJsonFileStore(path, { cacheDir: join(dir, 'cache', 'caprural'), dataChecks: checks, now: () => new Date('2018-02-01T10:00:00.000Z') });
  await open().create(true);
  await open().update((d) => void d.members.push(person('a', 'Anne', 'Arnaud', { email: 'a@x.fr' }), person('b', 'Bruno', 'Blanc', { email: 'b@x.fr' })));
  const hand = (change: (raw: { members: Array<{ id: string; email: string }> }) => void) => {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { members: Array<{ id: string; email: string }> };
    change(raw);
    writeFileSync(path, JSON.stringify(raw));
  };
  return { path, open, runs, hand };
}

describe('the data checks given to the store', () => {
  it('never run on a version caprural wrote (trusted), run once on one edited by hand', async () => {
    const { open, runs, hand } = await setUp();
    const before = runs();
    await open().read();
    await open().update((d) => void (d.members[0]!.firstName = 'Annie'));
    expect(runs()).toBe(before);
    hand((raw) => (raw.members[0]!.email = 'a2@x.fr'));
    await open().read();
    expect(runs()).toBe(before + 1);
    // Found clean: trusted from then on.
    await open().read();
    await open().update((d) => void (d.members[0]!.firstName = 'Anne'));
    expect(runs()).toBe(before + 1);
  });

  it('a change that fixes one problem but makes another is refused; one that fixes without adding goes through, and is not trusted while a problem is left', async () => {
    const { path, open, runs, hand } = await setUp();
    hand((raw) => {
      raw.members[0]!.email = 'a-at-x.fr';
      raw.members[1]!.email = 'b-at-x.fr';
    });
    const before = bytesOf(path);
    await expect(open().update((d) => void ((d.members[0]!.email = 'a@x.fr'), d.members.push(person('c', 'C', 'C', { email: 'c-at-x.fr' }))))).rejects.toMatchObject({
      key: 'storeDataProblems',
      exitCode: 3,
    });
    await expect(open().update((d) => void (d.members[0]!.firstName = 'X'))).rejects.toMatchObject({ key: 'storeDataProblems', params: { count: 2 } });
    expect(bytesOf(path).equals(before)).toBe(true);
    await open().update((d) => void (d.members[0]!.email = 'a@x.fr'));
    const n = runs();
    await expect(open().update((d) => void (d.members[0]!.firstName = 'X'))).rejects.toMatchObject({ key: 'storeDataProblems', params: { count: 1 } });
    expect(runs()).toBeGreaterThan(n);
    await open().update((d) => void (d.members[1]!.email = 'b@x.fr'));
    await open().update((d) => void (d.members[0]!.firstName = 'X'));
  });
});
