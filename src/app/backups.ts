import { basename } from 'node:path';
import { appendLog } from '../domain/log';
import type { BackupInfo } from '../store/index';
import type { Deps } from './deps';

export async function listStoreBackups(deps: Deps): Promise<BackupInfo[]> {
  return deps.store.backups();
}

/** The backup WHICH names: `latest`, a name from `backup list`, or a path to a store file. */
export async function resolveBackup(deps: Deps, which: string): Promise<string> {
  return deps.store.resolveBackup(which);
}

/**
 * Puts a backup back as the store. The backup is read and validated inside the lock (an older
 * schema is migrated); the current file, whatever its state, is kept as a backup first. The
 * restore itself is logged.
 */
export async function restoreBackup(deps: Deps, which: string): Promise<{ restored: string; keptAs: string | null; members: number }> {
  const { restored, keptAs, result } = await deps.store.restore(which, (data) => {
    appendLog(data, { at: deps.clock(), user: deps.user, action: 'backup.restore', target: null, details: { from: basename(which) } });
    return { members: data.members.length };
  });
  return { restored, keptAs, members: result.members };
}
