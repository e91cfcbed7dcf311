import type { OutboxEntry } from '../store/index';
import type { Context } from './context';
import { formatTable } from './table';

export const kindText = (ctx: Context, e: OutboxEntry) => ctx.t(`mailKind_${e.kind}`);

export function planTable(ctx: Context, entries: readonly OutboxEntry[]): string {
  return formatTable(
    ctx.t('headMailPlan'),
    entries.map((e) => [kindText(ctx, e), e.sessionId, e.to, e.subject]),
    {
      width: ctx.width,
      columns: [
        { shrink: 1, min: 8 },
        { shrink: 2, min: 12, cut: 'start' },
        { shrink: 3, min: 16 },
        { shrink: 4, min: 20, cut: 'title' },
      ],
    },
  );
}
