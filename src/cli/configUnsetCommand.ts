import { configPath, unsetConfigValue } from '../config';
import type { Context } from './context';

/** config unset <key>. */
export async function configUnsetCommand(ctx: Context, key: string): Promise<void> {
  const path = configPath(ctx.io.env);
  const removed = await unsetConfigValue(path, key);
  if (ctx.json) return ctx.printJson({ key, removed, path });
  ctx.out(ctx.t(removed ? 'configUnset' : 'configWasNotSet', { key }));
}
