import { sheetOf } from '../app/documents';
import { configPath, readConfig } from '../config';
import { UsageError } from '../errors';
import { writeOutput } from '../export/writeOutput';
import { attendanceSheetPdf } from '../pdf/attendanceSheetPdf';
import { missingProviderKeys, providerFrom } from '../pdf/provider';
import { sessionArgument } from './arguments';
import { confirmOverwrite } from './confirm';
import type { Context } from './context';
import { docLang } from './docLang';

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
  yes?: boolean;
}

/** doc attendance-sheet --session ID [--output FILE.pdf] [--blank-rows N] [--with-connections]. */
export async function docAttendanceSheetCommand(ctx: Context, options: SheetFlags): Promise<void> {
  const blankRows = blankRowsOf(options.blankRows);
  // At a terminal, chosen among the sessions not cancelled; said in words otherwise (exit 2).
  const sessionId = await sessionArgument(ctx, options.session, '--session', (s) => s.status !== 'cancelled');
  const config = await readConfig(configPath(ctx.io.env));
  const sheet = await sheetOf(ctx.deps, sessionId);
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
  if (options.output !== undefined && !(await confirmOverwrite(ctx, options.output, options.yes))) return;
  const file = await writeOutput(options.output ?? `emargement-${s.id}.pdf`, bytes, ctx.deps.store);
  if (sheet.halfDays.length === 0) ctx.warn(ctx.t('docNoDates', { id: s.id }));
  const missing = missingProviderKeys(config, ['provider.name', 'provider.siret', 'provider.nda']);
  if (missing.length > 0) ctx.warn(ctx.t('docProviderBlank', { keys: missing.join(', ') }));
  if (ctx.json) {
    return ctx.printJson({ file, pages, sessionId: s.id, trainees: sheet.trainees.length, halfDays: sheet.halfDays, blankRows: blanks });
  }
  ctx.out(ctx.t('docWritten', { file, pages }));
}
