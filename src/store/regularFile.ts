// Reading a small file that caprural keeps for itself (a fingerprint, a cache), where anything may
// have been put in its place.
import * as nodeFs from 'node:fs';

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
