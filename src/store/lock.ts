// The inter-process lock on a store: a directory `<store>.lock` holding an `owner` file with a
// token. It is taken with mkdir (atomic), kept fresh by touching its time, taken over when not
// refreshed for `staleMs`, and its ownership is checked again right before every rename.
import * as nodeFs from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InterruptedError, StoreError } from '../errors';
import { codeOf, reasonOf } from './atomicWrite';

/** A lock not refreshed for this long belongs to a dead (or paused) process and is taken over. */
export const STALE_LOCK_MS = 5_000;

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
      return held(lockPath, token, options);
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

function held(lockPath: string, token: string, options: LockOptions): HeldLock {
  let lastFresh = Date.now();
  let lost = false;
  const touch = () => {
    const now = new Date();
    nodeFs.utimesSync(lockPath, now, now);
    lastFresh = now.getTime();
  };
  const owned = () => !lost && Date.now() - lastFresh <= options.staleMs && ownerOf(lockPath) === token;
  const refresh = () => {
    if (!owned()) {
      lost = true;
      return;
    }
    try {
      touch();
    } catch {
      lost = true;
    }
  };
  // Timers run only between steps of work; long work calls heartbeat() itself.
  const timer = setInterval(refresh, Math.max(100, Math.floor(options.staleMs / 4)));
  timer.unref();
  return {
    assertOwned() {
      refresh();
      if (lost) throw new StoreError('storeLockLost', { path: lockPath.slice(0, -'.lock'.length) });
    },
    heartbeat() {
      if (options.signal?.aborted) throw new InterruptedError();
      if (Date.now() - lastFresh > options.staleMs / 4) this.assertOwned();
    },
    async checkpoint() {
      await new Promise((resolve) => setImmediate(resolve));
      this.heartbeat();
    },
    async release() {
      clearInterval(timer);
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
