import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors';

/**
 * Writes an export to `file` atomically (a unique temp file beside it, fsync, rename), so a
 * reader never sees half a file. Refuses the store itself, its backups, lock and temp files.
 */
export async function writeOutput(file: string, content: string, storePath: string): Promise<string> {
  const target = resolve(file);
  const store = resolve(storePath);
  const guarded = [store, `${store}.lock`, join(dirname(store), `${basename(store)}.backups`)];
  if (guarded.some((g) => target === g || target.startsWith(`${g}/`)) || (target.startsWith(`${store}.`) && target.endsWith('.tmp'))) {
    throw new UsageError('outputIsStore', { file: target });
  }
  const tmp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(tmp, 'wx', 0o600);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new UsageError('outputFailed', { file: target, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return target;
}
