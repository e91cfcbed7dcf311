import { newStoreData } from '../../src/store/catalogue';
import type { StoreData } from '../../src/store/schema';
import type { Store } from './storeInternals';
import { isUnchanged } from '../../src/store/unchanged';
import { UsageError } from '../../src/errors';

/**
 * The Store contract in memory, for property tests that run the real use cases thousands of
 * times: each read is a copy, each change applies to a copy and is kept only if it returns.
 */
export function memoryStore(initial: StoreData = newStoreData()): Store & { snapshot(): StoreData } {
  let current = structuredClone(initial);
  return {
    path: '/memory/store.json',
    snapshot: () => structuredClone(current),
    read: async () => structuredClone(current),
    update: async (change) => {
      const draft = structuredClone(current);
      const result = change(draft);
      if (isUnchanged(result)) return result.result;
      current = draft;
      return result;
    },
    create: async (empty) => {
      current = newStoreData(empty);
    },
    locations: async () => ({ file: '/memory/store.json', log: '/memory/store.json.log', lock: '/memory/store.json.lock', backupsDir: '/memory/store.json.backups' }),
    fileInfo: async () => ({
      file: '/memory/store.json',
      exists: true,
      size: JSON.stringify(current).length,
      modifiedAt: null,
      backupsDir: '/memory/store.json.backups',
      backups: 0,
      log: '/memory/store.json.log',
      logSize: null,
      logKind: 'missing' as const,
    }),
    resolveBackup: async (which) => {
      throw new UsageError('backupNotFound', { which, dir: '/memory/store.json.backups' });
    },
    restore: async (which) => {
      throw new UsageError('backupNotFound', { which, dir: '/memory/store.json.backups' });
    },
    backups: async () => [],
    readBackup: async (path) => {
      throw new UsageError('backupNotFound', { which: path, dir: '/memory/store.json.backups' });
    },
    inspect: async () => {
      throw new Error('a store in memory has no files to inspect');
    },
    checkOutput: async (file) => file,
    erase: async (change) => {
      const draft = structuredClone(current);
      const result = change(draft);
      current = draft;
      return { result, backupsRewritten: 0, backupsUnreadable: [] };
    },
  };
}
