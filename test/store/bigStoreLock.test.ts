// Issue 20: the lock on big stores. A command busy for seconds in one synchronous step (parsing,
// checking or stringifying hundreds of MB) keeps its lock: a thread refreshes it. A paused or dead
// holder still loses it, and two processes never both write. Real processes; the stale window is
// shortened (staleLockMs) or injected (ageLock), never waited for.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isTempFileOf } from '../../src/store/atomicWrite';
import { THREAD_FROM_BYTES } from '../../src/store/lock';
import { newStoreData } from '../../src/store/catalogue';
import { openStore, parseStore, serialiseStore, STALE_LOCK_MS } from '../helpers/storeInternals';
import { BIN, spawnCli } from '../helpers/spawnCli';
import { ageLock } from '../helpers/staleLock';
import { person } from '../helpers/people';
import { bytesOf, tempDir } from '../helpers/tempStore';
import { failure } from '../helpers/failure';

const letters = (n: number) => String.fromCharCode(97 + (n % 26)).repeat(1 + Math.floor(n / 26));
const org = (id: string) => ({ id, name: id.toUpperCase(), kind: 'GAL' as const, territory: null });

/** A store just above the size from which a thread keeps the lock fresh. */
function bigStore(): string {
  const path = join(tempDir(), 'store.json');
  const data = newStoreData();
  for (let i = 0; data.members.length < 4_000; i += 1) data.members.push(person(`p-${i}`, 'Prénom', `Nom ${letters(i)}`, { email: `p${i}@example.fr` }));
  const text = serialiseStore(data);
  expect(Buffer.byteLength(text)).toBeGreaterThan(THREAD_FROM_BYTES);
  writeFileSync(path, text, { mode: 0o600 });
  return path;
}

const busy = (ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    /* the event loop blocked, as by JSON.parse of a huge store: no timer runs */
  }
};

const children: ChildProcess[] = [];
afterEach(() => {
  while (children.length) children.pop()!.kill('SIGKILL');
});

/**
 * Another process that takes over the store's lock as soon as it is older than `staleMs` (the
 * protocol every caprural follows), watching every 10 ms; on the end of its stdin it prints the
 * oldest age it saw and whether it took over.
 */
function watcher(store: string, staleMs: number): { done: () => Promise<{ maxAge: number; tookOver: boolean; seen: number }> } {
  const lock = JSON.stringify(`${store}.lock`);
  const script = `
    const fs = require('node:fs');
    let maxAge = 0, tookOver = false, seen = 0;
    const poll = setInterval(() => {
      let age;
      try { age = Date.now() - fs.statSync(${lock}).mtimeMs; } catch { return; }
      seen += 1;
      maxAge = Math.max(maxAge, age);
      if (age > ${staleMs} && !tookOver) {
        tookOver = true;
        fs.renameSync(${lock}, ${lock} + '.aside');
        fs.mkdirSync(${lock});
        fs.writeFileSync(${lock} + '/owner', 'the watcher');
      }
    }, 10);
    process.stdin.resume();
    process.stdin.on('end', () => { clearInterval(poll); console.log(JSON.stringify({ maxAge, tookOver, seen })); });
    console.log('ready');`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  let out = '';
  const ready = new Promise<void>((resolve) =>
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.startsWith('ready\n')) resolve();
    }),
  );
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    done: async () => {
      await ready;
      child.stdin!.end();
      await closed;
      return JSON.parse(out.slice('ready\n'.length));
    },
  };
}

describe('the lock on a big store', () => {
  it('a holder whose event loop is blocked for almost two stale windows keeps its lock: its write lands, nobody takes over, a waiting command writes after it', async () => {
    const store = bigStore();
    const watching = watcher(store, 1_000);
    let waiting: Promise<{ code: number | null; stderr: string }> | null = null;
    await openStore(store, { staleLockMs: 1_000 }).update((data) => {
      // Inside the lock: a real caprural starts and waits for it, then the event loop is blocked.
      waiting = spawnCli(['--store', store, 'org', 'add', '--name', 'GAL Après'], { CAPRURAL_LOCK_WAIT_MS: '20000' });
      busy(1_800);
      data.organisations.push(org('pendant'));
    });
    const seen = await watching.done();
    const after = await waiting!;
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
    expect(seen.tookOver).toBe(false);
    expect(seen.seen).toBeGreaterThan(0);
    expect(seen.maxAge).toBeLessThan(1_000);
    const ids = parseStore(readFileSync(store, 'utf8'), store).organisations.map((o) => o.id);
    expect(ids).toContain('pendant');
    expect(ids).toContain('gal-apres');
    expect(existsSync(`${store}.lock`)).toBe(false);
  }, 30_000);

  it('a holder busy while another process takes the lock by force writes nothing (exit 3), and its thread never touches the other lock', async () => {
    const store = bigStore();
    const before = bytesOf(store);
    const lock = `${store}.lock`;
    const error = await failure(
      openStore(store, { staleLockMs: 1_000 }).update((data) => {
        // Another process moves the lock aside and takes it, then keeps it without touching it.
        const thief = spawn(process.execPath, [
          '-e',
          `const fs = require('node:fs'); fs.renameSync(${JSON.stringify(lock)}, ${JSON.stringify(`${lock}.aside`)}); fs.mkdirSync(${JSON.stringify(lock)}); fs.writeFileSync(${JSON.stringify(`${lock}/owner`)}, 'the thief'); const past = new Date(Date.now() - 600); fs.utimesSync(${JSON.stringify(lock)}, past, past);`,
        ]);
        children.push(thief);
        // Blocked until the thief has the lock, then for more than one refresh period of the thread.
        const until = Date.now() + 10_000;
        const thiefHasIt = () => {
          try {
            return readFileSync(`${lock}/owner`, 'utf8') === 'the thief';
          } catch {
            return false; // between its rename and its owner file
          }
        };
        while (Date.now() < until && !thiefHasIt()) busy(5);
        busy(400);
        data.organisations.push(org('vole'));
      }),
    );
    expect(error).toMatchObject({ key: 'storeLockLost', exitCode: 3 });
    expect(bytesOf(store).equals(before)).toBe(true);
    expect(readFileSync(`${lock}/owner`, 'utf8')).toBe('the thief');
    // Dated 600 ms back by the thief: had the holder's thread touched it, it would be fresh.
    expect(Date.now() - statSync(lock).mtimeMs).toBeGreaterThan(500);
  }, 30_000);
});

type Exit = { code: number | null; stderr: string };
const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett'];

/** True once the process is stopped (Linux: its state in /proc); elsewhere, after a short wait. */
async function stopped(pid: number): Promise<void> {
  const until = Date.now() + 5_000;
  while (Date.now() < until) {
    let state: string | null = null;
    try {
      state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0]!;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return;
    }
    if (state === 'T' || state === 't') return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Starts `member add` on the store and stops it (SIGSTOP) once it holds the lock, before it has
 * written anything (checked while it is stopped: no temporary file, the store unchanged). A run
 * that finished first, or was past that point, is let go and another started (a loaded machine
 * may not let this process look in time). Resolves with the stopped child and the e-mail it adds.
 */
async function stoppedHoldingLock(store: string, who: string): Promise<{ child: ChildProcess; exit: Promise<Exit>; email: string }> {
  const dir = join(store, '..');
  for (const name of NAMES) {
    const before = bytesOf(store);
    const email = `${who}.${name.toLowerCase()}@example.fr`;
    const child = spawn(process.execPath, [BIN, '--store', store, 'member', 'add', '--first', who, '--last', name, '--email', email], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exit = new Promise<Exit>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
    const holding = () => {
      try {
        return readFileSync(`${store}.lock/owner`, 'utf8').includes(`"pid":${child.pid},`);
      } catch {
        return false;
      }
    };
    while (child.exitCode === null && !holding()) await new Promise((resolve) => setImmediate(resolve));
    if (child.exitCode === null) {
      child.kill('SIGSTOP');
      await stopped(child.pid!);
      if (!readdirSync(dir).some((n) => isTempFileOf(store, n)) && bytesOf(store).equals(before)) return { child, exit, email };
      child.kill('SIGCONT');
    }
    const done = await exit;
    expect(done.code, done.stderr).toBe(0);
  }
  throw new Error('member add was never caught holding the lock before writing');
}

const emailsIn = (store: string) => new Set(parseStore(readFileSync(store, 'utf8'), store).members.map((m) => m.email));

describe('real processes on a big store', () => {
  it('the built caprural starts the refresher thread for a write to a store of 1 MB or more, not for a read, not below 1 MB', async () => {
    const debug = { NODE_DEBUG: 'worker' }; // Node says on stderr when a thread is created
    const big = bigStore();
    const write = await spawnCli(['--store', big, 'member', 'add', '--first', 'Fil', '--last', 'Rouge', '--email', 'fil@example.fr'], debug);
    expect(write.code, write.stderr).toBe(0);
    expect(write.stderr).toMatch(/WORKER \d+: \[0\] created Worker/);
    const read = await spawnCli(['--store', big, 'sessions', '--json'], debug);
    expect(read.code).toBe(0);
    expect(read.stderr).not.toMatch(/WORKER/);
    const small = join(tempDir(), 'store.json');
    writeFileSync(small, serialiseStore(newStoreData()), { mode: 0o600 });
    const smallWrite = await spawnCli(['--store', small, 'member', 'add', '--first', 'Fil', '--last', 'Rouge', '--email', 'fil@example.fr'], debug);
    expect(smallWrite.code, smallWrite.stderr).toBe(0);
    expect(smallWrite.stderr).not.toMatch(/WORKER/);
  }, 30_000);

  it('a holder stopped (SIGSTOP) inside its lock loses it once stale: the next command takes over at once, the holder resumed writes nothing (exit 3)', async () => {
    const store = bigStore();
    const { child, exit, email } = await stoppedHoldingLock(store, 'arrete');
    ageLock(store); // the stale window, injected
    const started = Date.now();
    const next = await spawnCli(['--store', store, 'member', 'add', '--first', 'Suivant', '--last', 'Apres', '--email', 'suivant@example.fr']);
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(STALE_LOCK_MS);
    child.kill('SIGCONT');
    const stopped = await exit;
    expect(stopped.code, stopped.stderr).toBe(3);
    expect(stopped.stderr).toMatch(/took over the lock/);
    const emails = emailsIn(store);
    expect(emails.has('suivant@example.fr')).toBe(true);
    expect(emails.has(email)).toBe(false);
    expect(readdirSync(join(store, '..')).filter((name) => isTempFileOf(store, name))).toEqual([]);
  }, 30_000);

  it('a holder killed (SIGKILL) inside its lock leaves it to go stale: its thread died with it, the next command takes over at once', async () => {
    const store = bigStore();
    const { child, exit, email } = await stoppedHoldingLock(store, 'tue');
    const before = bytesOf(store);
    child.kill('SIGKILL');
    await exit;
    expect(existsSync(`${store}.lock`)).toBe(true);
    expect(bytesOf(store).equals(before)).toBe(true);
    ageLock(store);
    const aged = statSync(`${store}.lock`).mtimeMs;
    const started = Date.now();
    const next = await spawnCli(['--store', store, 'member', 'add', '--first', 'Suivant', '--last', 'Apres', '--email', 'suivant@example.fr']);
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(STALE_LOCK_MS);
    expect(aged).toBeLessThan(Date.now() - STALE_LOCK_MS);
    const emails = emailsIn(store);
    expect(emails.has('suivant@example.fr')).toBe(true);
    expect(emails.has(email)).toBe(false);
    expect(existsSync(`${store}.lock`)).toBe(false);
  }, 30_000);
});
