import { queuedMail, sendTests } from '../app/mail';
import { parseEmail } from '../domain/contact';
import { UsageError } from '../errors';
import { confirmed } from './confirm';
import type { Context } from './context';
import { certificateAttachments, sendEntries, recover } from './mailSending';

/** mail send [--session ID] [--yes] [--test-to ADDRESS]. */
export async function mailSendCommand(ctx: Context, options: { session?: string; yes?: boolean; testTo?: string }): Promise<number | void> {
  const { loadMailSettings, smtpSender } = await import('../mail/smtp');
  const settings = await loadMailSettings(ctx.io.env);
  if (options.testTo !== undefined) {
    const to = parseEmail(options.testTo);
    if (!to) throw new UsageError('mailBadAddress', { value: options.testTo });
    const sender = smtpSender(settings, ctx.deps.clock);
    try {
      const sent = await sendTests(ctx.deps, sender, to, { session: options.session, attachments: (entries) => certificateAttachments(ctx, entries) });
      if (ctx.json) return ctx.printJson(sent.map((e) => ({ id: e.id, kind: e.kind, subject: e.subject, to })));
      return ctx.out(ctx.t('mailTestSent', { count: sent.length, to }));
    } finally {
      sender.close();
    }
  }
  await recover(ctx);
  const entries = await queuedMail(ctx.deps, { session: options.session });
  if (entries.length === 0) {
    if (ctx.json) return ctx.printJson([]);
    return ctx.out(ctx.t('mailNothingToSend'));
  }
  if (!options.yes && !ctx.interactive) throw new UsageError('mailYesNeeded', { command: 'mail send', count: entries.length });
  if (!(await confirmed(ctx, options.yes, 'mail send', ctx.t('confirmMailSend', { count: entries.length })))) return;
  return sendEntries(ctx, entries);
}
