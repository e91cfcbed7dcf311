// The store's internals that tests reach directly (the application reaches them through src/store/index.ts).
export type { Store } from '../../src/store/index';
export type { StoreFs } from '../../src/store/atomicWrite';
export { openJsonFileStore as openStore } from '../../src/store/jsonFileStore';
export { BACKUPS_KEPT, backupsDir, listBackups } from '../../src/store/backups';
export { parseStore, serialiseStore } from '../../src/store/codec';
export { STALE_LOCK_MS } from '../../src/store/lock';
