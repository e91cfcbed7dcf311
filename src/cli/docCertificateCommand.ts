import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { certificatesOf, recordCertificates } from '../app/documents';
import { configPath, readConfig } from '../config';
import { UsageError } from '../errors';
import { writeOutput } from '../export/writeOutput';
import { certificatesPdf } from '../pdf/certificatePdf';
import { missingProviderKeys, providerFrom } from '../pdf/provider';
import { personRef, sessionArgument, startedBy } from './arguments';
import { confirmOverwrite } from './confirm';
import type { Context } from './context';
import { docLang } from './docLang';

interface CertificateFlags {
  session?: string;
  member?: string;
  output?: string;
  hours?: string;
  yes?: boolean;
}

function hoursOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().replace(',', '.');
  const hours = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || hours <= 0 || hours > 1000) throw new UsageError('docBadHours', { value });
  return hours;
}

/**
 * doc certificate --session ID [--member REF] [--output DIR|FILE.pdf] [--hours N]: one PDF per
 * person recorded present in DIR plus one merged file for printing; or one FILE.pdf (that person's,
 * or all of them merged). Written first, then recorded in the store.
 */
export async function docCertificateCommand(ctx: Context, options: CertificateFlags): Promise<void> {
  const hours = hoursOf(options.hours);
  // At a terminal, chosen among the sessions that have started (certificates are for those present); said in words otherwise (exit 2).
  const sessionId = await sessionArgument(ctx, options.session, '--session', startedBy(ctx.deps.clock()));
  const config = await readConfig(configPath(ctx.io.env));
  const plan = await certificatesOf(ctx.deps, sessionId, { memberRef: await personRef(ctx, options.member), hours });
  const s = plan.session;
  const render = { lang: docLang(ctx), now: ctx.deps.clock(), provider: providerFrom(config) };
  const output = options.output ?? `certificats-${s.id}`;
  const single = /\.pdf$/i.test(output);
  if (!single && (await stat(output).catch(() => null))?.isFile()) throw new UsageError(options.member ? 'docOutputNotPdf' : 'docOutputIsFile', { file: output });

  const written: Array<{ registrationId: string; memberId: string; file: string }> = [];
  let merged: string | null = null;
  if (single) {
    if (options.output !== undefined && !(await confirmOverwrite(ctx, output, options.yes))) return;
    const file = await writeOutput(output, await certificatesPdf(plan.certificates, render), ctx.deps.store);
    if (plan.certificates.length === 1) written.push({ registrationId: plan.certificates[0]!.registrationId, memberId: plan.certificates[0]!.memberId, file });
    else {
      merged = file;
      for (const c of plan.certificates) written.push({ registrationId: c.registrationId, memberId: c.memberId, file });
    }
  } else {
    try {
      await mkdir(output, { recursive: true });
    } catch (error) {
      throw new UsageError('outputFailed', { file: resolve(output), reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
    for (const c of plan.certificates) {
      const file = await writeOutput(join(output, `certificat-${s.id}-${c.memberId}.pdf`), await certificatesPdf([c], render), ctx.deps.store);
      written.push({ registrationId: c.registrationId, memberId: c.memberId, file });
    }
    if (!options.member) merged = await writeOutput(join(output, `certificats-${s.id}.pdf`), await certificatesPdf(plan.certificates, render), ctx.deps.store);
  }
  await recordCertificates(
    ctx.deps,
    s.id,
    plan.certificates.map((c) => c.registrationId),
  );

  const missing = missingProviderKeys(config);
  if (missing.length > 0) ctx.warn(ctx.t('docProviderBlank', { keys: missing.join(', ') }));
  if (plan.skipped.length > 0) ctx.note(ctx.t('docCertificatesSkipped', { count: plan.skipped.length, names: plan.skipped.map((p) => p.name).join(', ') }));
  if (ctx.json) return ctx.printJson({ sessionId: s.id, certificates: written, merged, skipped: plan.skipped });
  if (merged && !single) ctx.out(ctx.t('docCertificatesWritten', { count: written.length, dir: resolve(output), merged }));
  else ctx.out(ctx.t('docWritten', { file: written[0]?.file ?? merged!, pages: plan.certificates.length }));
}
