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
      // The session id (typed in `mail log --session`) is never cut; the subject gives up width first.
      columns: [{ shrink: 1, min: 8 }, undefined, { shrink: 3, min: 16 }, { shrink: 4, min: 20, cut: 'title' }],
    },
  );
}
