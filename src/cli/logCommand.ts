import { listLog } from '../app/log';
import type { Context } from './context';
import { logDetailsText } from './logDetails';
import { formatTable } from './table';
import { officeTime } from './words';

export async function logCommand(ctx: Context, options: { session?: string }): Promise<void> {
  const entries = await listLog(ctx.deps, { session: options.session });
  if (ctx.json) return ctx.printJson(entries);
  if (entries.length === 0) return ctx.out(ctx.t('noLog'));
  await ctx.page(
    formatTable(
      ctx.t('headLog'),
      entries.map((e) => [officeTime(ctx, e.at), e.user, ctx.t('logAction', { action: e.action }), e.target ?? '', logDetailsText(ctx, e.action, e.details)]),
      { width: ctx.width, columns: [undefined, { shrink: 3, min: 6 }, { shrink: 1, min: 12 }, { shrink: 2, min: 12, cut: 'start' }, { shrink: 4, min: 12 }] },
    ),
  );
}
