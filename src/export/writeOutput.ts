import { promises } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors';
import { backupsDir, writeFileAtomic } from '../store/storeFile';

/**
 * Writes an export to `file` atomically (a unique temp file beside it, fsync, rename), so a
 * reader never sees half a file. Refuses the store itself, its backups, lock and temp files.
 */
export async function writeOutput(file: string, content: string | Uint8Array, storePath: string): Promise<string> {
  const target = resolve(file);
  const store = resolve(storePath);
  const guarded = [store, `${store}.lock`, backupsDir(store)];
  if (guarded.some((g) => target === g || target.startsWith(`${g}/`)) || (target.startsWith(`${store}.`) && target.endsWith('.tmp'))) {
    throw new UsageError('outputIsStore', { file: target });
  }
  try {
    await writeFileAtomic(promises, target, content);
  } catch (error) {
    throw new UsageError('outputFailed', { file: target, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return target;
}
