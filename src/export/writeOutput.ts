import { promises } from 'node:fs';
import { UsageError } from '../errors';
import { realStorePath, writeFileAtomic, type Store } from '../store/index';

/**
 * Writes an export to `file` atomically (a unique temp file beside it, fsync, rename), so a
 * reader never sees half a file. Refuses the store itself, its backups, lock and temp files, and
 * a path that is not a regular file (a folder, a FIFO, a device: renaming over it would replace
 * it). A symbolic link is followed, as for the store: the file it names gets the export and the
 * link stays a link. Returns the path as given, made absolute.
 */
export async function writeOutput(file: string, content: string | Uint8Array, store: Store): Promise<string> {
  const target = await store.checkOutput(file);
  const real = realStorePath(target);
  const there = await promises.stat(real).catch(() => null);
  if (there && !there.isFile()) throw new UsageError('outputNotFile', { file: target });
  try {
    await writeFileAtomic(promises, real, content);
  } catch (error) {
    throw new UsageError('outputFailed', { file: target, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return target;
}
