import { basename } from 'node:path';
import { appendLog } from '../domain/log';
import type { BackupInfo } from '../store/index';
import type { Deps } from './deps';
import { reapplyErasures } from './erasures';

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
export async function restoreBackup(deps: Deps, which: string): Promise<{ restored: string; keptAs: string | null; members: number; erasuresReapplied: string[] }> {
  const { restored, keptAs, result } = await deps.store.restore(which, (data, current, { backTo, last }) => {
    // Erasures made after this version was saved are applied again: an erased person never comes back.
    const erasuresReapplied = reapplyErasures(data, current);
    // In the history's own terms: the state after entry `backTo`; the entries after it, still
    // listed by `log`, are undone (none when a store is put back onto itself).
    const undone = last > backTo ? { undone: [backTo + 1, last] } : {};
    appendLog(data, {
      at: deps.clock(),
      user: deps.user,
      action: 'backup.restore',
      target: null,
      details: { from: basename(which), backTo, ...undone, erasuresReapplied: erasuresReapplied.length },
    });
    return { members: data.members.length, erasuresReapplied };
  });
  return { restored, keptAs, ...result };
}
