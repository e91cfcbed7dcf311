import { homedir, platform as osPlatform } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where the config file lives: $CAPRURAL_CONFIG, else the per-user config folder
 * ($XDG_CONFIG_HOME, else ~/.config; %APPDATA% on Windows), in a `caprural` folder, as `config.json`.
 */
export function configPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = osPlatform(), home: string = homedir()): string {
  if (env.CAPRURAL_CONFIG) return resolve(env.CAPRURAL_CONFIG);
  let base: string;
  if (platform === 'win32') base = env.APPDATA ?? join(home, 'AppData', 'Roaming');
  else base = env.XDG_CONFIG_HOME || join(home, '.config');
  return join(base, 'caprural', 'config.json');
}
