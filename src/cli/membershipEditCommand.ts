import { editMembershipRecord } from '../app/memberships';
import type { Context } from './context';
import { dayText, fieldsText } from './words';
import { euros } from './render';
import { type PayFlags } from './membershipFlags';

/** `membership edit <payer> --year Y [--on DATE] [--amount EUR|""] [--reference TEXT|""]`: corrects a recorded cotisation. */
export async function membershipEditCommand(ctx: Context, payer: string, options: PayFlags): Promise<void> {
  const { membership, changed } = await editMembershipRecord(ctx.deps, payer, options.year, { paidOn: options.on, amount: options.amount, reference: options.reference });
  if (ctx.json) return ctx.printJson({ ...membership, changed });
  if (changed.length === 0) return ctx.out(ctx.t('membershipUnchanged', { payer: membership.payerName, year: membership.year }));
  const shown: Record<string, string> = { paidOn: dayText(ctx, membership.paidOn), amountCents: euros(membership.amountCents) || '—', reference: membership.reference ?? '—' };
  ctx.ok(ctx.t('membershipEdited', { payer: membership.payerName, year: membership.year, fields: changed.map((f) => `${fieldsText(ctx, [f])} ${shown[f]}`).join(', ') }));
}
