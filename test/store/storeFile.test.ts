import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CapruralError, StoreError } from '../../src/errors';
import { translator } from '../../src/i18n/translate';
import { SCHEMA_VERSION, storeSchema } from '../../src/store/schema';
import { BACKUPS_KEPT, backupsDir, listBackups, openStore, STALE_LOCK_MS } from '../helpers/storeInternals';
import { ageLock } from '../helpers/staleLock';
import { bytesOf, fixedClock, tempDir } from '../helpers/tempStore';

const t = translator('en');
const storePath = () => join(tempDir(), 'store.json');

async function expectStoreError(promise: Promise<unknown>, key: string): Promise<CapruralError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect((error as CapruralError).key).toBe(key);
  expect((error as CapruralError).exitCode).toBe(3);
  return error as CapruralError;
}

describe('creating the store', () => {
  it('writes the catalogue, valid against the schema, with mode 0600', async () => {
    const path = storePath();
    await openStore(path).create(false);
    // The file holds no history (version 4: it is appended to the file beside it), and counts none yet.
    const file = JSON.parse(bytesOf(path).toString('utf8'));
    expect(file).not.toHaveProperty('log');
    expect(file.logSeq).toBe(0);
    const data = storeSchema.parse({ ...file, log: [] });
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.sessions.map((s) => s.id)).toEqual([
      'cooperer-leader-n1-2017',
      'cooperer-leader-n2-2017',
      'cooperer-leader-n3-2017',
      'cooperer-leader-n1-2018',
      'cooperer-leader-n2-2018',
      'cooperer-leader-n3-2018',
    ]);
    expect(data.rules).toEqual([{ id: 'appui-cooperation-leader', label: expect.any(String), courseId: 'cooperer-leader-n1', years: [2017, 2018] }]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('creates an empty store with --empty', async () => {
    const path = storePath();
    await openStore(path).create(true);
    const data = await openStore(path).read();
    expect(data.sessions).toEqual([]);
    expect(data.courses).toEqual([]);
  });

  it('refuses to create over an existing store, as a usage error', async () => {
    const path = storePath();
    await openStore(path).create(false);
    const before = bytesOf(path);
    await expect(openStore(path).create(true)).rejects.toMatchObject({ key: 'storeExists', exitCode: 2 });
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  it('creates a missing store on first use, with the catalogue, and says so once', async () => {
    const path = join(tempDir(), 'nested', 'folder', 'store.json');
    const created: string[] = [];
    const data = await openStore(path, { onCreated: (p) => created.push(p) }).read();
    expect(data.sessions).toHaveLength(6);
    expect(created).toEqual([path]);
    await openStore(path, { onCreated: (p) => created.push(p) }).read();
    expect(created).toHaveLength(1);
  });

  it('refuses to create a missing store when backups of an earlier one exist, and names the newest', async () => {
    const path = storePath();
    const store = openStore(path, { now: fixedClock('2018-01-01T00:00:00.000Z') });
    await store.create(false);
    await store.update((d) => void d.organisations.push({ id: 'o', name: 'O', kind: 'GAL', territory: null }));
    const { rmSync } = await import('node:fs');
    rmSync(path);
    const error = await expectStoreError(openStore(path).read(), 'storeMissingWithBackups');
    expect(t(error.key, error.params as never)).toContain(listBackups(path)[0]);
    expect(existsSync(path)).toBe(false);
  });
});

describe('reading a broken store', () => {
  const cases: Array<[string, string | Buffer, string]> = [
    ['an empty file', '', 'storeInvalid'],
    ['white space only', '  \n', 'storeInvalid'],
    ['zero bytes of NUL', Buffer.alloc(64), 'storeInvalid'],
    ['not JSON', '{"schemaVersion": 1, "courses": [', 'storeInvalid'],
    ['null', 'null', 'storeInvalid'],
    ['an array', '[]', 'storeInvalid'],
    ['a string', '"store"', 'storeInvalid'],
    ['the wrong shape', JSON.stringify({ schemaVersion: 1, courses: 'none' }), 'storeInvalid'],
    ['wrong types inside', 'WRONG_TYPES', 'storeInvalid'],
    ['no schemaVersion', JSON.stringify({ courses: [] }), 'storeInvalid'],
    ['a newer schemaVersion', JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1 }), 'storeNewer'],
  ];

  it.each(cases)('refuses %s with exit 3, names the file and the newest backup, and never rewrites it', async (_label, content, key) => {
    const path = storePath();
    const store = openStore(path, { now: fixedClock('2018-01-01T00:00:00.000Z') });
    await store.create(false);
    await store.update((d) => void d.organisations.push({ id: 'o', name: 'O', kind: 'GAL', territory: null }));
    let text = content;
    if (content === 'WRONG_TYPES') {
      const data = JSON.parse(bytesOf(path).toString('utf8'));
      data.sessions[0].capacity = 'twelve';
      text = JSON.stringify(data);
    }
    writeFileSync(path, text);
    const before = bytesOf(path);
    const error = await expectStoreError(store.read(), key);
    const message = t(error.key, error.params as never);
    expect(message).toContain(path);
    if (key === 'storeInvalid') expect(message).toContain(listBackups(path)[0]);
    await expectStoreError(
      store.update(() => undefined),
      key,
    );
    expect(bytesOf(path).equals(before)).toBe(true);
  });
});

describe('writing', () => {
  it('writes nothing when the change throws', async () => {
    const path = storePath();
    const store = openStore(path);
    await store.create(false);
    const before = bytesOf(path);
    await expect(
      store.update((d) => {
        d.organisations.push({ id: 'o', name: 'O', kind: 'GAL', territory: null });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(bytesOf(path).equals(before)).toBe(true);
    expect(readdirSync(dirname(path)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it(`keeps the last ${BACKUPS_KEPT} versions as backups, each the version it replaced, mode 0600`, async () => {
    const path = storePath();
    let tick = 0;
    const store = openStore(path, { now: () => new Date(Date.UTC(2018, 0, 1, 0, 0, tick++)) });
    await store.create(true);
    for (let i = 1; i <= 15; i += 1) {
      await store.update((d) => void d.organisations.push({ id: `o${i}`, name: `O${i}`, kind: 'GAL', territory: null }));
    }
    const backups = listBackups(path);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    // The newest backup is the version before the last change: 14 organisations.
    const newest = JSON.parse(bytesOf(backups[0]!).toString('utf8'));
    expect(newest.organisations).toHaveLength(14);
    const oldest = JSON.parse(bytesOf(backups[BACKUPS_KEPT - 1]!).toString('utf8'));
    expect(oldest.organisations).toHaveLength(5);
    for (const b of backups) expect(statSync(b).mode & 0o777).toBe(0o600);
    expect(statSync(backupsDir(path)).mode & 0o777).toBe(0o700);
    expect((await store.read()).organisations).toHaveLength(15);
  });
});

const children: ChildProcess[] = [];
afterEach(() => {
  while (children.length) children.pop()!.kill('SIGKILL');
});

/** Another process that takes the store's lock (caprural's protocol: a folder with an owner file) and keeps it fresh until killed. */
function holdLock(path: string, releaseAfterMs = -1): Promise<void> {
  const lock = JSON.stringify(`${path}.lock`);
  const script = `
    const fs = require('node:fs');
    fs.mkdirSync(${lock});
    fs.writeFileSync(${lock} + '/owner', 'another process');
    console.log('locked');
    const timer = setInterval(() => { const now = new Date(); fs.utimesSync(${lock}, now, now); }, 1000);
    if (${releaseAfterMs} >= 0) setTimeout(() => { clearInterval(timer); fs.rmSync(${lock}, { recursive: true }); }, ${releaseAfterMs});
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve) => child.stdout!.once('data', () => resolve()));
}

describe('the inter-process lock', () => {
  it('makes a writer wait for a live holder, then fail with exit 3 after the bounded time, store unchanged', async () => {
    const path = storePath();
    await openStore(path).create(false);
    const before = bytesOf(path);
    await holdLock(path);
    const started = Date.now();
    const error = await expectStoreError(
      openStore(path, { lockWaitMs: 600 }).update((d) => void d.members.pop()),
      'storeLocked',
    );
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(550);
    expect(waited).toBeLessThan(5_000);
    expect(t(error.key, error.params as never)).toMatch(/in use by another caprural/);
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  it('goes ahead as soon as a live holder releases the lock', async () => {
    const path = storePath();
    await openStore(path).create(true);
    await holdLock(path, 300);
    const started = Date.now();
    await openStore(path, { lockWaitMs: 10_000 }).update((d) => void d.organisations.push({ id: 'x', name: 'X', kind: 'GAL', territory: null }));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await openStore(path).read()).organisations.map((o) => o.id)).toEqual(['x']);
  });

  it('takes over the lock of a holder killed while holding it, once it is stale', async () => {
    const path = storePath();
    await openStore(path).create(true);
    await holdLock(path);
    let done = false;
    const write = openStore(path, { lockWaitMs: 10_000 })
      .update((d) => void d.organisations.push({ id: 'x', name: 'X', kind: 'GAL', territory: null }))
      .finally(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const holder = children.pop()!;
    await new Promise((resolve) => holder.once('exit', resolve).kill('SIGKILL'));
    // The killed holder never released and no longer refreshes its lock: while it is not stale the writer waits...
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(done).toBe(false);
    // ...and once it is (the stale window's time injected, not waited for), the writer takes it over.
    const aged = Date.now();
    ageLock(path);
    await write;
    expect(Date.now() - aged).toBeLessThan(STALE_LOCK_MS);
    expect((await openStore(path).read()).organisations.map((o) => o.id)).toEqual(['x']);
  });

  it('takes over a lock left by a dead process (stale) at once', async () => {
    const path = storePath();
    await openStore(path).create(true);
    mkdirSync(`${path}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    await openStore(path, { lockWaitMs: 1_000 }).update((d) => void d.organisations.push({ id: 'x', name: 'X', kind: 'GAL', territory: null }));
    expect((await openStore(path).read()).organisations).toHaveLength(1);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
