import { CONFIG_KEYS, configPath, isConfigKey, maskSecret, readConfig, setConfigValue, unsetConfigValue } from '../config';
import { RuleError, UsageError } from '../errors';
import type { Context } from './context';
import { formatTable } from './table';

const oneLine = (value: string) => value.replace(/\n/g, '\\n');

/** config get <key>: the value alone on stdout (exit 1 when not set). */
export async function get(ctx: Context, key: string): Promise<void> {
  if (!isConfigKey(key)) throw new UsageError('configUnknownKey', { key, keys: Object.keys(CONFIG_KEYS).join(', ') });
  const config = await readConfig(configPath(ctx.io.env));
  const value = config.get(key);
  if (value === undefined) throw new RuleError('configNotSet', { key, path: config.path });
  if (ctx.json) return ctx.printJson({ key, value });
  ctx.out(value);
}

/** config set <key> <value>: checked, normalised, written atomically (mode 0600). */
export async function set(ctx: Context, key: string, value: string): Promise<void> {
  const path = configPath(ctx.io.env);
  const stored = await setConfigValue(path, key, value);
  if (ctx.json) return ctx.printJson({ key, value: stored, path });
  ctx.out(ctx.t('configSet', { key, value: oneLine(maskSecret(stored)) }));
}

/** config unset <key>. */
export async function unset(ctx: Context, key: string): Promise<void> {
  const path = configPath(ctx.io.env);
  const removed = await unsetConfigValue(path, key);
  if (ctx.json) return ctx.printJson({ key, removed, path });
  ctx.out(ctx.t(removed ? 'configUnset' : 'configWasNotSet', { key }));
}

/** config list [--all]: what is set (URL passwords hidden); --all adds every known key with its meaning. */
export async function list(ctx: Context, options: { all?: boolean }): Promise<void> {
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
    return [k, value === undefined ? ctx.t('configUnsetMark') : oneLine(maskSecret(value)), meaning];
  });
  ctx.out(formatTable(ctx.t('configHead'), rows, { width: ctx.width, columns: [undefined, { shrink: 1, min: 12 }, { shrink: 2, min: 10 }] }));
}
