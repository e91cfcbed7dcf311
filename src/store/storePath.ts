import { homedir, platform as osPlatform } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { UsageError } from '../errors';

/**
 * Where the store lives: `--store`, else CAPRURAL_STORE, else the per-user data folder
 * ($XDG_DATA_HOME or ~/.local/share on Linux, ~/Library/Application Support on macOS,
 * %LOCALAPPDATA% on Windows), in a `caprural` folder, as `store.json`.
 */
export function resolveStorePath(flag: string | undefined, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = osPlatform(), home: string = homedir()): string {
  // `--store ""` is a mistake (an unset variable in a script), never a request for the default store.
  if (flag !== undefined) {
    if (flag.trim() === '') throw new UsageError('storeEmptyPath', {});
    return resolve(flag);
  }
  if (env.CAPRURAL_STORE) return resolve(env.CAPRURAL_STORE);
  let base: string;
  if (platform === 'win32') base = env.LOCALAPPDATA ?? join(home, 'AppData', 'Local');
  else if (platform === 'darwin') base = join(home, 'Library', 'Application Support');
  else base = env.XDG_DATA_HOME || join(home, '.local', 'share');
  return join(base, 'caprural', 'store.json');
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
