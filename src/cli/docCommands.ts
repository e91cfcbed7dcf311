import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { certificatesOf, recordCertificates, sheetOf } from '../app/documents';
import { configPath, readConfig } from '../config';
import { UsageError } from '../errors';
import { writeOutput } from '../export/writeOutput';
import { attendanceSheetPdf } from '../pdf/attendanceSheetPdf';
import { certificatesPdf } from '../pdf/certificatePdf';
import { missingProviderKeys, providerFrom } from '../pdf/provider';
import type { Context } from './context';

/** The documents' language: --lang when given, else French (the language of funders and auditors). */
function docLang(ctx: Context): 'fr' | 'en' {
  const i = ctx.io.argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  return i >= 0 ? ctx.lang : 'fr';
}

function blankRowsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || n > 100) throw new UsageError('docBadBlankRows', { value });
  return n;
}

interface SheetFlags {
  session?: string;
  output?: string;
  blankRows?: string;
  withConnections?: boolean;
}

/** doc attendance-sheet --session ID [--output FILE.pdf] [--blank-rows N] [--with-connections]. */
export async function attendanceSheetCommand(ctx: Context, options: SheetFlags): Promise<void> {
  if (!options.session) throw new UsageError('missingOption', { option: '--session' });
  const blankRows = blankRowsOf(options.blankRows);
  const config = await readConfig(configPath(ctx.io.env));
  const sheet = await sheetOf(ctx.deps, options.session);
  const s = sheet.session;
  if (options.withConnections) {
    if (s.format !== 'webconference') throw new UsageError('docNotWebconference', { id: s.id });
    if (!sheet.trainees.some((t) => t.minutes !== null)) throw new UsageError('docNoConnections', { id: s.id });
  }
  const {
    bytes,
    pages,
    blankRows: blanks,
  } = await attendanceSheetPdf(sheet, {
    lang: docLang(ctx),
    now: ctx.deps.clock(),
    provider: providerFrom(config),
    blankRows,
    withConnections: Boolean(options.withConnections),
  });
  const file = await writeOutput(options.output ?? `emargement-${s.id}.pdf`, bytes, ctx.deps.store);
  if (sheet.halfDays.length === 0) ctx.warn(ctx.t('docNoDates', { id: s.id }));
  const missing = missingProviderKeys(config, ['provider.name', 'provider.siret', 'provider.nda']);
  if (missing.length > 0) ctx.warn(ctx.t('docProviderBlank', { keys: missing.join(', ') }));
  if (ctx.json) {
    return ctx.printJson({ file, pages, sessionId: s.id, trainees: sheet.trainees.length, halfDays: sheet.halfDays, blankRows: blanks });
  }
  ctx.out(ctx.t('docWritten', { file, pages }));
}

interface CertificateFlags {
  session?: string;
  member?: string;
  output?: string;
  hours?: string;
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
export async function certificateCommand(ctx: Context, options: CertificateFlags): Promise<void> {
  if (!options.session) throw new UsageError('missingOption', { option: '--session' });
  const hours = hoursOf(options.hours);
  const config = await readConfig(configPath(ctx.io.env));
  const plan = await certificatesOf(ctx.deps, options.session, { memberRef: options.member, hours });
  const s = plan.session;
  const render = { lang: docLang(ctx), now: ctx.deps.clock(), provider: providerFrom(config) };
  const output = options.output ?? `certificats-${s.id}`;
  const single = /\.pdf$/i.test(output);
  if (!single && (await stat(output).catch(() => null))?.isFile()) throw new UsageError(options.member ? 'docOutputNotPdf' : 'docOutputIsFile', { file: output });

  const written: Array<{ registrationId: string; memberId: string; file: string }> = [];
  let merged: string | null = null;
  if (single) {
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
