import { configPath, maskSecret, setConfigValue } from '../config';
import type { Context } from './context';
import { configValueLine } from './configValueLine';

/** config set <key> <value>: checked, normalised, written atomically (mode 0600). */
export async function configSetCommand(ctx: Context, key: string, value: string): Promise<void> {
  const path = configPath(ctx.io.env);
  const stored = await setConfigValue(path, key, value);
  if (ctx.json) return ctx.printJson({ key, value: stored, path });
  ctx.ok(ctx.t('configSet', { key, value: configValueLine(maskSecret(stored)) }));
}
