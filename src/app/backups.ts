import { readFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { appendLog } from '../domain/log';
import { CapruralError, StoreError, UsageError } from '../errors';
import { backupInfos, type BackupInfo } from '../store/inspect';
import { backupsDir, listBackups, parseStore } from '../store/storeFile';
import type { Deps } from './deps';

export async function listStoreBackups(deps: Deps): Promise<BackupInfo[]> {
  return backupInfos(deps.store.path);
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

/**
 * Puts a backup back as the store. The backup must validate (an older schema is migrated); the
 * current file, whatever its state, is kept as a backup first. The restore itself is logged.
 */
export async function restoreBackup(deps: Deps, which: string): Promise<{ restored: string; keptAs: string | null; members: number }> {
  const source = resolveBackup(deps.store.path, which);
  let data;
  try {
    data = parseStore(readFileSync(source, 'utf8'), source);
  } catch (error) {
    if (error instanceof CapruralError) {
      const reason = (error.params as { reason?: string }).reason;
      throw new StoreError('backupInvalid', { path: source, reason: reason ?? String(error.key) });
    }
    throw new StoreError('backupInvalid', { path: source, reason: String(error) });
  }
  appendLog(data, { at: deps.clock(), user: deps.user, action: 'backup.restore', target: null, details: { from: basename(source) } });
  const keptAs = await deps.store.replace(data);
  return { restored: source, keptAs, members: data.members.length };
}

