// Looks at the store's files without changing anything: for `caprural doctor` and `backup list`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CapruralError, StoreError } from '../errors';
import type { StoreData } from './schema';
import { backupsDir, isTempFileOf, listBackups, parseStoreVersioned, STALE_LOCK_MS } from './storeFile';

export interface BackupInfo {
  name: string;
  path: string;
  /** When this version was replaced (from the name), else the file's time. */
  replacedAt: string;
  size: number;
  mode: number;
  valid: boolean;
  schemaVersion: number | null;
  members: number | null;
  registrations: number | null;
  /** Why it cannot be restored, when it is not valid. */
  error: CapruralError | null;
}

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(\.\d{3})?Z/;

function readBackup(path: string): BackupInfo {
  const stat = statSync(path);
  const match = STAMP.exec(basename(path));
  const replacedAt = match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}${match[5] ?? '.000'}Z` : stat.mtime.toISOString();
  const info: BackupInfo = { name: basename(path), path, replacedAt, size: stat.size, mode: stat.mode & 0o777, valid: false, schemaVersion: null, members: null, registrations: null, error: null };
  try {
    const { data, fromVersion } = parseStoreVersioned(readFileSync(path, 'utf8'), path);
    Object.assign(info, { valid: true, schemaVersion: fromVersion, members: data.members.length, registrations: data.registrations.length });
  } catch (error) {
    info.error = error instanceof CapruralError ? error : new StoreError('storeUnreadable', { path, reason: String(error) });
  }
  return info;
}

/** The backups beside the store, newest first, each read and validated. */
export function backupInfos(storePath: string): BackupInfo[] {
  return listBackups(storePath).map(readBackup);
}

export interface StoreInspection {
  path: string;
  exists: boolean;
  mode: number | null;
  /** The data, when the file is there and valid. */
  data: StoreData | null;
  fromVersion: number | null;
  /** Why the store cannot be used, when it cannot. */
  error: CapruralError | null;
  backupsDir: string;
  backupsDirMode: number | null;
  backups: BackupInfo[];
  /** The lock's age in ms, if a lock is there. */
  lockAgeMs: number | null;
  staleLockMs: number;
  tempFiles: string[];
}

const modeOf = (path: string): number | null => {
  try {
    return statSync(path).mode & 0o777;
  } catch {
    return null;
  }
};

/** Everything doctor looks at, read once. File ages use the real time (they compare with file times). */
export function inspectStore(path: string): StoreInspection {
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
    staleLockMs: STALE_LOCK_MS,
    tempFiles: [],
  };
  let text: string | null = null;
  try {
    text = readFileSync(path, 'utf8');
    result.exists = true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') {
      result.exists = true;
      result.error = new StoreError('storeUnreadable', { path, reason: code ?? String(error) });
    }
  }
  if (text !== null) {
    try {
      const parsed = parseStoreVersioned(text, path);
      result.data = parsed.data;
      result.fromVersion = parsed.fromVersion;
    } catch (error) {
      if (error instanceof CapruralError) result.error = error;
      else throw error;
    }
  }
  try {
    result.lockAgeMs = Math.max(0, Date.now() - statSync(`${path}.lock`).mtimeMs);
  } catch {
    result.lockAgeMs = null;
  }
  try {
    result.tempFiles = readdirSync(dirname(path))
      .filter((name) => isTempFileOf(path, name))
      .map((name) => join(dirname(path), name));
  } catch {
    result.tempFiles = [];
  }
  return result;
}
