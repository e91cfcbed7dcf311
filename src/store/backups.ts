// The earlier versions kept beside the store: naming, listing, keeping, rotating, reading.
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { CapruralError, StoreError, UsageError } from '../errors';
import { codeOf, readUtf8Sync, type StoreFs } from './atomicWrite';
import { parseStoreVersioned } from './codec';
import type { BackupInfo } from './index';

/** How many earlier versions are kept beside the store. */
export const BACKUPS_KEPT = 10;

/** The folder beside the store where its earlier versions are kept. */
export function backupsDir(storePath: string): string {
  return join(dirname(storePath), `${basename(storePath)}.backups`);
}

/** The names the store gives its backups: `<UTC time stamp>-n<sequence>.json`. Only these are ever rotated. */
const OWN_NAME = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d(\.\d{3})?Z-n\d{6,}\.json$/;

/** Whether the store named this backup (a file the user put in the folder is never deleted). */
export function isOwnBackupName(name: string): boolean {
  return OWN_NAME.test(name);
}

const SEQUENCE = /-n(\d+)\.json$/;

/** A backup's place in the sequence (names without one, from older builds or the user, come first). */
function sequenceOf(name: string): number {
  const match = SEQUENCE.exec(name);
  return match ? Number(match[1]) : -1;
}

/** Backup file names, newest first: by sequence number, then by name (the time stamp). */
export function sortBackupNames(names: readonly string[]): string[] {
  return names.filter((name) => name.endsWith('.json')).sort((a, b) => sequenceOf(b) - sequenceOf(a) || (a < b ? 1 : a > b ? -1 : 0));
}

/** The backups of a store, newest first (paths). */
export function listBackups(storePath: string): string[] {
  try {
    return sortBackupNames(readdirSync(backupsDir(storePath))).map((name) => join(backupsDir(storePath), name));
  } catch {
    return [];
  }
}

export function newestBackup(storePath: string): string {
  return listBackups(storePath)[0] ?? '';
}

/** The next backup's path: time stamp and a sequence number, so order survives a clock set back. */
export async function nextBackupPath(fs: StoreFs, storePath: string, now: () => Date): Promise<string> {
  const dir = backupsDir(storePath);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const names = await fs.readdir(dir);
  const next = names.reduce((max, name) => Math.max(max, sequenceOf(name)), 0) + 1;
  const stamp = now().toISOString().replace(/:/g, '-');
  return join(dir, `${stamp}-n${String(next).padStart(6, '0')}.json`);
}

/** Keeps the version about to be replaced: a hard link costs no copy, whatever the size. Null when there is none. */
export async function keepCurrent(fs: StoreFs, storePath: string, now: () => Date): Promise<string | null> {
  const target = await nextBackupPath(fs, storePath, now);
  try {
    await fs.link(storePath, target);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null; // first write: nothing to keep
    try {
      await fs.copyFile(storePath, target);
      await fs.chmod(target, 0o600);
    } catch (copyError) {
      await fs.rm(target, { force: true }).catch(() => undefined);
      throw copyError;
    }
  }
  return target;
}

/**
 * Removes the oldest of the store's own backups beyond BACKUPS_KEPT (after a write succeeded: a
 * failed write loses none). Files it did not name (a copy the user put there) are never deleted.
 */
export async function rotate(fs: StoreFs, storePath: string, beforeRemove?: () => Promise<void>): Promise<void> {
  const dir = backupsDir(storePath);
  const names = sortBackupNames((await fs.readdir(dir)).filter(isOwnBackupName));
  for (const old of names.slice(BACKUPS_KEPT)) {
    await beforeRemove?.();
    await fs.rm(join(dir, old), { force: true });
  }
}

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(\.\d{3})?Z/;

/** One backup, read and validated; null when it vanished meanwhile. */
export function readBackupInfo(path: string): BackupInfo | null {
  const name = basename(path);
  const match = STAMP.exec(name);
  const stamped = match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}${match[5] ?? '.000'}Z` : null;
  const info: BackupInfo = { name, path, replacedAt: stamped ?? '', size: 0, mode: 0, valid: false, state: 'unreadable', schemaVersion: null, members: null, registrations: null, error: null };
  let text: string;
  try {
    const stat = statSync(path);
    Object.assign(info, { replacedAt: stamped ?? stat.mtime.toISOString(), size: stat.size, mode: stat.mode & 0o777 });
    text = readUtf8Sync(path);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') {
      info.error = new StoreError('storeUnreadable', { path, reason: codeOf(error) ?? String(error) });
      return info;
    }
    // Gone since the listing, or a link to nothing (dated by the link itself when its name is not).
    try {
      const link = lstatSync(path);
      if (!stamped) info.replacedAt = link.mtime.toISOString();
    } catch {
      return null;
    }
    info.error = new StoreError('backupDangling', { path });
    return info;
  }
  try {
    const { data, fromVersion } = parseStoreVersioned(text, path);
    Object.assign(info, { valid: true, state: 'valid', schemaVersion: fromVersion, members: data.members.length, registrations: data.registrations.length });
  } catch (error) {
    info.error = error instanceof CapruralError ? error : new StoreError('storeUnreadable', { path, reason: String(error) });
    info.state = info.error.key === 'storeNewer' ? 'newer' : 'damaged';
  }
  return info;
}

/** The backups beside the store, newest first, each read and validated; those that vanish while listing are left out. */
export function backupInfos(storePath: string): BackupInfo[] {
  return listBackups(storePath).flatMap((path) => readBackupInfo(path) ?? []);
}

/** The backup WHICH names: `latest`, a name from `backup list`, or a path to a store file. */
export function resolveBackup(storePath: string, which: string): string {
  const text = which.trim();
  if (text === 'latest') {
    const newest = listBackups(storePath)[0];
    if (!newest) throw new UsageError('noBackups', { path: storePath });
    return newest;
  }
  const named = listBackups(storePath).find((p) => basename(p) === text || basename(p) === `${text}.json`);
  if (named) return named;
  if (text.includes('/') || text.includes('\\') || isAbsolute(text) || text.endsWith('.json')) {
    const path = resolve(text);
    try {
      readFileSync(path);
      return path;
    } catch {
      /* reported below */
    }
  }
  throw new UsageError('backupNotFound', { which, dir: backupsDir(storePath) });
}
