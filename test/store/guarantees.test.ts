// Issue 11: the store's guarantees under adversarial use — writes validated, paths resolved, temp
// files and rotation, the lock (lost, future-dated, not a lock), restore inside the lock.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n/translate';
import { acquireLock } from '../../src/store/lock';
import { readBackupInfo } from '../../src/store/backups';
import type { StoreData } from '../../src/store/index';
import { runCli } from '../helpers/runCli';
import { BACKUPS_KEPT, backupsDir, listBackups, openStore, parseStore, serialiseStore, type StoreFs } from '../helpers/storeInternals';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { bytesOf, tempDeps, tempDir } from '../helpers/tempStore';
import * as nodeFs from 'node:fs';
import { failure } from '../helpers/failure';

const t = translator('en');
const org = (id: string) => ({ id, name: id.toUpperCase(), kind: 'GAL' as const, territory: null });

const children: ChildProcess[] = [];
afterEach(() => {
  while (children.length) children.pop()!.kill('SIGKILL');
});

describe('every write is validated', () => {
  it('a change that breaks the schema is refused with exit 2 and nothing is written', async () => {
    const deps = await tempDeps();
    const before = bytesOf(deps.path);
    const backups = listBackups(deps.path);
    const error = await failure(deps.store.update((d) => void d.organisations.push(org('x'.repeat(130)))));
    expect(error).toMatchObject({ key: 'storeWriteInvalid', exitCode: 2 });
    expect(t(error.key, error.params as never)).toMatch(/organisations\.0\.id/);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    expect(listBackups(deps.path)).toEqual(backups);
    expect(readdirSync(join(deps.path, '..')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('log details nested deeper than the schema allows are refused when written, and when read (exit 3, no crash)', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    let deep: unknown = 'x';
    for (let i = 0; i < 50; i += 1) deep = [deep];
    const before = bytesOf(deps.path);
    const error = await failure(deps.store.update((d) => void d.log.push({ at: '2018-01-01T00:00:00.000Z', user: 'u', action: 'note', target: null, details: { deep } })));
    expect(error).toMatchObject({ key: 'storeWriteInvalid', exitCode: 2 });
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    // A history line written by hand that way (100,000 levels) is refused at validation, by the
    // commands that read the history; the others never read it.
    const entry = `{"seq":1,"at":"2018-01-01T00:00:00.000Z","user":"u","action":"note","target":"camille-durand","details":{"deep":${'['.repeat(100_000)}"x"${']'.repeat(100_000)}}}`;
    const log = `${deps.path}.log`;
    writeFileSync(log, readFileSync(log, 'utf8').replace(/^[^\n]*\n/, `${entry}\n`));
    const logBefore = bytesOf(log);
    for (const args of [['log'], ['member', 'export', 'camille-durand'], ['member', 'forget', 'camille-durand', '--yes']]) {
      const r = await runCli(args, { store: deps.path });
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toMatch(/history .*store\.json\.log is damaged at line 1 \(its "details" are not an object of plain values/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    expect(bytesOf(log).equals(logBefore)).toBe(true);
    expect((await runCli(['sessions'], { store: deps.path })).code).toBe(0);
  });
});

describe('temporary files', () => {
  it('left beside the store or in the backups folder are reported by doctor and removed by the next locked write', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const beside = `${deps.path}.4242.deadbeef.tmp`;
    const inBackups = join(backupsDir(deps.path), `${listBackups(deps.path)[0]!.split('/').pop()}.4242.cafe.tmp`);
    writeFileSync(beside, bytesOf(deps.path));
    writeFileSync(inBackups, bytesOf(deps.path));
    const doctor = await runCli(['doctor'], { store: deps.path });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(beside);
    expect(doctor.stdout).toContain(inBackups);
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: deps.path })).code).toBe(0);
    expect(existsSync(beside)).toBe(false);
    expect(existsSync(inBackups)).toBe(false);
  });

  it('a killed forget leaves no copy of the person that a later erasure cannot reach', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    // What a forget killed while staging leaves: a scrubbed-to-be backup's temp file, with the person in it.
    const stale = join(backupsDir(deps.path), 'x.json.999.0001.tmp');
    writeFileSync(stale, bytesOf(deps.path));
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store: deps.path })).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
  });
});

describe('rotation', () => {
  it('deletes only backups it named: a copy the user put in the backups folder stays', async () => {
    const deps = await tempDeps({ empty: true });
    mkdirSync(backupsDir(deps.path), { recursive: true });
    const mine = join(backupsDir(deps.path), 'ma-copie.json');
    const oldStyle = join(backupsDir(deps.path), '2000-01-01.json');
    writeFileSync(mine, bytesOf(deps.path));
    writeFileSync(oldStyle, bytesOf(deps.path));
    for (let i = 0; i < BACKUPS_KEPT + 3; i += 1) await deps.store.update((d) => void d.organisations.push(org(`o${i}`)));
    expect(existsSync(mine)).toBe(true);
    expect(existsSync(oldStyle)).toBe(true);
    expect(listBackups(deps.path).filter((p) => /-n\d+\.json$/.test(p))).toHaveLength(BACKUPS_KEPT);
  });
});

describe('paths', () => {
  it('a symlinked store stays a link: the linked file is written, and erased', async () => {
    const realDir = tempDir();
    const real = join(realDir, 'store.json');
    const link = join(tempDir(), 'store.json');
    await tempDeps({ seed: seedTwoPeople }).then((d) => (writeFileSync(real, bytesOf(d.path)), writeFileSync(`${real}.log`, bytesOf(`${d.path}.log`))));
    symlinkSync(real, link);
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: link })).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(parseStore(readFileSync(real, 'utf8'), real).organisations.map((o) => o.id)).toContain('pnr-du-pilat');
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store: link })).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).not.toContain('Camille');
    expect(readFileSync(`${real}.log`, 'utf8')).not.toContain('camille-durand');
    // Backups and lock live beside the real file.
    expect(listBackups(real).length).toBeGreaterThan(0);
    for (const b of listBackups(real)) expect(readFileSync(b, 'utf8')).not.toContain('Camille');
  });

  it('--output is refused when it reaches the store, its backups or its lock by another path', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: deps.path })).code).toBe(0);
    const before = bytesOf(deps.path);
    const other = tempDir();
    const viaFolder = join(other, 'folder');
    symlinkSync(join(deps.path, '..'), viaFolder);
    const hard = join(other, 'hard.json');
    linkSync(deps.path, hard);
    const backupLink = join(other, 'backups');
    symlinkSync(backupsDir(deps.path), backupLink);
    for (const target of [join(viaFolder, 'store.json'), hard, join(backupLink, 'new.csv'), join(viaFolder, 'store.json.lock'), join(viaFolder, 'store.json.backups', 'x.csv')]) {
      const r = await runCli(['export', 'members', '--output', target], { store: deps.path });
      expect(r.code, target).toBe(2);
      expect(r.stderr).toMatch(/Refusing to write the export over the store/);
    }
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    expect((await runCli(['export', 'members', '--output', join(other, 'members.csv')], { store: deps.path })).code).toBe(0);
  });

  it('--store "" is a usage error (exit 2), never the default store', async () => {
    const home = tempDir();
    const r = await runCli(['sessions'], { store: '', env: { HOME: home, XDG_DATA_HOME: home } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--store is empty/);
    expect(readdirSync(home)).toEqual([]);
  });

  it('a store that is not a regular file (a FIFO, a folder) is exit 3 at once', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'store.json');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    for (const args of [['sessions'], ['org', 'add', '--name', 'X Y'], ['doctor']]) {
      const r = await runCli(args, { store: fifo });
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr + r.stdout).toMatch(/not a regular file/);
    }
    const folder = join(dir, 'folder.json');
    mkdirSync(folder);
    expect((await runCli(['sessions'], { store: folder })).code).toBe(3);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

/** Another process that takes over the store's lock as soon as it is older than `staleMs`, then holds it. */
function takeOverWhenStale(path: string, staleMs: number): Promise<void> {
  const lock = JSON.stringify(`${path}.lock`);
  const script = `
    const fs = require('node:fs');
    const poll = () => {
      let age = -1;
      try { age = Date.now() - fs.statSync(${lock}).mtimeMs; } catch {}
      if (age > ${staleMs}) {
        fs.renameSync(${lock}, ${lock} + '.aside');
        fs.rmSync(${lock} + '.aside', { recursive: true });
        fs.mkdirSync(${lock});
        fs.writeFileSync(${lock} + '/owner', 'the other process');
        console.log('took over');
        setInterval(() => { const now = new Date(); fs.utimesSync(${lock}, now, now); }, 200);
        return;
      }
      setTimeout(poll, 20);
    };
    poll();`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve) => child.stdout!.once('data', () => resolve()));
}

/** The real filesystem, with the temporary file's creation blocking the whole process for `ms` (as a paused process). */
function pausingFs(ms: number): StoreFs {
  return {
    ...nodeFs.promises,
    open: (async (path: nodeFs.PathLike, flags?: string, mode?: number) => {
      if (String(path).endsWith('.tmp')) {
        const until = Date.now() + ms;
        while (Date.now() < until) {
          /* frozen: no timer runs */
        }
      }
      return nodeFs.promises.open(path, flags, mode);
    }) as StoreFs['open'],
  } as StoreFs;
}

describe('the lock', () => {
  it('a process paused past the stale window before its rename finds the lock taken over: exit 3, nothing written', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const before = bytesOf(deps.path);
    const backups = listBackups(deps.path);
    const store = openStore(deps.path, { staleLockMs: 1_000, fs: pausingFs(1_800) });
    const takenOver = takeOverWhenStale(deps.path, 1_000);
    const error = await failure(store.update((d) => void d.organisations.push(org('late'))));
    await takenOver;
    expect(error).toMatchObject({ key: 'storeLockLost', exitCode: 3 });
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    expect(listBackups(deps.path)).toEqual(backups);
    expect(readFileSync(`${deps.path}.lock/owner`, 'utf8')).toBe('the other process');
  });

  it('a process whose clock is an hour behind loses its lock to one on time, and writes nothing (exit 3)', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const before = bytesOf(deps.path);
    let tookOver: Promise<void> = new Promise(() => undefined);
    // The write waits (the event loop free, so the lock is refreshed) until the other process has taken over.
    const waitingFs = {
      ...nodeFs.promises,
      open: (async (path: nodeFs.PathLike, flags?: string, mode?: number) => {
        if (String(path).endsWith('.tmp')) await tookOver;
        return nodeFs.promises.open(path, flags, mode);
      }) as StoreFs['open'],
    } as StoreFs;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - 3_600_000);
    try {
      tookOver = takeOverWhenStale(deps.path, 1_000);
      const error = await failure(openStore(deps.path, { staleLockMs: 1_000, fs: waitingFs }).update((d) => void d.organisations.push(org('behind'))));
      expect(error).toMatchObject({ key: 'storeLockLost', exitCode: 3 });
    } finally {
      vi.useRealTimers();
    }
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('a lock dated in the future is reported as such after the wait (exit 3), by doctor too', async () => {
    const deps = await tempDeps();
    const lock = `${deps.path}.lock`;
    mkdirSync(lock);
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(lock, future, future);
    const r = await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: deps.path, env: { CAPRURAL_LOCK_WAIT_MS: '300' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/dated 3600 s in the future/);
    const doctor = await runCli(['doctor'], { store: deps.path });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/in the future/);
    expect(doctor.stdout).not.toMatch(/changing the store right now/);
  });

  it('a file at the lock path is named as such at once (exit 3), and by doctor', async () => {
    const deps = await tempDeps();
    writeFileSync(`${deps.path}.lock`, 'not a lock');
    const before = bytesOf(deps.path);
    const r = await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: deps.path, env: { CAPRURAL_LOCK_WAIT_MS: '5000' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/should be caprural's lock folder/);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    const doctor = await runCli(['doctor'], { store: deps.path });
    expect(doctor.stdout).toMatch(/should be caprural's lock folder/);
  });
});

describe('the lock during long work', () => {
  it('heartbeat() refreshes the lock between steps, and throws once another process took it', async () => {
    const deps = await tempDeps();
    const lock = await acquireLock(deps.path, { waitMs: 1_000, staleMs: 1_000 });
    const old = new Date(Date.now() - 900);
    utimesSync(`${deps.path}.lock`, old, old);
    await new Promise((resolve) => setTimeout(resolve, 300));
    lock.heartbeat();
    expect(Date.now() - lstatSync(`${deps.path}.lock`).mtimeMs).toBeLessThan(200);
    writeFileSync(`${deps.path}.lock/owner`, 'someone else');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(() => lock.heartbeat()).toThrow(expect.objectContaining({ key: 'storeLockLost' }));
    await lock.release();
    expect(existsSync(`${deps.path}.lock`)).toBe(true); // not ours: left alone
  });
});

describe('backup restore', () => {
  it('reads and validates the backup inside the lock: a forget that held the lock is not undone', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: deps.path })).code).toBe(0);
    const held = await acquireLock(deps.path, { waitMs: 1_000, staleMs: 5_000 });
    const restoring = openStore(deps.path, { lockWaitMs: 10_000 }).restore('latest', (data) => data.members.map((m) => m.id));
    // While the restore waits, the holder erases Camille from the store and every backup.
    await new Promise((resolve) => setTimeout(resolve, 150));
    for (const file of [deps.path, ...listBackups(deps.path)]) {
      const data: StoreData = parseStore(readFileSync(file, 'utf8'), file);
      data.members = data.members.filter((m) => m.id !== 'camille-durand');
      data.registrations = data.registrations.filter((r) => r.memberId !== 'camille-durand');
      data.memberships = data.memberships.filter((m) => m.memberId !== 'camille-durand');
      data.log = [];
      writeFileSync(file, serialiseStore(data));
    }
    await held.release();
    const { result } = await restoring;
    expect(result).toEqual(['ana-lopez']);
    expect(readFileSync(deps.path, 'utf8')).not.toContain('camille');
  });

  it('describes a newer-schema backup as newer, not damaged, and refuses to restore it (exit 3)', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: deps.path })).code).toBe(0);
    const newest = listBackups(deps.path)[0]!;
    const data = JSON.parse(readFileSync(newest, 'utf8'));
    writeFileSync(newest, JSON.stringify({ ...data, schemaVersion: 99 }));
    const list = await runCli(['backup', 'list'], { store: deps.path });
    expect(list.stdout).toMatch(/NEWER/);
    expect(list.stdout).not.toMatch(/DAMAGED/);
    const before = bytesOf(deps.path);
    const r = await runCli(['backup', 'restore', 'latest', '--yes'], { store: deps.path });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/written by a newer caprural .* it is not damaged/);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    const doctor = await runCli(['doctor'], { store: deps.path });
    expect(doctor.stdout).toMatch(/written by a newer caprural; it is not damaged/);
  });

  it('backup list and doctor survive a dangling link and a backup that vanishes while listing', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const dangling = join(backupsDir(deps.path), 'gone.json');
    symlinkSync(join(tempDir(), 'nowhere.json'), dangling);
    const list = await runCli(['backup', 'list', '--json'], { store: deps.path });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).find((b: { name: string }) => b.name === 'gone.json')).toMatchObject({ state: 'unreadable', valid: false });
    const doctor = await runCli(['doctor'], { store: deps.path });
    expect([0, 1]).toContain(doctor.code);
    expect(doctor.stdout).toMatch(/link to nothing/);
    expect(readBackupInfo(join(backupsDir(deps.path), 'vanished.json'))).toBeNull();
  });
});

describe('doctor and erased people', () => {
  it('reports a backup still holding a person who was erased', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const copy = bytesOf(deps.path);
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store: deps.path })).code).toBe(0);
    expect((await runCli(['doctor'], { store: deps.path })).code).toBe(0);
    const planted = join(backupsDir(deps.path), '2000-01-01T00-00-00.000Z-n000000.json');
    writeFileSync(planted, copy);
    const doctor = await runCli(['doctor'], { store: deps.path });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(new RegExp(`${planted}.*still holds people who were erased \\(anonyme-1\\)`));
  });
});
