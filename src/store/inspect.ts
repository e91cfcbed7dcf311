// Looks at the store's files without changing anything: for `caprural doctor`.
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { CapruralError, StoreError } from '../errors';
import { codeOf, isTempFileOf, readUtf8Sync } from './atomicWrite';
import { backupInfos, backupsDir, newestBackup } from './backups';
import { logProblem, parseStoreVersioned } from './codec';
import type { StoreInspection } from './index';
import { lockPathOf } from './lock';
import { blankLogInspection, DAMAGED_KEPT, entryLine, inspectLog, isLogAside, logPathOf, noteDamaged, readLogEntries } from './logFile';
import { SCHEMA_VERSION } from './vocabulary';

const modeOf = (path: string): number | null => {
  try {
    return statSync(path).mode & 0o777;
  } catch {
    return null;
  }
};

function tempFilesIn(dir: string, isTemp: (name: string) => boolean): string[] {
  try {
    return readdirSync(dir)
      .filter(isTemp)
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** The pid in a lock's owner file (src/store/lock.ts), when it was written on this machine; null otherwise. */
function ownerPidHere(lockPath: string): number | null {
  try {
    const owner = JSON.parse(readFileSync(join(lockPath, 'owner'), 'utf8')) as { pid?: unknown; host?: unknown };
    return owner.host === hostname() && typeof owner.pid === 'number' && Number.isInteger(owner.pid) && owner.pid > 0 ? owner.pid : null;
  } catch {
    return null;
  }
}

/** Everything doctor looks at, read once. File ages use the real time (they compare with file times). */
export function inspectStore(path: string, staleLockMs: number): StoreInspection {
  const result: StoreInspection = {
    path,
    exists: false,
    mode: modeOf(path),
    data: null,
    fromVersion: null,
    error: null,
    backupsDir: backupsDir(path),
    backupsDirMode: modeOf(backupsDir(path)),
    backups: backupInfos(path),
    lockAgeMs: null,
    lockNotLock: false,
    lockOwnerPid: null,
    staleLockMs,
    tempFiles: [...tempFilesIn(dirname(path), (name) => isTempFileOf(path, name)), ...tempFilesIn(backupsDir(path), (name) => name.endsWith('.tmp'))],
    log: blankLogInspection(logPathOf(path)),
  };
  let text: string | null = null;
  try {
    const stat = statSync(path);
    result.exists = true;
    if (!stat.isFile()) result.error = new StoreError('storeNotFile', { path });
    else text = readUtf8Sync(path);
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'ENOENT') {
      result.exists = true;
      result.error = new StoreError('storeUnreadable', { path, reason: code ?? String(error) });
    }
  }
  if (text !== null) {
    try {
      const parsed = parseStoreVersioned(text, path, newestBackup(path));
      result.data = parsed.data;
      result.fromVersion = parsed.fromVersion;
    } catch (error) {
      if (error instanceof CapruralError) result.error = error;
      else throw error;
    }
  }
  // The history: every line against the store's count (a store of schema 3 or older holds its own).
  const upTo = result.data && result.fromVersion === SCHEMA_VERSION ? result.data.logSeq : null;
  const aside = tempFilesIn(dirname(path), (name) => isLogAside(path, name));
  result.log = inspectLog(logPathOf(path), upTo, aside, upTo !== null ? result.data?.logAt : undefined);
  if (upTo !== null && !result.log.notFile && !result.log.damagedAt && !result.log.short && upTo > 0) {
    // Each entry's shape, as `caprural log` would check it.
    try {
      const entries = readLogEntries(logPathOf(path), upTo);
      const problem = logProblem(entries);
      if (problem) {
        // Every wrong entry named (doctor lists them), each checked alone from the first one found.
        noteDamaged(result.log, entryLine(entries, problem.line - 1), problem.reason);
        for (let i = problem.line; i < entries.length; i += 1) {
          const more = logProblem([entries[i]]);
          // Lines are counted for the ones named only (entryLine reads the entries before).
          if (more) noteDamaged(result.log, result.log.damaged.length < DAMAGED_KEPT ? entryLine(entries, i) : 0, more.reason);
        }
      }
    } catch (error) {
      noteDamaged(result.log, 0, error instanceof Error ? error.message : String(error));
    }
  }
  try {
    const lock = lstatSync(lockPathOf(path));
    if (lock.isDirectory()) {
      result.lockAgeMs = Date.now() - lock.mtimeMs;
      result.lockOwnerPid = ownerPidHere(lockPathOf(path));
    } else result.lockNotLock = true;
  } catch {
    result.lockAgeMs = null;
  }
  return result;
}
