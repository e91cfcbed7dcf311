import { CONFIG_KEYS, configPath, isConfigKey, maskSecret, readConfig } from '../config';
import type { Context } from './context';
import { formatTable } from './table';
import { configValueLine } from './configValueLine';

/** config list [--all]: what is set (URL passwords hidden); --all adds every known key with its meaning. */
export async function configListCommand(ctx: Context, options: { all?: boolean }): Promise<void> {
  const config = await readConfig(configPath(ctx.io.env));
  const keys = options.all ? [...new Set([...Object.keys(CONFIG_KEYS), ...Object.keys(config.values)])] : Object.keys(config.values);
  if (ctx.json) {
    return ctx.printJson({ path: config.path, values: Object.fromEntries(keys.map((k) => [k, config.values[k] === undefined ? null : maskSecret(config.values[k]!)])) });
  }
  ctx.note(ctx.t('configFile', { path: config.path }));
  if (keys.length === 0) return ctx.note(ctx.t('configEmpty'));
  const rows = keys.map((k) => {
    const value = config.values[k];
    const meaning = isConfigKey(k) ? CONFIG_KEYS[k][ctx.lang] : '';
    return [k, value === undefined ? ctx.t('configUnsetMark') : configValueLine(maskSecret(value)), meaning];
  });
  ctx.out(formatTable(ctx.t('configHead'), rows, { width: ctx.width, columns: [undefined, { shrink: 1, min: 12 }, { shrink: 2, min: 10 }] }));
}
