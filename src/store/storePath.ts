import { homedir, platform as osPlatform } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { UsageError } from '../errors';

/** Which setting named the store: `--store`, CAPRURAL_STORE, or neither (the per-user default). */
export type StoreNamedBy = 'option' | 'env' | 'default';

/** Where the store is, and which setting said so. */
export interface StoreLocation {
  path: string;
  namedBy: StoreNamedBy;
}

/**
 * Where the store lives: `--store`, else CAPRURAL_STORE, else the per-user data folder
 * ($XDG_DATA_HOME or ~/.local/share on Linux, ~/Library/Application Support on macOS,
 * %LOCALAPPDATA% on Windows), in a `caprural` folder, as `store.json`; with the setting that named it.
 */
export function locateStore(flag: string | undefined, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = osPlatform(), home: string = homedir()): StoreLocation {
  // `--store ""` is a mistake (an unset variable in a script), never a request for the default store.
  if (flag !== undefined) {
    if (flag.trim() === '') throw new UsageError('storeEmptyPath', {});
    return { path: resolve(flag), namedBy: 'option' };
  }
  if (env.CAPRURAL_STORE) return { path: resolve(env.CAPRURAL_STORE), namedBy: 'env' };
  let base: string;
  if (platform === 'win32') base = env.LOCALAPPDATA ?? join(home, 'AppData', 'Local');
  else if (platform === 'darwin') base = join(home, 'Library', 'Application Support');
  else base = env.XDG_DATA_HOME || join(home, '.local', 'share');
  return { path: join(base, 'caprural', 'store.json'), namedBy: 'default' };
}

/** The store's path as `locateStore` finds it. */
export function resolveStorePath(flag: string | undefined, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = osPlatform(), home: string = homedir()): string {
  return locateStore(flag, env, platform, home).path;
}

/**
 * The user's cache folder for caprural ($XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches
 * on macOS, %LOCALAPPDATA% on Windows, in a `caprural` folder); null when the environment names
 * no home (then nothing is cached). bin/caprural.js finds the same folder for the compile cache.
 */
export function userCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = osPlatform()): string | null {
  let base: string | undefined;
  if (platform === 'win32') base = env.LOCALAPPDATA;
  else if (platform === 'darwin') base = env.HOME && join(env.HOME, 'Library', 'Caches');
  else base = (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : undefined) || (env.HOME && join(env.HOME, '.cache'));
  return base ? join(base, 'caprural') : null;
}
