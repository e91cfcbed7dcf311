// The store's internals that tests reach directly (the application reaches them through src/store/index.ts).
export type { Store } from '../../src/store/index';
export type { StoreFs } from '../../src/store/atomicWrite';
export { openJsonFileStore as openStore } from '../../src/store/jsonFileStore';
export { BACKUPS_KEPT, backupsDir, listBackups } from '../../src/store/backups';
export { parseStore, serialiseStore } from '../../src/store/codec';
export { STALE_LOCK_MS } from '../../src/store/lock';
export { committedEnd, logPathOf, readLogEntries, serialiseLog } from '../../src/store/logFile';

import { readFileSync, writeFileSync } from 'node:fs';
import { parseStore as parse, serialiseStore as serialise } from '../../src/store/codec';
import { logPathOf as logOf, readLogEntries as entriesOf, serialiseLog as linesOf } from '../../src/store/logFile';
import type { StoreData } from '../../src/store/schema';

/** The store file at `path` with its whole history (the file beside it), validated. */
export function loadStore(path: string): StoreData {
  const data = parse(readFileSync(path, 'utf8'), path);
  // A store of schema 3 or older holds its history inside.
  if (data.logSeq > 0 || data.log.length === 0) data.log = entriesOf(logOf(path), data.logSeq);
  return data;
}

/** Writes `data` as caprural lays it out: the store without its history, and the history file beside it (every entry of data.log). */
export function writeStoreFiles(path: string, data: StoreData): void {
  writeFileSync(logOf(path), linesOf(data.log), { mode: 0o600 });
  writeFileSync(path, serialise({ ...data, logSeq: data.log.length, logAt: data.log[data.log.length - 1]?.at }), { mode: 0o600 });
}
