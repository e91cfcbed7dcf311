import { payMembership } from '../app/memberships';
import type { MembershipInput } from '../domain/memberships';
import { UsageError } from '../errors';
import type { Context } from './context';
import { type PayFlags } from './membershipFlags';

export async function membershipPayCommand(ctx: Context, payer: string | undefined, options: PayFlags): Promise<void> {
  let input: MembershipInput = { payer: payer ?? '', year: options.year, paidOn: options.on, amount: options.amount, reference: options.reference };
  if (ctx.interactive && (!payer || !options.year)) {
    const { askPayment } = await import('../prompts/membershipPrompts');
    input = await askPayment(ctx, input, await ctx.deps.store.read(), ctx.deps.clock());
  }
  if (!input.payer) throw new UsageError('argumentMissing', { name: 'payer', hint: ctx.t('hintPayer') });
  const paid = await payMembership(ctx.deps, input);
  if (ctx.json) return ctx.printJson(paid);
  ctx.ok(ctx.t('membershipPaid', { payer: paid.payerName, year: paid.year, paidOn: paid.paidOn }));
}
