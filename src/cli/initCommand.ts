import { initStore } from '../app/init';
import type { Context } from './context';

export async function initCommand(ctx: Context, options: { empty?: boolean }): Promise<void> {
  const result = await initStore(ctx.deps, Boolean(options.empty));
  if (ctx.json) ctx.printJson(result);
  else ctx.out(ctx.t('storeInitialised', result));
}
