import { CONFIG_KEYS, configPath, isConfigKey, readConfig } from '../config';
import { RuleError, UsageError } from '../errors';
import type { Context } from './context';

/** config get <key>: the value alone on stdout (exit 1 when not set). */
export async function configGetCommand(ctx: Context, key: string): Promise<void> {
  if (!isConfigKey(key)) throw new UsageError('configUnknownKey', { key, keys: Object.keys(CONFIG_KEYS).join(', ') });
  const config = await readConfig(configPath(ctx.io.env));
  const value = config.get(key);
  if (value === undefined) throw new RuleError('configNotSet', { key, path: config.path });
  if (ctx.json) return ctx.printJson({ key, value });
  ctx.out(value);
}
