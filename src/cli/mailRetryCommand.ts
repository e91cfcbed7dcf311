import { requeueMail, retryCandidates } from '../app/mail';
import { UsageError } from '../errors';
import { confirmed } from './confirm';
import type { Context } from './context';
import { planTable } from './mailPlanTable';
import { sendEntries, recover } from './mailSending';

/** mail retry --failed|--unknown [--session ID] [--yes]: queues them again and sends them. */
export async function mailRetryCommand(ctx: Context, options: { failed?: boolean; unknown?: boolean; session?: string; yes?: boolean }): Promise<number | void> {
  const { loadMailSettings } = await import('../mail/smtp');
  await loadMailSettings(ctx.io.env);
  await recover(ctx);
  const candidates = await retryCandidates(ctx.deps, options);
  if (candidates.length === 0) {
    if (ctx.json) return ctx.printJson([]);
    return ctx.out(ctx.t('mailNothingToSend'));
  }
  if (!ctx.json) ctx.out(planTable(ctx, candidates));
  if (!options.yes && !ctx.interactive) throw new UsageError('mailYesNeeded', { command: 'mail retry', count: candidates.length });
  if (!(await confirmed(ctx, options.yes, 'mail retry', ctx.t('confirmMailSend', { count: candidates.length })))) return;
  const requeued = await requeueMail(ctx.deps, { ...options, ids: candidates.map((e) => e.id) });
  ctx.note(ctx.t('mailRequeued', { count: requeued.length }));
  return sendEntries(ctx, requeued);
}
