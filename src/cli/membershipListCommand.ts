import { listMemberships } from '../app/memberships';
import { parseYear } from '../domain/dates';
import type { Context } from './context';
import { euros } from './render';
import { formatTable } from './table';
import { dayText } from './words';

export async function membershipListCommand(ctx: Context, options: { year?: string }): Promise<void> {
  const year = options.year === undefined ? undefined : parseYear(options.year, '--year');
  const rows = await listMemberships(ctx.deps, { year });
  if (ctx.json) return ctx.printJson(rows);
  if (rows.length === 0) return ctx.out(ctx.t('noMemberships'));
  await ctx.page(
    formatTable(
      ctx.t('headMemberships'),
      rows.map((m) => [String(m.year), m.payerName, dayText(ctx, m.paidOn), euros(m.amountCents), m.reference ?? '']),
      { width: ctx.width, columns: [undefined, { shrink: 1, min: 14 }, undefined, undefined, { shrink: 2, min: 8 }] },
    ),
  );
}
