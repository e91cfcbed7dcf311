import { cancelMembershipRecord } from '../app/memberships';
import type { Context } from './context';

/** `membership cancel <payer> --year Y --reason TEXT`: removes a cotisation recorded by mistake (logged with the reason). */
export async function membershipCancelCommand(ctx: Context, payer: string, options: { year?: string; reason?: string }): Promise<void> {
  const cancelled = await cancelMembershipRecord(ctx.deps, payer, options.year, options.reason);
  if (ctx.json) return ctx.printJson(cancelled);
  ctx.ok(ctx.t('membershipCancelled', { payer: cancelled.payerName, year: cancelled.year, paidOn: cancelled.paidOn }));
}
