import { cancelMembershipRecord, editMembershipRecord, listMemberships, payMembership } from '../app/memberships';
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
    input = await askPayment(ctx, input, await ctx.deps.store.read(), ctx.deps.clock());
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
  ctx.out(
    formatTable(
      ctx.t('headMemberships'),
      rows.map((m) => [String(m.year), m.payerName, m.paidOn, euros(m.amountCents), m.reference ?? '']),
      { width: ctx.width, columns: [undefined, { shrink: 1, min: 14 }, undefined, undefined, { shrink: 2, min: 8 }] },
    ),
  );
}

/** `membership edit <payer> --year Y [--on DATE] [--amount EUR|""] [--reference TEXT|""]`: corrects a recorded cotisation. */
export async function edit(ctx: Context, payer: string, options: PayFlags): Promise<void> {
  const { membership, changed } = await editMembershipRecord(ctx.deps, payer, options.year, { paidOn: options.on, amount: options.amount, reference: options.reference });
  if (ctx.json) return ctx.printJson({ ...membership, changed });
  if (changed.length === 0) return ctx.out(ctx.t('membershipUnchanged', { payer: membership.payerName, year: membership.year }));
  const shown: Record<string, string> = { paidOn: membership.paidOn, amountCents: euros(membership.amountCents) || '—', reference: membership.reference ?? '—' };
  const label: Record<string, string> = { paidOn: '--on', amountCents: '--amount', reference: '--reference' };
  ctx.out(ctx.t('membershipEdited', { payer: membership.payerName, year: membership.year, fields: changed.map((f) => `${label[f]} ${shown[f]}`).join(', ') }));
}

/** `membership cancel <payer> --year Y --reason TEXT`: removes a cotisation recorded by mistake (logged with the reason). */
export async function cancel(ctx: Context, payer: string, options: { year?: string; reason?: string }): Promise<void> {
  const cancelled = await cancelMembershipRecord(ctx.deps, payer, options.year, options.reason);
  if (ctx.json) return ctx.printJson(cancelled);
  ctx.out(ctx.t('membershipCancelled', { payer: cancelled.payerName, year: cancelled.year, paidOn: cancelled.paidOn }));
}
