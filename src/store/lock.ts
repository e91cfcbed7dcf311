// The inter-process lock on a store: a directory `<store>.lock` holding an `owner` file with a
// token. It is taken with mkdir (atomic), kept fresh by touching its time, taken over when not
// refreshed for `staleMs`, and its ownership is checked again right before every rename.
//
// A live process never lets its lock go stale, however long one synchronous step takes (parsing,
// checking or stringifying a store of hundreds of MB blocks the event loop for seconds): a
// worker thread touches the lock on its own clock, and the owner's freshness is shared with it.
// A dead process's thread dies with it, so its lock goes stale and is taken over as before; a
// paused (stopped) process's thread is paused too, and it finds its lock lost when it resumes.
import * as nodeFs from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { InterruptedError, StoreError } from '../errors';
import { codeOf, reasonOf } from './atomicWrite';

/** A lock not refreshed for this long belongs to a dead (or paused) process and is taken over. */
export const STALE_LOCK_MS = 5_000;

/**
 * From this size of store on, a thread keeps the lock fresh while the event loop is busy. Below
 * it no synchronous step comes near `STALE_LOCK_MS` (the heaviest, importing 20,000 people into
 * an empty store, takes 0.7 s for the whole command), and a thread would cost more than the work:
 * about 10 ms and 9 MB for a command that lasts 100 ms.
 */
export const THREAD_FROM_BYTES = 1_000_000;

export interface LockOptions {
  /** How long to wait for another process's lock before giving up (exit 3). */
  waitMs: number;
  staleMs: number;
  /** Ctrl-C / SIGTERM: waiting and long work stop, nothing is written. */
  signal?: AbortSignal;
  /** This process's id, written in the lock's owner file (for a person looking at a lock left behind). */
  pid?: number;
}

/** A lock held by this process. */
export interface HeldLock {
  /** Throws (storeLockLost, exit 3) unless this process still owns the lock; refreshes it when it does. */
  assertOwned(): void;
  /** Keeps the lock fresh during long work (cheap when called often); throws when interrupted or lost. */
  heartbeat(): void;
  /** Between steps of long work: lets Ctrl-C / SIGTERM and the refresh timer run, then heartbeat(). */
  checkpoint(): Promise<void>;
  release(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const lockPathOf = (storePath: string) => `${storePath}.lock`;

const sizeOf = (path: string): number => {
  try {
    return nodeFs.statSync(path).size;
  } catch {
    return 0;
  }
};

function ownerOf(lockPath: string): string | null {
  try {
    return nodeFs.readFileSync(join(lockPath, 'owner'), 'utf8');
  } catch {
    return null;
  }
}

/** Takes the lock on `storePath`, waiting up to `waitMs` for another process to release it. */
export async function acquireLock(storePath: string, options: LockOptions): Promise<HeldLock> {
  const lockPath = lockPathOf(storePath);
  const token = JSON.stringify({ pid: options.pid ?? null, host: hostname(), nonce: globalThis.crypto.randomUUID() });
  const deadline = Date.now() + options.waitMs;
  let futureSeen = false;
  const interrupted = () => {
    if (options.signal?.aborted) throw new InterruptedError();
  };
  for (;;) {
    interrupted();
    try {
      nodeFs.mkdirSync(lockPath, { mode: 0o700 });
      try {
        nodeFs.writeFileSync(join(lockPath, 'owner'), token, { mode: 0o600 });
      } catch (error) {
        nodeFs.rmSync(lockPath, { recursive: true, force: true });
        throw error;
      }
      return held(lockPath, token, options, sizeOf(storePath) >= THREAD_FROM_BYTES);
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') {
        if (error instanceof StoreError) throw error;
        throw new StoreError('storeUnreadable', { path: storePath, reason: reasonOf(error) });
      }
    }
    let stat: nodeFs.Stats;
    try {
      stat = nodeFs.lstatSync(lockPath);
    } catch {
      continue; // released meanwhile
    }
    if (!stat.isDirectory()) throw new StoreError('storeLockNotLock', { path: lockPath });
    const age = Date.now() - stat.mtimeMs;
    if (age > options.staleMs) {
      takeOver(lockPath, token);
      continue;
    }
    if (age < -options.staleMs) futureSeen = true;
    if (Date.now() >= deadline) {
      if (futureSeen) throw new StoreError('storeLockFuture', { path: lockPath, seconds: Math.round(-age / 1000) });
      throw new StoreError('storeLocked', { path: storePath, seconds: Math.round(options.waitMs / 1000) });
    }
    await sleep(15 + Math.random() * 35);
  }
}

/** Moves a stale lock aside; if it turns out to be a fresh one (another process took it over first), puts it back. */
function takeOver(lockPath: string, token: string): void {
  const before = ownerOf(lockPath);
  const aside = `${lockPath}.${globalThis.crypto.randomUUID().slice(0, 8)}.stale`;
  try {
    nodeFs.renameSync(lockPath, aside);
  } catch {
    return; // another process moved it first
  }
  if (ownerOf(aside) !== before && ownerOf(aside) !== token) {
    try {
      nodeFs.renameSync(aside, lockPath);
      return;
    } catch {
      /* that other process will find its lock gone and stop */
    }
  }
  nodeFs.rmSync(aside, { recursive: true, force: true });
}

/** Slots of the memory the owner's threads share: when the lock was last touched (ms), lost (1), released (1). */
const FRESH = 0;
const LOST = 1;
const RELEASED = 2;

/**
 * The refresher thread (plain CommonJS, evaluated: no file of the build to find). Every `period`
 * ms until released: the lock is lost if it was not touched within `staleMs` (the whole process
 * was paused: another may have taken it over) or if its owner file is not ours; else it is touched.
 */
const REFRESHER = `
const { workerData: w } = require('node:worker_threads');
const fs = require('node:fs');
const shared = new BigInt64Array(w.shared);
const timer = setInterval(() => {
  if (Atomics.load(shared, ${RELEASED}) !== 0n || Atomics.load(shared, ${LOST}) !== 0n) return clearInterval(timer);
  const now = Date.now();
  try {
    if (now - Number(Atomics.load(shared, ${FRESH})) > w.staleMs) throw new Error('paused');
    if (fs.readFileSync(w.ownerPath, 'utf8') !== w.token) throw new Error('taken over');
    const at = new Date(now);
    fs.utimesSync(w.lockPath, at, at);
    Atomics.store(shared, ${FRESH}, BigInt(now));
  } catch {
    Atomics.store(shared, ${LOST}, 1n);
    clearInterval(timer);
  }
}, w.period);
`;

interface RefresherData {
  lockPath: string;
  ownerPath: string;
  token: string;
  staleMs: number;
  period: number;
  shared: SharedArrayBuffer;
}

/** Starts the refresher thread; null if no thread can be started (the event loop's timer then refreshes alone). */
function startRefresher(data: RefresherData): Worker | null {
  try {
    // Required here, not imported: node:worker_threads (and the streams it brings) cost every
    // command about 1 ms at start-up, and only writes to a big store start a thread.
    const { Worker: Thread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    // Nothing of the process's own flags (--import preloads, --inspect) nor its environment: the thread only touches a folder.
    const worker = new Thread(REFRESHER, { eval: true, workerData: data, env: {}, execArgv: [], stdout: true, stderr: true });
    worker.on('error', () => undefined); // the event loop's timer still refreshes between steps
    worker.unref();
    return worker;
  } catch {
    return null;
  }
}

function held(lockPath: string, token: string, options: LockOptions, thread: boolean): HeldLock {
  // Shared with the refresher thread: whichever thread touches the lock records it, and either may find it lost.
  const shared = new BigInt64Array(new SharedArrayBuffer(3 * BigInt64Array.BYTES_PER_ELEMENT));
  const lastFresh = () => Number(Atomics.load(shared, FRESH));
  const lost = () => Atomics.load(shared, LOST) !== 0n;
  const lose = () => void Atomics.store(shared, LOST, 1n);
  Atomics.store(shared, FRESH, BigInt(Date.now()));
  const touch = () => {
    const now = new Date();
    nodeFs.utimesSync(lockPath, now, now);
    Atomics.store(shared, FRESH, BigInt(now.getTime()));
  };
  const owned = () => !lost() && Date.now() - lastFresh() <= options.staleMs && ownerOf(lockPath) === token;
  const refresh = () => {
    if (!owned()) {
      lose();
      return;
    }
    try {
      touch();
    } catch {
      lose();
    }
  };
  const period = Math.max(100, Math.floor(options.staleMs / 4));
  // The event loop's timer refreshes between steps of work; the thread, during them too.
  const timer = setInterval(refresh, period);
  timer.unref();
  const worker = thread ? startRefresher({ lockPath, ownerPath: join(lockPath, 'owner'), token, staleMs: options.staleMs, period, shared: shared.buffer as SharedArrayBuffer }) : null;
  return {
    assertOwned() {
      refresh();
      if (lost()) throw new StoreError('storeLockLost', { path: lockPath.slice(0, -'.lock'.length) });
    },
    heartbeat() {
      if (options.signal?.aborted) throw new InterruptedError();
      if (Date.now() - lastFresh() > options.staleMs / 4) this.assertOwned();
    },
    async checkpoint() {
      await new Promise((resolve) => setImmediate(resolve));
      this.heartbeat();
    },
    async release() {
      clearInterval(timer);
      Atomics.store(shared, RELEASED, 1n);
      void worker?.terminate();
      if (ownerOf(lockPath) !== token) return;
      const aside = `${lockPath}.${globalThis.crypto.randomUUID().slice(0, 8)}.released`;
      try {
        nodeFs.renameSync(lockPath, aside);
        nodeFs.rmSync(aside, { recursive: true, force: true });
      } catch {
        /* gone already */
      }
    },
  };
}
