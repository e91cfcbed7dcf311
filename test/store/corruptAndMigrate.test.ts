import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, steps } from '../../src/store/migrations';
import { SCHEMA_VERSION, storeSchema } from '../../src/store/schema';
import { listBackups, loadStore } from '../helpers/storeInternals';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

const FIXTURE_V1 = new URL('../fixtures/store-v1.json', import.meta.url);
const FIXTURE_V2 = new URL('../fixtures/store-v2.json', import.meta.url);

/** A store with a change made, so that a backup exists. */
async function storeWithBackup(): Promise<string> {
  const store = join(tempDir(), 'store.json');
  expect((await runCli(['init'], { store })).code).toBe(0);
  expect((await runCli(['org', 'add', '--name', 'GAL du Pays de Gex', '--kind', 'GAL'], { store })).code).toBe(0);
  expect(listBackups(store).length).toBeGreaterThan(0);
  return store;
}

const corruptions: Array<[string, (text: string) => string | Buffer, RegExp]> = [
  ['truncated', (text) => text.slice(0, Math.floor(text.length / 2)), /not JSON \(it may be truncated\)/],
  ['zero bytes', () => '', /empty \(zero bytes\)/],
  ['NUL bytes', (text) => Buffer.concat([Buffer.from(text.slice(0, 200)), Buffer.alloc(512), Buffer.from(text.slice(712))]), /NUL bytes/],
  ['of wrong types', (text) => text.replace(/"name": ?"GAL du Pays de Gex"/, '"name": 42'), /the organisation \S+: "name" is 42; expected a text/],
  ['of an unknown schemaVersion', (text) => text.replace(/"schemaVersion": ?\d+/, '"schemaVersion": "deux"'), /unknown schemaVersion "deux"/],
  ['without a schemaVersion', (text) => text.replace(/"schemaVersion": ?\d+,/, ''), /unknown schemaVersion missing/],
  ['of a newer schemaVersion', (text) => text.replace(/"schemaVersion": ?\d+/, '"schemaVersion": 99'), /newer caprural \(schema 99/],
  ['null', () => 'null', /not hold a store object/],
  ['an array', () => '[]', /not hold a store object/],
];

describe('a damaged store', () => {
  it.each(corruptions)('%s is refused with exit 3, left untouched, and the message names the file and the newest backup', async (_label, damage, reason) => {
    const store = await storeWithBackup();
    writeFileSync(store, damage(readFileSync(store, 'utf8')));
    const before = bytesOf(store);
    const newest = listBackups(store)[0]!;
    for (const args of [['member', 'list'], ['member', 'add', '--first', 'Ana', '--last', 'Lopez', '--email', 'al@example.fr'], ['sessions']]) {
      const r = await runCli(args, { store });
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(store);
      expect(r.stderr).toContain(newest);
      expect(r.stderr).toMatch(reason);
      expect(r.stderr).toMatch(/left untouched/);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
      expect(bytesOf(store).equals(before)).toBe(true);
    }
    expect(listBackups(store)[0]).toBe(newest);
  });
});

describe('schema migrations', () => {
  it('has a step from every older version to the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v += 1) expect(typeof steps[v]).toBe('function');
    expect(steps[SCHEMA_VERSION]).toBeUndefined();
  });

  it('turns the v1 fixture into a valid current store, people gaining anonymisedAt = null', () => {
    const v1 = JSON.parse(readFileSync(FIXTURE_V1, 'utf8'));
    const migrated = migrate(v1, 1, SCHEMA_VERSION);
    const parsed = storeSchema.parse(migrated);
    expect(parsed.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parsed.members.map((m) => m.anonymisedAt)).toEqual([null, null]);
    expect(parsed.members.map((m) => m.email)).toEqual(v1.members.map((m: { email: string }) => m.email));
    expect(v1.schemaVersion).toBe(1); // the input is not mutated
  });

  it('reads a v1 store without writing it, then migrates it at the next change after keeping the v1 file as a backup', async () => {
    const store = join(tempDir(), 'store.json');
    copyFileSync(FIXTURE_V1, store);
    const v1 = bytesOf(store);

    const list = await runCli(['member', 'list', '--json'], { store });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((m: { id: string }) => m.id)).toEqual(['veronique-bernard', 'jean-edouard-d-artois']);
    expect(bytesOf(store).equals(v1)).toBe(true);

    expect((await runCli(['org', 'add', '--name', 'PNR du Vercors', '--kind', 'PNR'], { store })).code).toBe(0);
    const after = JSON.parse(readFileSync(store, 'utf8'));
    expect(after.schemaVersion).toBe(SCHEMA_VERSION);
    expect(after.members.every((m: { anonymisedAt: unknown }) => m.anonymisedAt === null)).toBe(true);
    expect(after.registrations).toEqual(JSON.parse(v1.toString()).registrations);
    const backups = listBackups(store);
    expect(backups).toHaveLength(1);
    expect(bytesOf(backups[0]!).equals(v1)).toBe(true);
  });

  it('migrates a v2 store (written before outbox, erasures, links and minutes existed) unchanged but for its version, its history still to be written (logSeq 0)', () => {
    const v2 = JSON.parse(readFileSync(FIXTURE_V2, 'utf8'));
    const migrated = migrate(structuredClone(v2), 2, SCHEMA_VERSION);
    expect(migrated).toEqual({ ...v2, schemaVersion: SCHEMA_VERSION, logSeq: 0 });
    expect(storeSchema.safeParse(migrated).success).toBe(true);
  });

  it('reads a v2 store without writing it, then writes it as v4 at the next change (its history moved to the file beside it) after keeping the v2 file as a backup', async () => {
    const store = join(tempDir(), 'store.json');
    copyFileSync(FIXTURE_V2, store);
    const v2 = bytesOf(store);
    expect((await runCli(['member', 'list', '--json'], { store })).code).toBe(0);
    expect(bytesOf(store).equals(v2)).toBe(true);
    expect((await runCli(['org', 'add', '--name', 'PNR du Vercors', '--kind', 'PNR'], { store })).code).toBe(0);
    const after = JSON.parse(readFileSync(store, 'utf8'));
    expect(after.schemaVersion).toBe(4);
    expect(after.members).toEqual(JSON.parse(v2.toString()).members);
    expect(after).not.toHaveProperty('log');
    const history = JSON.parse(v2.toString()).log;
    expect(after.logSeq).toBe(history.length + 1);
    expect(loadStore(store).log.slice(0, -1)).toEqual(history);
    expect(loadStore(store).log.at(-1)).toMatchObject({ action: 'org.add', target: 'pnr-du-vercors' });
    const backups = listBackups(store);
    expect(backups).toHaveLength(1);
    expect(bytesOf(backups[0]!).equals(v2)).toBe(true);
  });

  it('refuses a store of a newer version and never rewrites it', async () => {
    const store = join(tempDir(), 'store.json');
    writeFileSync(store, readFileSync(FIXTURE_V1, 'utf8').replace('"schemaVersion": 1', `"schemaVersion": ${SCHEMA_VERSION + 1}`));
    const before = bytesOf(store);
    const r = await runCli(['org', 'add', '--name', 'PNR du Vercors', '--kind', 'PNR'], { store });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/newer caprural/);
    expect(bytesOf(store).equals(before)).toBe(true);
  });
});
