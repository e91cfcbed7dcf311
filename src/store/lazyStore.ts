import type { Store, StoreOptions } from './storeFile';

/**
 * The store, loaded on first use: the locking and validation code (proper-lockfile, zod) is
 * imported only by commands that touch the store, so `--help` and `--version` start fast.
 */
export function lazyStore(path: string, options: StoreOptions): Store {
  let opened: Promise<Store> | undefined;
  const open = () => (opened ??= import('./storeFile').then((m) => m.openStore(path, options)));
  return {
    path,
    read: async () => (await open()).read(),
    update: async (change) => (await open()).update(change),
    create: async (empty) => (await open()).create(empty),
    replace: async (data) => (await open()).replace(data),
    erase: async (change, scrub) => (await open()).erase(change, scrub),
  };
}
