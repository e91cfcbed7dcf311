// The Store contract kept in one JSON file: validated reads, locked and validated atomic writes,
// backups beside it, erasure across every version, restore under the lock.
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { InterruptedError, StoreError, UsageError } from '../errors';
import { codeOf, defaultFs, isTempFileOf, reasonOf, stageFile, syncDir, writeFileAtomic, type StoreFs } from './atomicWrite';
import { backupInfos, backupsDir, keepCurrent, listBackups, newestBackup, nextBackupPath, resolveBackup, rotate } from './backups';
import { newStoreData } from './catalogue';
import { parseStore, schemaProblem, serialiseStore } from './codec';
import type { EraseReport, Store, StoreOptions } from './index';
import { inspectStore } from './inspect';
import { acquireLock, lockPathOf, STALE_LOCK_MS, type HeldLock } from './lock';
import type { StoreData } from './schema';
import { fingerprintOf, openTrust, sameVersion } from './trust';
import { isUnchanged } from './unchanged';
import { SCHEMA_VERSION } from './vocabulary';

export interface JsonFileStoreOptions extends StoreOptions {
  /** The filesystem calls made by writes (a seam for fault-injection tests). */
  fs?: StoreFs;
}

/**
 * The real path of `path`: symbolic links followed (a dangling one to where it points), so that
 * the store, its lock and its backups are where the data really is, and a linked store stays linked.
 */
export function realStorePath(path: string): string {
  const absolute = resolve(path);
  try {
    return nodeFs.realpathSync(absolute);
  } catch {
    /* not there (yet) */
  }
  try {
    if (nodeFs.lstatSync(absolute).isSymbolicLink()) {
      return realStorePath(resolve(dirname(absolute), nodeFs.readlinkSync(absolute)));
    }
  } catch {
    /* not there: its folder may be a link */
  }
  try {
    return join(nodeFs.realpathSync(dirname(absolute)), basename(absolute));
  } catch {
    return absolute;
  }
}

/** Refuses at once a store path that is not a regular file (a folder, a FIFO, a device): reading it could hang. */
function requireRegular(path: string): boolean {
  let stat: nodeFs.Stats;
  try {
    stat = nodeFs.statSync(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false;
    throw new StoreError('storeUnreadable', { path, reason: reasonOf(error) });
  }
  if (!stat.isFile()) throw new StoreError('storeNotFile', { path });
  return true;
}

export function openJsonFileStore(givenPath: string, options: JsonFileStoreOptions = {}): Store {
  const fs = options.fs ?? defaultFs;
  const now = options.now ?? (() => new Date());
  const lockWaitMs = options.lockWaitMs ?? 10_000;
  const staleMs = Math.max(1_000, options.staleLockMs ?? STALE_LOCK_MS);
  const path = realStorePath(givenPath);
  // Fingerprints of the versions checked or written here (src/store/trust.ts): only on the real
  // filesystem (the `fs` seam of the fault tests has no handles to take them from).
  const trust = options.cacheDir && !options.fs ? openTrust(options.cacheDir, options.pid) : null;

  /** The file's text and, when trusted fingerprints are kept, its stat from the same handle (null if it changed while read). */
  async function readVersion(): Promise<{ text: string; stat: nodeFs.BigIntStats | null } | null> {
    if (!requireRegular(path)) return null;
    try {
      if (!trust) return { text: await fs.readFile(path, 'utf8'), stat: null };
      const fd = nodeFs.openSync(path, 'r');
      try {
        const before = nodeFs.fstatSync(fd, { bigint: true });
        const text = nodeFs.readFileSync(fd, 'utf8');
        const after = nodeFs.fstatSync(fd, { bigint: true });
        return { text, stat: sameVersion(before, after) ? before : null };
      } finally {
        nodeFs.closeSync(fd);
      }
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return null;
      throw new StoreError('storeUnreadable', { path, reason: reasonOf(error) });
    }
  }

  async function readText(): Promise<string | null> {
    return (await readVersion())?.text ?? null;
  }

  async function readData(): Promise<StoreData | null> {
    const read = await readVersion();
    if (read === null) return null;
    const { text, stat } = read;
    const trusted = Boolean(trust && stat && trust.matches(path, stat));
    const data = parseStore(text, path, newestBackup(path), trusted);
    // Validated just now, in the current schema: this version is trusted until the file changes.
    if (trust && stat && !trusted && data.schemaVersion === SCHEMA_VERSION) trust.record(fingerprintOf(path, stat));
    return data;
  }

  /** Temporary files of interrupted writes (store and backups): under the lock, none is live. */
  async function removeTemps(): Promise<void> {
    const folders: Array<[string, (name: string) => boolean]> = [
      [dirname(path), (name) => isTempFileOf(path, name)],
      [backupsDir(path), (name) => name.endsWith('.tmp')],
    ];
    for (const [dir, isTemp] of folders) {
      let names: string[];
      try {
        names = await fs.readdir(dir);
      } catch {
        continue;
      }
      for (const name of names) if (isTemp(name)) await fs.rm(join(dir, name), { force: true }).catch(() => undefined);
    }
  }

  async function withLock<T>(work: (lock: HeldLock) => Promise<T>): Promise<T> {
    await fs.mkdir(dirname(path), { recursive: true, mode: 0o700 }).catch((error: unknown) => {
      throw new StoreError('storeUnreadable', { path, reason: reasonOf(error) });
    });
    requireRegular(path);
    const lock = await acquireLock(path, { waitMs: lockWaitMs, staleMs, signal: options.signal, pid: options.pid });
    try {
      await removeTemps();
      return await work(lock);
    } finally {
      await lock.release();
    }
  }

  /** Refuses data the schema refuses: nothing invalid is ever written (exit 2, the change is at fault). */
  function requireValid(data: StoreData): string {
    const problem = schemaProblem(data);
    if (problem) throw new UsageError('storeWriteInvalid', { problem });
    return serialiseStore(data);
  }

  /** Writes the store; with `backup`, the version replaced is kept (hard-linked) in the backups. Returns that backup. */
  async function writeStore(lock: HeldLock, data: StoreData, backup: boolean): Promise<string | null> {
    const text = requireValid(data);
    // Interrupted before anything is written: nothing is. Once the write has begun, it finishes (it is short).
    if (options.signal?.aborted) throw new InterruptedError();
    let kept: string | null = null;
    let written: nodeFs.BigIntStats | null = null;
    try {
      await writeFileAtomic(
        fs,
        path,
        text,
        async () => {
          // Never replace the file if another process has taken the lock meanwhile.
          lock.assertOwned();
          if (backup) kept = await keepCurrent(fs, path, now);
          lock.assertOwned();
        },
        trust ? (stat) => (written = stat) : undefined,
      );
    } catch (error) {
      if (kept) await fs.rm(kept, { force: true }).catch(() => undefined);
      if (error instanceof StoreError) throw error;
      throw new StoreError('storeWriteFailed', { path, reason: reasonOf(error) });
    }
    await syncDir(dirname(path));
    if (trust && written) trustWritten(written);
    if (kept) await rotate(fs, path, async () => lock.assertOwned()).catch(() => undefined);
    return kept;
  }

  /**
   * Trusts the version just written: the file now at `path` is the one the handle wrote (same
   * device, inode, size and modification time). Its ctime is read after the rename, which changes it.
   */
  function trustWritten(written: nodeFs.BigIntStats): void {
    let now: nodeFs.BigIntStats;
    try {
      now = nodeFs.statSync(path, { bigint: true });
    } catch {
      return;
    }
    const same = now.dev === written.dev && now.ino === written.ino && now.size === written.size && now.mtimeNs === written.mtimeNs;
    if (same) trust!.record(fingerprintOf(path, now));
  }

  /** A missing store named by --store or CAPRURAL_STORE is never created by a read or a change. */
  // With backups beside it, the store was lost: restoring the newest is the way (said first).
  function refuseIfNamedMissing(): void {
    if (options.namedBy !== 'option' && options.namedBy !== 'env') return;
    const backups = listBackups(path);
    if (backups.length > 0) throw new StoreError('storeMissingWithBackups', { path, backup: backups[0]! });
    throw new StoreError('storeNotFound', { path: givenPath, namedBy: options.namedBy });
  }

  async function ensureExists(lock: HeldLock): Promise<StoreData> {
    refuseIfNamedMissing();
    const backups = listBackups(path);
    if (backups.length > 0) throw new StoreError('storeMissingWithBackups', { path, backup: backups[0]! });
    const data = newStoreData();
    await writeStore(lock, data, true);
    options.onCreated?.(path);
    return data;
  }

  async function readOrCreate(lock: HeldLock): Promise<StoreData> {
    return (await readData()) ?? (await ensureExists(lock));
  }

  /** The newest version that can be read: the store, else the newest valid backup; null if none. */
  async function newestReadable(): Promise<StoreData | null> {
    try {
      const data = await readData();
      if (data) return data;
    } catch {
      /* unusable: a backup may tell */
    }
    for (const file of listBackups(path)) {
      try {
        return parseStore(await fs.readFile(file, 'utf8'), file);
      } catch {
        /* the next one */
      }
    }
    return null;
  }

  return {
    path: givenPath,
    async locations() {
      return { file: path, lock: lockPathOf(path), backupsDir: backupsDir(path) };
    },
    async fileInfo() {
      let stat: nodeFs.Stats | null = null;
      try {
        stat = nodeFs.statSync(path);
      } catch (error) {
        if (codeOf(error) !== 'ENOENT') throw new StoreError('storeUnreadable', { path, reason: reasonOf(error) });
      }
      return {
        file: path,
        exists: stat !== null,
        size: stat?.isFile() ? stat.size : null,
        modifiedAt: stat ? stat.mtime.toISOString() : null,
        backupsDir: backupsDir(path),
        backups: listBackups(path).length,
      };
    },
    async read() {
      const data = await readData();
      if (data) return data;
      // Refused before the lock: not even the store's folder or its lock is made.
      refuseIfNamedMissing();
      return withLock(readOrCreate);
    },
    async update(change) {
      if (!requireRegular(path)) refuseIfNamedMissing();
      return withLock(async (lock) => {
        const data = await readOrCreate(lock);
        const result = change(data);
        // A change that found nothing to do writes nothing: no new version, no backup.
        if (isUnchanged(result)) return result.result;
        await writeStore(lock, data, true);
        return result;
      });
    },
    async create(empty) {
      await withLock(async (lock) => {
        if ((await readText().catch(() => 'unreadable')) !== null) throw new UsageError('storeExists', { path });
        await writeStore(lock, newStoreData(empty), true);
      });
    },
    async resolveBackup(which) {
      return resolveBackup(path, which);
    },
    async restore(which, prepare) {
      return withLock(async (lock) => {
        const source = resolveBackup(path, which);
        let data: StoreData;
        try {
          requireRegular(source);
          data = parseStore(await fs.readFile(source, 'utf8'), source);
        } catch (error) {
          if (error instanceof StoreError && error.key === 'storeNewer') throw new StoreError('backupNewer', error.params as never);
          const reason = error instanceof StoreError ? ((error.params as { reason?: string }).reason ?? String(error.key)) : reasonOf(error);
          throw new StoreError('backupInvalid', { path: source, reason });
        }
        const result = prepare(data, await newestReadable());
        const keptAs = await writeStore(lock, data, true);
        return { restored: source, keptAs, result };
      });
    },
    async erase(change, eraser) {
      return withLock(async (lock) => {
        const current = await readOrCreate(lock);
        const before = structuredClone(current);
        const result = change(current);
        // Nothing to erase (already done): nothing is written, not even a backup.
        if (JSON.stringify(current) === JSON.stringify(before)) return { result, backupsRewritten: 0, backupsUnreadable: [] };
        requireValid(current);
        const report: EraseReport = { backupsRewritten: 0, backupsUnreadable: [] };
        const backups = listBackups(path);
        const readBackup = async (file: string): Promise<string | null> => {
          try {
            requireRegular(file);
            return await fs.readFile(file, 'utf8');
          } catch {
            return null;
          }
        };
        // 1. What each version knows of the people (one version in memory at a time).
        eraser.learn(before);
        for (const file of backups) {
          await lock.checkpoint();
          const text = await readBackup(file);
          if (text === null) continue;
          try {
            eraser.learn(JSON.parse(text) as { members?: unknown });
          } catch {
            /* not JSON: reported below */
          }
        }
        // 2. Every file is staged (written and fsynced beside its target) before any is replaced:
        // if the work is interrupted or the lock lost meanwhile, nothing at all is written.
        const staged: Array<{ tmp: string; target: string }> = [];
        const stage = async (target: string, text: string) => {
          await lock.checkpoint();
          try {
            staged.push({ tmp: await stageFile(fs, target, text), target });
          } catch (error) {
            throw new StoreError('storeWriteFailed', { path: target, reason: reasonOf(error) });
          }
        };
        try {
          for (const file of backups) {
            await lock.checkpoint();
            const text = await readBackup(file);
            let data: StoreData;
            try {
              if (text === null) throw new Error('unreadable');
              data = parseStore(text, file);
            } catch {
              report.backupsUnreadable.push(file);
              continue;
            }
            if (eraser.scrub(data)) {
              await stage(file, serialiseStore(data));
              report.backupsRewritten += 1;
            }
          }
          eraser.scrub(current);
          eraser.scrub(before);
          const storeText = requireValid(current);
          // The version being replaced is kept, but only once scrubbed: never hard-linked as it is.
          await stage(await nextBackupPath(fs, path, now), serialiseStore(before));
          await stage(path, storeText);
          await lock.checkpoint();
        } catch (error) {
          for (const { tmp } of staged) await fs.rm(tmp, { force: true }).catch(() => undefined);
          throw error;
        }
        // 3. The commit: renames only, each after checking the lock is still ours; the store last.
        for (let i = 0; i < staged.length; i += 1) {
          const { tmp, target } = staged[i]!;
          try {
            lock.assertOwned();
            await fs.rename(tmp, target);
          } catch (error) {
            for (const rest of staged.slice(i)) await fs.rm(rest.tmp, { force: true }).catch(() => undefined);
            if (error instanceof StoreError) throw error;
            throw new StoreError('storeWriteFailed', { path: target, reason: reasonOf(error) });
          }
        }
        await syncDir(dirname(path));
        await syncDir(backupsDir(path));
        await rotate(fs, path, async () => lock.assertOwned()).catch(() => undefined);
        return { result, ...report };
      });
    },
    async backups() {
      return backupInfos(path);
    },
    async readBackup(file) {
      requireRegular(file);
      return parseStore(await fs.readFile(file, 'utf8'), file);
    },
    async inspect() {
      return inspectStore(path, staleMs);
    },
    async checkOutput(file) {
      const target = resolve(file);
      const real = realStorePath(target);
      const guarded = [path, lockPathOf(path), backupsDir(path)];
      const refuse = () => new UsageError('outputIsStore', { file: target });
      if (guarded.some((g) => real === g || real.startsWith(`${g}${sep}`))) throw refuse();
      if (dirname(real) === dirname(path) && isTempFileOf(path, basename(real))) throw refuse();
      // The same file or folder under another name (a hard link, a bind mount): same device and inode.
      const idOf = (p: string) => {
        try {
          const s = nodeFs.statSync(p);
          return `${s.dev}:${s.ino}`;
        } catch {
          return null;
        }
      };
      const files = new Set([path, ...listBackups(path)].map(idOf).filter(Boolean));
      const folders = new Set([lockPathOf(path), backupsDir(path)].map(idOf).filter(Boolean));
      const self = idOf(real);
      if (self && files.has(self)) throw refuse();
      const parent = idOf(dirname(real));
      if (parent && folders.has(parent)) throw refuse();
      return target;
    },
  };
}
