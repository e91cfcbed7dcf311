import { listLog } from '../app/log';
import { formatInstant, OFFICE_TIME_ZONE } from '../time';
import type { Context } from './context';
import { formatTable } from './table';

/** Values of a log entry's details, compact: `session=…, status=…`. */
function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
}

export async function log(ctx: Context, options: { session?: string }): Promise<void> {
  const entries = await listLog(ctx.deps, { session: options.session });
  if (ctx.json) return ctx.printJson(entries);
  if (entries.length === 0) return ctx.out(ctx.t('noLog'));
  ctx.out(
    formatTable(
      ctx.t('headLog'),
      entries.map((e) => [formatInstant(e.at, OFFICE_TIME_ZONE, ctx.lang), e.user, e.action, e.target ?? '', detailsText(e.details)]),
    ),
  );
}
