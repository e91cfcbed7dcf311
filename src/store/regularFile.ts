// Files that must be regular files, where anything may have been put in their place: the store,
// its history, and the small files caprural keeps for itself (a fingerprint, a cache).
import * as nodeFs from 'node:fs';
import { StoreError } from '../errors';
import { codeOf, reasonOf } from './atomicWrite';

/**
 * Whether `path` is there (false: missing), refusing at once anything but a regular file (a
 * folder, a FIFO, a device: StoreError `notFile`, exit 3): opening a FIFO without a writer would
 * wait for ever. Any other failure to look at it is StoreError storeUnreadable.
 */
export function requireRegularFile(path: string, notFile: 'storeNotFile' | 'logNotFile'): boolean {
  let stat: nodeFs.Stats;
  try {
    stat = nodeFs.statSync(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false;
    throw new StoreError('storeUnreadable', { path, reason: reasonOf(error) });
  }
  if (!stat.isFile()) throw new StoreError(notFile, { path });
  return true;
}

/**
 * The UTF-8 text of the regular file `path`, or null when it is anything else: missing, a
 * folder, larger than `maxBytes`, a FIFO or a device. Opened without blocking and checked on the
 * handle: opening a FIFO that has no writer would otherwise wait for ever, deaf to Ctrl-C (the
 * signal handlers cannot run while the only thread waits in the system).
 */
export function readRegularFileSync(path: string, maxBytes: number): string | null {
  let fd: number;
  try {
    fd = nodeFs.openSync(path, nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const stat = nodeFs.fstatSync(fd);
    return stat.isFile() && stat.size <= maxBytes ? nodeFs.readFileSync(fd, 'utf8') : null;
  } catch {
    return null;
  } finally {
    nodeFs.closeSync(fd);
  }
}
