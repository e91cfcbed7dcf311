import { planMail } from '../app/mail';
import { UsageError } from '../errors';
import type { Context } from './context';
import { planTable } from './mailPlanTable';

/** The number of days, from the flag, the environment or the setting: a bad one is named by where it came from. */
function parseDays(value: string | undefined, from: 'flag' | 'setting' = 'flag'): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 0 || n > 60 || value.trim() === '') {
    if (from === 'setting') throw new UsageError('mailBadDaysSetting', { key: 'mail.convocationDays', value });
    throw new UsageError('mailBadDays', { value });
  }
  return n;
}

/** The provider's identity needed on a certificate of completion sent by mail (caprural config). */
const CERTIFICATE_KEYS = ['provider.name', 'provider.siret'] as const;

/** mail plan [--session ID] [--convocation-days N]: queues what is due now; sends nothing. */
export async function mailPlanCommand(ctx: Context, options: { session?: string; convocationDays?: string }): Promise<void> {
  const [{ readConfig, configPath }, { missingProviderKeys }] = await Promise.all([import('../config/index'), import('../pdf/provider')]);
  const config = await readConfig(configPath(ctx.io.env));
  const env = ctx.io.env.CAPRURAL_MAIL_CONVOCATION_DAYS;
  const days = options.convocationDays !== undefined ? parseDays(options.convocationDays) : env !== undefined ? parseDays(env) : parseDays(config.get('mail.convocationDays'), 'setting');
  const missing = missingProviderKeys(config, [...CERTIFICATE_KEYS]);
  const { queued, waiting } = await planMail(ctx.deps, { session: options.session, convocationDays: days, certificates: missing.length === 0 });
  if (missing.length > 0 && queued.some((e) => e.kind === 'thanks')) ctx.warn(ctx.t('mailThanksWithoutCertificate', { keys: missing.join(', ') }));
  if (ctx.json) return ctx.printJson({ queued, waiting });
  ctx.note(ctx.t('mailPlanned', { count: queued.length }));
  if (waiting.length > 0) ctx.out(planTable(ctx, waiting));
  ctx.note(ctx.t('mailQueuedSummary', { count: waiting.length }));
}
