import { listMemberships, payMembership } from '../app/memberships';
import { parseYear } from '../domain/dates';
import type { MembershipInput } from '../domain/memberships';
import { UsageError } from '../errors';
import type { Context } from './context';
import { euros } from './render';
import { formatTable } from './table';

interface PayFlags {
  year?: string;
  on?: string;
  amount?: string;
  reference?: string;
}

export async function pay(ctx: Context, payer: string | undefined, options: PayFlags): Promise<void> {
  let input: MembershipInput = { payer: payer ?? '', year: options.year, paidOn: options.on, amount: options.amount, reference: options.reference };
  if (ctx.interactive && (!payer || !options.year)) {
    const { askPayment } = await import('../prompts/membershipPrompts');
    input = await askPayment(ctx, input, await ctx.deps.store.read(), ctx.deps.clock().getFullYear());
  }
  if (!input.payer) throw new UsageError('missingOption', { option: '<payer>' });
  const paid = await payMembership(ctx.deps, input);
  if (ctx.json) return ctx.printJson(paid);
  ctx.out(ctx.t('membershipPaid', { payer: paid.payerName, year: paid.year, paidOn: paid.paidOn }));
}

export async function list(ctx: Context, options: { year?: string }): Promise<void> {
  const year = options.year === undefined ? undefined : parseYear(options.year, '--year');
  const rows = await listMemberships(ctx.deps, { year });
  if (ctx.json) return ctx.printJson(rows);
  if (rows.length === 0) return ctx.out(ctx.t('noMemberships'));
  ctx.out(formatTable(ctx.t('headMemberships'), rows.map((m) => [String(m.year), m.payerName, m.paidOn, euros(m.amountCents), m.reference ?? ''])));
}
