import { recoverInterrupted, sendQueued, type Attachment, type SendProgress } from '../app/mail';
import type { OutboxEntry } from '../store/index';
import type { Context } from './context';
import { kindText } from './mailPlanTable';

function progressLine(ctx: Context, p: SendProgress): string {
  const params = { to: p.entry.to, kind: kindText(ctx, p.entry), subject: p.entry.subject, reason: p.reason ?? '' };
  if (p.outcome === 'sent') return ctx.t('mailSent', params);
  if (p.outcome === 'retry') return ctx.t('mailRetryLater', params);
  if (p.outcome === 'unknown') return ctx.t('mailFailed', { ...params, reason: `${ctx.t('mailState_unknown')}${ctx.t('colon')} ${params.reason}` });
  return ctx.t('mailFailed', params);
}

/**
 * The certificates of completion of the thanks among `entries`, made now (caprural doc's model and
 * the provider of the config file). A person no longer recorded present gets the thanks alone.
 */
export async function certificateAttachments(ctx: Context, entries: readonly OutboxEntry[]): Promise<Map<string, readonly Attachment[]>> {
  const found = new Map<string, readonly Attachment[]>();
  const wanted = entries.filter((e) => e.attach?.includes('certificate'));
  if (wanted.length === 0) return found;
  const [{ readConfig, configPath }, { providerFrom }, { certificatesPdf }, { certificatesOf }] = await Promise.all([
    import('../config/index'),
    import('../pdf/provider'),
    import('../pdf/certificatePdf'),
    import('../app/documents'),
  ]);
  const provider = providerFrom(await readConfig(configPath(ctx.io.env)));
  for (const entry of wanted) {
    const plan = await certificatesOf(ctx.deps, entry.sessionId, { memberRef: entry.memberId }).catch(() => null);
    if (!plan) continue;
    const content = await certificatesPdf(plan.certificates, { lang: entry.lang, now: ctx.deps.clock(), provider });
    found.set(entry.id, [{ filename: `certificat-${entry.sessionId}.pdf`, contentType: 'application/pdf', content }]);
  }
  return found;
}

/** Sends; the exit code is 1 when a message is left to retry, failed or of unknown fate. */
export async function sendEntries(ctx: Context, entries: readonly OutboxEntry[]): Promise<number> {
  const { loadMailSettings, smtpSender } = await import('../mail/smtp');
  const sender = smtpSender(await loadMailSettings(ctx.io.env), ctx.deps.clock);
  const attachments = await certificateAttachments(ctx, entries);
  const results: SendProgress[] = [];
  let counts;
  try {
    counts = await sendQueued(ctx.deps, sender, {
      ids: entries.map((e) => e.id),
      attachments,
      pid: ctx.io.pid ?? 0,
      onProgress: (p) => {
        results.push(p);
        if (!ctx.json) (p.outcome === 'sent' ? ctx.out : ctx.warn)(progressLine(ctx, p));
      },
    });
  } finally {
    sender.close();
    // Certificates that left with their thanks are issued: recorded as `caprural doc certificate` records them.
    const issued = results.filter((r) => r.outcome === 'sent' && attachments.has(r.entry.id) && r.entry.registrationId !== null);
    if (issued.length > 0) {
      const { recordCertificates } = await import('../app/documents');
      for (const sessionId of new Set(issued.map((r) => r.entry.sessionId))) {
        await recordCertificates(
          ctx.deps,
          sessionId,
          issued.filter((r) => r.entry.sessionId === sessionId).map((r) => r.entry.registrationId!),
        );
      }
    }
  }
  if (ctx.json) ctx.printJson(results.map((r) => ({ id: r.entry.id, key: r.entry.key, to: r.entry.to, kind: r.entry.kind, outcome: r.outcome, state: r.entry.state, reason: r.reason })));
  else ctx.note(ctx.t('mailSendDone', { sent: counts.sent, retry: counts.retry, failed: counts.failed + counts.unknown }));
  return counts.retry + counts.failed + counts.unknown > 0 ? 1 : 0;
}

export async function recover(ctx: Context): Promise<void> {
  const found = await recoverInterrupted(ctx.deps, ctx.io.isAlive ?? (() => false));
  if (found.length > 0) ctx.warn(ctx.t('mailUnknownFound', { count: found.length }));
}
