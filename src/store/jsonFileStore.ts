// The Store contract kept in one JSON file and its history beside it (src/store/logFile.ts):
// validated reads, locked and validated atomic writes, backups beside it, erasure across every
// version, restore under the lock.
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { InterruptedError, StoreError, UsageError } from '../errors';
import { codeOf, defaultFs, isTempFileOf, readUtf8Sync, reasonOf, stageFile, type StoreFs, syncDir, writeFileAtomic } from './atomicWrite';
import { backupInfos, backupsDir, keepCurrent, listBackups, newestBackup, nextBackupPath, resolveBackup, rotate } from './backups';
import { newStoreData } from './catalogue';
import { logProblem, parseStore, parseStoreVersioned, schemaProblem, serialiseLegacy, serialiseStore } from './codec';
import type { EraseReport, Store, StoreOptions } from './index';
import { inspectStore } from './inspect';
import { acquireLock, lockPathOf, STALE_LOCK_MS, type HeldLock } from './lock';
import { appendToLog, committedEnd, cutLog, entryLine, isLogAside, isReadOnlyFile, lastEntry, logLine, logPathOf, readLogEntries, serialiseLog } from './logFile';
import type { LogEntry, StoreData } from './schema';
import { fingerprintOf, openTrust, sameVersion } from './trust';
import { isUnchanged } from './unchanged';
import { isValidChange, serialiseStoreParts, type Layout, type WrittenVersion } from './touched';
import { SCHEMA_VERSION } from './vocabulary';
import { requireRegularFile } from './regularFile';
import { realStorePath } from './realPath';

export interface JsonFileStoreOptions extends StoreOptions {
  /** The filesystem calls made by writes (a seam for fault-injection tests). */
  fs?: StoreFs;
}

/** Refuses at once a store path that is not a regular file (a folder, a FIFO, a device): reading it could hang. */
const requireRegular = (path: string): boolean => requireRegularFile(path, 'storeNotFile');

/** A version of the store as read, with the schema version its file was written in. */
interface Version {
  data: StoreData;
  fromVersion: number;
  /** The file's bytes and layout, when it is a version caprural wrote (a change then checks only what it touched). */
  written?: WrittenVersion;
}

/**
 * Where the history of the version being replaced ends in the history file: its last entry's seq
 * and the byte offset after it. null: the file holds none of it (a new store, or one of schema 3
 * or older whose entries are still inside it): a file already there is set aside, and every entry
 * in `data.log` is written, numbered from 1.
 */
type LogAt = { seq: number; end: number } | null;

export function openJsonFileStore(givenPath: string, options: JsonFileStoreOptions = {}): Store {
  const fs = options.fs ?? defaultFs;
  const now = options.now ?? (() => new Date());
  const lockWaitMs = options.lockWaitMs ?? 10_000;
  const staleMs = Math.max(1_000, options.staleLockMs ?? STALE_LOCK_MS);
  const path = realStorePath(givenPath);
  // Symbolic links followed, as for the store: a history kept elsewhere (another disk) through a
  // link is appended to and rewritten (erasure) where it really is, and the link stays a link.
  const logPath = realStorePath(logPathOf(path));
  // Fingerprints of the versions checked or written here (src/store/trust.ts): only on the real
  // filesystem (the `fs` seam of the fault tests has no handles to take them from).
  const trust = options.cacheDir && !options.fs ? openTrust(options.cacheDir, options.pid) : null;

  /**
   * The file's text and, when trusted fingerprints are kept, its bytes and its stat from the same
   * handle (null if it changed while read).
   */
  async function readVersion(): Promise<{ text: string; bytes?: Buffer; stat: nodeFs.BigIntStats | null } | null> {
    if (!requireRegular(path)) return null;
    try {
      if (!trust) return { text: await fs.readFile(path, 'utf8'), stat: null };
      const fd = nodeFs.openSync(path, 'r');
      try {
        const before = nodeFs.fstatSync(fd, { bigint: true });
        // Read whole then decoded, as readUtf8Sync does.
        const bytes = nodeFs.readFileSync(fd);
        const text = bytes.toString('utf8');
        const after = nodeFs.fstatSync(fd, { bigint: true });
        return { text, bytes, stat: sameVersion(before, after) ? before : null };
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

  /** The store, validated; with `withLog`, its history read from the file beside it (else `log` is empty). */
  async function readData(withLog = false): Promise<Version | null> {
    const read = await readVersion();
    if (read === null) return null;
    const { text, bytes, stat } = read;
    const kept = trust && stat ? trust.match(path, stat) : null;
    const trusted = kept !== null;
    const version: Version = parseStoreVersioned(text, path, newestBackup(path), trusted);
    if (kept?.layout && bytes && version.fromVersion === SCHEMA_VERSION) version.written = { bytes, layout: kept.layout };
    // Validated just now, in the current schema: this version is trusted until the file changes.
    if (trust && stat && !trusted && version.fromVersion === SCHEMA_VERSION) trust.record(fingerprintOf(path, stat));
    // A store of schema 3 or older still holds its history inside (migrated in memory, not yet in the file).
    if (withLog && version.fromVersion === SCHEMA_VERSION) version.data.log = loadLog(version.data.logSeq, version.data.logAt);
    return version;
  }

  /** The committed history 1..upTo, each line checked against the schema. */
  function loadLog(upTo: number, lastAt?: string): LogEntry[] {
    const entries = readLogEntries(logPath, upTo, lastAt);
    const problem = logProblem(entries);
    if (problem) throw new StoreError('logDamaged', { path: logPath, line: entryLine(entries, problem.line - 1), reason: problem.reason });
    return entries;
  }

  /** Where the committed history of a version read ends (see LogAt). */
  function logAtOf(version: Version): LogAt {
    if (version.fromVersion !== SCHEMA_VERSION) return null;
    return { seq: version.data.logSeq, end: committedEnd(logPath, version.data.logSeq, version.data.logAt) };
  }

  /** A history file already beside a store that has none in it is kept aside, never overwritten or cut. */
  async function setAsideLog(): Promise<void> {
    let size: number;
    try {
      size = nodeFs.statSync(logPath).size;
    } catch {
      return;
    }
    if (size === 0) return;
    const aside = `${logPath}.${now().toISOString().replace(/:/g, '-')}.aside`;
    try {
      await fs.rename(logPath, aside);
    } catch (error) {
      throw new StoreError('storeWriteFailed', { path: logPath, reason: reasonOf(error) });
    }
  }

  /** The histories set aside beside the store. */
  function asideLogs(): string[] {
    try {
      return nodeFs
        .readdirSync(dirname(path))
        .filter((name) => isLogAside(path, name))
        .map((name) => join(dirname(path), name));
    } catch {
      return [];
    }
  }

  /** A history set aside, as a version holding only it (for erasure); null when a line is not an entry. */
  function readAside(file: string): { version: StoreData; seqs: number[] } | null {
    try {
      if (!nodeFs.statSync(file).isFile()) return null;
      return parseAside(readUtf8Sync(file));
    } catch {
      return null;
    }
  }

  /** Lines of history as a version holding only them; null when a line is not an entry. */
  function parseAside(text: string): { version: StoreData; seqs: number[] } | null {
    try {
      const seqs: number[] = [];
      const log: LogEntry[] = [];
      for (const line of text.split('\n')) {
        if (line === '') continue;
        const { seq, ...entry } = JSON.parse(line) as LogEntry & { seq: number };
        seqs.push(seq);
        log.push(entry);
      }
      if (logProblem(log)) return null;
      return { version: { ...newStoreData(true), log }, seqs };
    } catch {
      return null;
    }
  }

  /** The whole lines of the history file after the committed end of `version` (a stopped command's); null when none. */
  function uncommittedLines(version: Version): string | null {
    const at = logAtOf(version);
    if (at === null) return null;
    let size: number;
    try {
      size = nodeFs.statSync(logPath).size;
    } catch {
      return null;
    }
    if (size <= at.end) return null;
    const tail = Buffer.alloc(size - at.end);
    const fd = nodeFs.openSync(logPath, 'r');
    try {
      nodeFs.readSync(fd, tail, 0, tail.length, at.end);
    } finally {
      nodeFs.closeSync(fd);
    }
    const whole = tail.lastIndexOf(0x0a) + 1;
    return whole > 0 ? tail.subarray(0, whole).toString('utf8') : null;
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

  /**
   * The same refusal for a new version of `written` (the version read, when caprural wrote it):
   * only what the change touched is checked (src/store/touched.ts). Returns the file's text in parts and its layout.
   */
  function requireValidChange(data: StoreData, written: WrittenVersion | null): { parts: Buffer[]; layout: Layout } {
    const { parts, layout, texts } = serialiseStoreParts(data);
    if (!isValidChange(data, texts, written)) throw new UsageError('storeWriteInvalid', { problem: schemaProblem(data) ?? 'shape' });
    return { parts, layout };
  }

  /** Whether the lock is still this process's (never throws). */
  function stillOwned(lock: HeldLock): boolean {
    try {
      lock.assertOwned();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Writes a version: the entries in `data.log` first, appended to the history after `at` and
   * fsynced, then the store, counting them in `logSeq` (the rename is the commit: a crash before it
   * leaves lines that no store counts, ignored and cut by the next change). With `backup`, the
   * version replaced is kept (hard-linked) in the backups. Returns that backup.
   */
  async function writeStore(lock: HeldLock, data: StoreData, backup: boolean, at: LogAt, written: WrittenVersion | null = null): Promise<string | null> {
    const from = at?.seq ?? 0;
    const ownSeq = data.logSeq;
    data.logSeq = from + data.log.length;
    // When entry logSeq was written; unknown (no check) for a version put back without an entry of its own.
    if (data.log.length > 0) data.logAt = data.log[data.log.length - 1]!.at;
    else if (data.logSeq !== ownSeq) delete data.logAt;
    const { parts, layout } = requireValidChange(data, written);
    // Interrupted before anything is written: nothing is. Once the write has begun, it finishes (it is short).
    // A Ctrl-C that came while the change ran (synchronous work, seconds on a big import) is only
    // handled once the event loop has polled for it: let the loop go round (an immediate runs
    // before the next poll, the second one after it), so that it is seen here.
    if (options.signal) for (let turn = 0; turn < 2; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) throw new InterruptedError();
    let appended = false;
    try {
      if (at === null) await setAsideLog();
      if (data.log.length > 0) {
        lock.assertOwned();
        appended = true;
        await appendToLog(
          fs,
          logPath,
          at?.end ?? 0,
          serialiseLog(data.log, from + 1),
          () => `${logPath}.${now().toISOString().replace(/:/g, '-')}-${globalThis.crypto.randomUUID().slice(0, 8)}.aside`,
        );
      }
    } catch (error) {
      // Part of the lines may be there (a full disk): no store counts them, cut them now (only
      // while the lock is ours: another owner may have written after them).
      if (!stillOwned(lock)) throw new StoreError('storeLockLost', { path });
      if (appended) await cutLog(fs, logPath, at?.end ?? 0);
      if (error instanceof StoreError) throw error;
      // Refused on a history that is there: its own rights (made read-only), not the disk nor the folder's.
      const code = codeOf(error);
      if ((code === 'EACCES' || code === 'EPERM') && nodeFs.existsSync(logPath)) throw new StoreError('logReadOnly', { path: logPath });
      throw new StoreError('storeWriteFailed', { path: logPath, reason: reasonOf(error) });
    }
    let kept: string | null = null;
    let stat: nodeFs.BigIntStats | null = null;
    try {
      await writeFileAtomic(
        fs,
        path,
        parts,
        async () => {
          // Never replace the file if another process has taken the lock meanwhile.
          lock.assertOwned();
          if (backup) kept = await keepCurrent(fs, path, now);
          lock.assertOwned();
        },
        trust ? (done) => (stat = done) : undefined,
      );
    } catch (error) {
      if (kept) await fs.rm(kept, { force: true }).catch(() => undefined);
      // Paused past the lock's staleness (SIGSTOP, a suspended machine) right before the rename,
      // the lock may be another's now, which cut these lines, wrote its own and removed the
      // temporary file: say so, and touch nothing (a cut would destroy its committed lines).
      const lockLost = (error instanceof StoreError && error.key === 'storeLockLost') || !stillOwned(lock);
      if (lockLost) throw error instanceof StoreError && error.key === 'storeLockLost' ? error : new StoreError('storeLockLost', { path });
      // Lines no store counts: cut them now.
      if (appended) await cutLog(fs, logPath, at?.end ?? 0);
      if (error instanceof StoreError) throw error;
      throw new StoreError('storeWriteFailed', { path, reason: reasonOf(error) });
    }
    await syncDir(dirname(path));
    if (trust && stat) trustWritten(stat, layout);
    if (kept) await rotate(fs, path, async () => lock.assertOwned()).catch(() => undefined);
    return kept;
  }

  /**
   * Trusts the version just written: the file now at `path` is the one the handle wrote (same
   * device, inode, size and modification time). Its ctime is read after the rename, which changes it.
   */
  function trustWritten(written: nodeFs.BigIntStats, layout: Layout): void {
    let now: nodeFs.BigIntStats;
    try {
      now = nodeFs.statSync(path, { bigint: true });
    } catch {
      return;
    }
    const same = now.dev === written.dev && now.ino === written.ino && now.size === written.size && now.mtimeNs === written.mtimeNs;
    if (same) trust!.record({ ...fingerprintOf(path, now), layout });
  }

  /** A missing store named by --store or CAPRURAL_STORE is never created by a read or a change. */
  // With backups beside it, the store was lost: restoring the newest is the way (said first).
  function refuseIfNamedMissing(): void {
    if (options.namedBy !== 'option' && options.namedBy !== 'env') return;
    const backups = listBackups(path);
    if (backups.length > 0) throw new StoreError('storeMissingWithBackups', { path, backup: backups[0]! });
    throw new StoreError('storeNotFound', { path: givenPath, namedBy: options.namedBy });
  }

  async function ensureExists(lock: HeldLock): Promise<Version> {
    refuseIfNamedMissing();
    const backups = listBackups(path);
    if (backups.length > 0) throw new StoreError('storeMissingWithBackups', { path, backup: backups[0]! });
    const data = newStoreData();
    await writeStore(lock, data, true, null);
    options.onCreated?.(path);
    return { data, fromVersion: SCHEMA_VERSION };
  }

  async function readOrCreate(lock: HeldLock, withLog = false): Promise<Version> {
    return (await readData(withLog)) ?? (await ensureExists(lock));
  }

  /** The newest valid backup; null if none. */
  async function newestBackupData(): Promise<StoreData | null> {
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
      return { file: path, log: logPath, lock: lockPathOf(path), backupsDir: backupsDir(path) };
    },
    async fileInfo() {
      let stat: nodeFs.Stats | null = null;
      try {
        stat = nodeFs.statSync(path);
      } catch (error) {
        if (codeOf(error) !== 'ENOENT') throw new StoreError('storeUnreadable', { path, reason: reasonOf(error) });
      }
      const logStat = nodeFs.statSync(logPath, { throwIfNoEntry: false });
      return {
        file: path,
        exists: stat !== null,
        size: stat?.isFile() ? stat.size : null,
        modifiedAt: stat ? stat.mtime.toISOString() : null,
        backupsDir: backupsDir(path),
        backups: listBackups(path).length,
        log: logPath,
        logSize: logStat?.isFile() ? logStat.size : null,
        logKind: !logStat ? 'missing' : logStat.isFile() ? 'file' : 'notFile',
      };
    },
    async read(readOptions = {}) {
      const version = await readData(readOptions.log);
      if (version) return version.data;
      // Refused before the lock: not even the store's folder or its lock is made.
      refuseIfNamedMissing();
      return withLock(async (lock) => (await readOrCreate(lock, readOptions.log)).data);
    },
    async update(change) {
      if (!requireRegular(path)) refuseIfNamedMissing();
      return withLock(async (lock) => {
        const version = await readOrCreate(lock);
        // `log` holds only what the change appends (or, from a store of schema 3 or older, its whole history).
        const { data } = version;
        const result = change(data);
        // A change that found nothing to do writes nothing: no new version, no backup.
        if (isUnchanged(result)) return result.result;
        await writeStore(lock, data, true, logAtOf(version), version.written ?? null);
        return result;
      });
    },
    async create(empty) {
      await withLock(async (lock) => {
        if ((await readText().catch(() => 'unreadable')) !== null) throw new UsageError('storeExists', { path });
        await writeStore(lock, newStoreData(empty), true, null);
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
        // The restored version continues the store's history (what was undone stays readable there):
        // its own entries are not taken back. The store as it is tells where the history ends; when
        // it cannot be read, or its history's end is damaged, every complete line is kept.
        let current: Version | null = null;
        try {
          current = await readData();
        } catch {
          /* unusable: the newest backup tells what was erased */
        }
        // The entries the restored version counted (a version of schema 3 or older holds them inside).
        const backTo = data.logSeq + data.log.length;
        let at: LogAt;
        if (current && current.fromVersion !== SCHEMA_VERSION) {
          data.log = current.data.log;
          at = null;
        } else {
          data.log = [];
          try {
            at = current ? logAtOf(current) : lastEntry(logPath);
          } catch {
            at = lastEntry(logPath);
          }
        }
        const result = prepare(data, current?.data ?? (await newestBackupData()), { backTo, last: at === null ? data.log.length : at.seq });
        const keptAs = await writeStore(lock, data, true, at);
        return { restored: source, keptAs, result };
      });
    },
    async erase(change, eraser) {
      return withLock(async (lock) => {
        const version = await readOrCreate(lock, true);
        const current = version.data;
        const before = structuredClone(current);
        const result = change(current);
        // Nothing to erase (already done): nothing is written, not even a backup.
        if (JSON.stringify(current) === JSON.stringify(before)) return { result, backupsRewritten: 0, backupsUnreadable: [] };
        // A history made read-only refuses erasures as it refuses every change: it is rewritten, never made writable behind the organiser's back.
        if (isReadOnlyFile(logPath)) throw new StoreError('logReadOnly', { path: logPath });
        requireValid(current);
        // A store of schema 3 or older gets its first history file: one already beside it is set
        // aside now (renamed, its content kept), so that it is scrubbed below with the others.
        if (version.fromVersion !== SCHEMA_VERSION) await setAsideLog();
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
            let backup: Version;
            try {
              if (text === null) throw new Error('unreadable');
              backup = parseStoreVersioned(text, file);
            } catch {
              report.backupsUnreadable.push(file);
              continue;
            }
            // A backup of schema 4 shares the history file (scrubbed below); an older one holds its own.
            if (eraser.scrub(backup.data)) {
              await stage(file, backup.fromVersion === SCHEMA_VERSION ? serialiseStore(backup.data) : serialiseLegacy(backup.data));
              report.backupsRewritten += 1;
            }
          }
          // Histories set aside beside the store (src/store/logFile.ts) hold entries about people too.
          for (const file of asideLogs()) {
            await lock.checkpoint();
            const aside = readAside(file);
            if (!aside) {
              report.backupsUnreadable.push(file);
              continue;
            }
            if (eraser.scrub(aside.version)) {
              await stage(file, aside.version.log.map((e, i) => logLine(aside.seqs[i]!, e)).join(''));
              report.backupsRewritten += 1;
            }
          }
          // Lines after the committed end (a command stopped before its commit): the rewrite below
          // leaves them out, so they are set aside in a file of their own, as any change does (never
          // destroyed), and scrubbed like the other histories set aside.
          const tail = uncommittedLines(version);
          if (tail !== null) {
            const target = `${logPath}.${now().toISOString().replace(/:/g, '-')}-${globalThis.crypto.randomUUID().slice(0, 8)}.aside`;
            const aside = parseAside(tail);
            if (aside) eraser.scrub(aside.version);
            else report.backupsUnreadable.push(target);
            await stage(target, aside ? aside.version.log.map((e, i) => logLine(aside.seqs[i]!, e)).join('') : tail);
          }
          eraser.scrub(current);
          eraser.scrub(before);
          // The whole history rewritten scrubbed, with the same numbers (the backups count in them),
          // the erasure's own entry after; lines no store counted are left out.
          current.logSeq = current.log.length;
          current.logAt = current.log[current.log.length - 1]?.at;
          if (current.logAt === undefined) delete current.logAt;
          const storeText = requireValid(current);
          // The version being replaced is kept, but only once scrubbed: never hard-linked as it is.
          await stage(await nextBackupPath(fs, path, now), version.fromVersion === SCHEMA_VERSION ? serialiseStore(before) : serialiseLegacy(before));
          await stage(logPath, serialiseLog(current.log));
          await stage(path, storeText);
          await lock.checkpoint();
        } catch (error) {
          for (const { tmp } of staged) await fs.rm(tmp, { force: true }).catch(() => undefined);
          throw error;
        }
        // 3. The commit: renames only, each after checking the lock is still ours; the history
        // then the store last (a crash between them leaves the person in the store: running again finishes).
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
      const guarded = [path, logPath, lockPathOf(path), backupsDir(path)];
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
      const files = new Set([path, logPath, ...listBackups(path)].map(idOf).filter(Boolean));
      const folders = new Set([lockPathOf(path), backupsDir(path)].map(idOf).filter(Boolean));
      const self = idOf(real);
      if (self && files.has(self)) throw refuse();
      const parent = idOf(dirname(real));
      if (parent && folders.has(parent)) throw refuse();
      return target;
    },
  };
}
