// caprural mail plan | preview | send | log | retry.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { mailLog, planMail, queuedMail, recoverInterrupted, requeueMail, retryCandidates, sendQueued, sendTests, type Attachment, type SendProgress } from '../app/mail';
import { parseEmail } from '../domain/contact';
import { formatInstant, OFFICE_TIME_ZONE } from '../time';
import { UsageError } from '../errors';
import type { OutboxEntry } from '../store/index';
import { confirmed } from './confirm';
import type { Context } from './context';
import { formatTable } from './table';

const kindText = (ctx: Context, e: OutboxEntry) => ctx.t(`mailKind_${e.kind}`);
const when = (ctx: Context, iso: string | null) => (iso ? formatInstant(iso, OFFICE_TIME_ZONE, ctx.lang) : '');

function parseDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 0 || n > 60 || value.trim() === '') throw new UsageError('mailBadDays', { value });
  return n;
}

function planTable(ctx: Context, entries: readonly OutboxEntry[]): string {
  return formatTable(
    ctx.t('headMailPlan'),
    entries.map((e) => [kindText(ctx, e), e.sessionId, e.to, e.subject]),
    {
      width: ctx.width,
      columns: [
        { shrink: 1, min: 8 },
        { shrink: 2, min: 12, cut: 'start' },
        { shrink: 3, min: 16 },
        { shrink: 4, min: 20, cut: 'title' },
      ],
    },
  );
}

/** mail plan [--session ID] [--convocation-days N]: queues what is due now; sends nothing. */
/** The provider's identity needed on a certificate of completion sent by mail (caprural config). */
const CERTIFICATE_KEYS = ['provider.name', 'provider.siret'] as const;

export async function plan(ctx: Context, options: { session?: string; convocationDays?: string }): Promise<void> {
  const [{ readConfig, configPath }, { missingProviderKeys }] = await Promise.all([import('../config/index'), import('../pdf/provider')]);
  const config = await readConfig(configPath(ctx.io.env));
  const days = parseDays(options.convocationDays ?? ctx.io.env.CAPRURAL_MAIL_CONVOCATION_DAYS ?? config.get('mail.convocationDays'));
  const missing = missingProviderKeys(config, [...CERTIFICATE_KEYS]);
  const { queued, waiting } = await planMail(ctx.deps, { session: options.session, convocationDays: days, certificates: missing.length === 0 });
  if (missing.length > 0 && queued.some((e) => e.kind === 'thanks')) ctx.warn(ctx.t('mailThanksWithoutCertificate', { keys: missing.join(', ') }));
  if (ctx.json) return ctx.printJson({ queued, waiting });
  ctx.note(ctx.t('mailPlanned', { count: queued.length }));
  if (waiting.length > 0) ctx.out(planTable(ctx, waiting));
  ctx.note(ctx.t('mailQueuedSummary', { count: waiting.length }));
}

/** mail preview --output DIR: one .eml per queued message, as it would be sent. */
export async function preview(ctx: Context, options: { output?: string; session?: string }): Promise<void> {
  if (!options.output) throw new UsageError('missingOption', { option: '--output' });
  const { composeEml, loadPreviewFrom } = await import('../mail/smtp');
  const from = await loadPreviewFrom(ctx.io.env);
  const entries = await queuedMail(ctx.deps, { session: options.session });
  const dir = resolve(options.output);
  const data = await ctx.deps.store.read();
  const files: string[] = [];
  if (entries.length > 0) await mkdir(dir, { recursive: true, mode: 0o700 });
  const attachments = await certificateAttachments(ctx, entries);
  for (const entry of entries) {
    const replyTo = data.sessions.find((s) => s.id === entry.sessionId)?.contact?.email ?? null;
    const file = join(dir, `${entry.id}-${entry.kind}.eml`);
    await writeFile(file, await composeEml({ entry, replyTo, attachments: attachments.get(entry.id) }, from, ctx.deps.clock()), { mode: 0o600 });
    files.push(file);
  }
  if (ctx.json) return ctx.printJson(files);
  for (const file of files) ctx.out(file);
  ctx.note(ctx.t('mailPreviewWritten', { count: files.length, dir }));
}

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
async function certificateAttachments(ctx: Context, entries: readonly OutboxEntry[]): Promise<Map<string, readonly Attachment[]>> {
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
async function sendEntries(ctx: Context, entries: readonly OutboxEntry[]): Promise<number> {
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

async function recover(ctx: Context): Promise<void> {
  const found = await recoverInterrupted(ctx.deps, ctx.io.isAlive ?? (() => false));
  if (found.length > 0) ctx.warn(ctx.t('mailUnknownFound', { count: found.length }));
}

/** mail send [--session ID] [--yes] [--test-to ADDRESS]. */
export async function send(ctx: Context, options: { session?: string; yes?: boolean; testTo?: string }): Promise<number | void> {
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

/** mail retry --failed|--unknown [--session ID] [--yes]: queues them again and sends them. */
export async function retry(ctx: Context, options: { failed?: boolean; unknown?: boolean; session?: string; yes?: boolean }): Promise<number | void> {
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

/** mail log [--member REF] [--session ID]: every message and its state. */
export async function log(ctx: Context, options: { member?: string; session?: string }): Promise<void> {
  const entries = await mailLog(ctx.deps, options);
  if (ctx.json) return ctx.printJson(entries);
  if (entries.length === 0) return ctx.out(ctx.t('mailLogEmpty'));
  ctx.out(
    formatTable(
      ctx.t('headMailLog'),
      entries.map((e) => [
        when(ctx, e.queuedAt),
        when(ctx, e.sentAt),
        kindText(ctx, e),
        e.sessionId,
        e.to,
        ctx.t(`mailState_${e.state}`),
        String(e.tries),
        e.lastError ? `${e.subject} — ${e.lastError}` : e.subject,
      ]),
      {
        width: ctx.width,
        columns: [
          { shrink: 4, min: 10, cut: 'words' },
          { shrink: 4, min: 10, cut: 'words', drop: 2 },
          { shrink: 2, min: 8 },
          { shrink: 2, min: 12, cut: 'start', drop: 1 },
          { shrink: 3, min: 16 },
          { shrink: 2, min: 8 },
          { shrink: 4, min: 2, drop: 3 },
          { shrink: 5, min: 30, cut: 'title' },
        ],
      },
    ),
  );
}
