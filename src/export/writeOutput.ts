import { promises } from 'node:fs';
import { UsageError } from '../errors';
import { writeFileAtomic, type Store } from '../store/index';

/**
 * Writes an export to `file` atomically (a unique temp file beside it, fsync, rename), so a
 * reader never sees half a file. Refuses the store itself, its backups, lock and temp files.
 */
export async function writeOutput(file: string, content: string | Uint8Array, store: Store): Promise<string> {
  const target = await store.checkOutput(file);
  try {
    await writeFileAtomic(promises, target, content);
  } catch (error) {
    throw new UsageError('outputFailed', { file: target, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return target;
}
