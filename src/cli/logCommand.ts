import { listLog } from '../app/log';
import { formatInstant, OFFICE_TIME_ZONE } from '../time';
import type { Context } from './context';
import { formatTable } from './table';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Values of a log entry's details, compact: `session=…, status=…`; an instant is shown in Paris time (dd/MM/yyyy HH:mm). */
function detailsText(details: Record<string, unknown>, lang: Context['lang']): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? (INSTANT.test(v) ? formatInstant(v, OFFICE_TIME_ZONE, lang) : v) : JSON.stringify(v)}`)
    .join(', ');
}

export async function logCommand(ctx: Context, options: { session?: string }): Promise<void> {
  const entries = await listLog(ctx.deps, { session: options.session });
  if (ctx.json) return ctx.printJson(entries);
  if (entries.length === 0) return ctx.out(ctx.t('noLog'));
  ctx.out(
    formatTable(
      ctx.t('headLog'),
      entries.map((e) => [formatInstant(e.at, OFFICE_TIME_ZONE, ctx.lang), e.user, e.action, e.target ?? '', detailsText(e.details, ctx.lang)]),
      { width: ctx.width, columns: [undefined, { shrink: 3, min: 6 }, { shrink: 1, min: 12, cut: 'start' }, { shrink: 2, min: 12, cut: 'start' }, { shrink: 4, min: 12 }] },
    ),
  );
}
