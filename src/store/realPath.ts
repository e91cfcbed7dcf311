// Where a path really leads, for the store and for the files caprural writes (exports, documents).
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The real path of `path`: symbolic links followed (a dangling one to where it points), so that
 * the store, its lock and its backups are where the data really is, and a linked store stays linked;
 * an export written through a link reaches the file the link names.
 */
export function realStorePath(path: string, depth = 0): string {
  const absolute = resolve(path);
  try {
    return nodeFs.realpathSync(absolute);
  } catch {
    /* not there (yet) */
  }
  try {
    // A loop of links ends as the system ends one (40 links, Linux's limit): at the path itself.
    if (depth < 40 && nodeFs.lstatSync(absolute).isSymbolicLink()) {
      return realStorePath(resolve(dirname(absolute), nodeFs.readlinkSync(absolute)), depth + 1);
    }
  } catch {
    /* not there: its folder may be a link */
  }
  try {
    return join(nodeFs.realpathSync(dirname(absolute)), basename(absolute));
  } catch {
    return absolute;
  }
}
