import { attendanceChecklist, importAttendance, recordAttendance, type AttendanceResult, type ImportReport } from '../app/attendance';
import { REPORT_FORMATS, type ReportFormat } from '../domain/connectionReport';
import { shownValue } from '../domain/csvColumns';
import type { SetAsideRow } from '../domain/attendanceImport';
import { readTextFile } from '../csv/readCsv';
import { UsageError } from '../errors';
import { sessionArgument, startedBy } from './arguments';
import type { Context } from './context';
import { noteEncoding } from './noteEncoding';
import { formatTable } from './table';

interface AttendanceFlags {
  present?: string[];
  absent?: string[];
  import?: string;
  format?: string;
  minMinutes?: string;
  minPercent?: string;
  onlyPresent?: boolean;
  addWalkIn?: boolean;
  dryRun?: boolean;
  /** --sheet: the sheet of an .xlsx report. */
  sheet?: string;
}

function parseWhole(option: string, value: string | undefined, max: number): number | null {
  if (value === undefined) return null;
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n > max) throw new UsageError('attInvalidNumber', { option, value, max });
  return n;
}

function parseFormat(value: string | undefined): ReportFormat | null {
  if (value === undefined || value === 'auto') return null;
  if (!(REPORT_FORMATS as readonly string[]).includes(value)) throw new UsageError('attInvalidFormat', { value, formats: ['auto', ...REPORT_FORMATS].join(', ') });
  return value as ReportFormat;
}

/** `caprural attendance <session>`: flags, a report import, or (at a terminal, with neither) a checklist. */
export async function attendanceCommand(ctx: Context, given: string | undefined, options: AttendanceFlags): Promise<void> {
  // Chosen at a terminal among the sessions that have started (R10), or whose year is past when undated.
  const sessionId = await sessionArgument(ctx, given, 'session', startedBy(ctx.deps.clock()));
  const byFlags = (options.present?.length ?? 0) + (options.absent?.length ?? 0) > 0;
  let result: AttendanceResult;
  if (options.import !== undefined) {
    if (byFlags) throw new UsageError('attImportWithFlags', {});
    const minMinutes = parseWhole('--min-minutes', options.minMinutes, 100000);
    const minPercent = parseWhole('--min-percent', options.minPercent, 100);
    if (minMinutes !== null && minPercent !== null) throw new UsageError('attMinBoth', {});
    result = await importAttendance(ctx.deps, {
      sessionId,
      source: await readTextFile(options.import, { sheet: options.sheet }),
      file: options.import,
      format: parseFormat(options.format),
      minMinutes,
      minPercent,
      onlyPresent: Boolean(options.onlyPresent),
      addWalkIn: Boolean(options.addWalkIn),
      dryRun: Boolean(options.dryRun),
    });
  } else {
    const importOnly = ['minMinutes', 'minPercent', 'onlyPresent', 'format', 'dryRun', 'sheet'] as const;
    if (importOnly.some((k) => options[k] !== undefined && options[k] !== false)) throw new UsageError('missingOption', { option: '--import' });
    if (byFlags) {
      result = await recordAttendance(ctx.deps, { sessionId, present: options.present, absent: options.absent, addWalkIn: options.addWalkIn });
    } else if (ctx.interactive) {
      const { session, registrants } = await attendanceChecklist(ctx.deps, sessionId);
      const { askAttendance } = await import('../prompts/attendancePrompts');
      const ticked = await askAttendance(ctx, session, registrants);
      if (ticked === null) return ctx.note(ctx.t('attNothingRecorded'));
      // Only the values that change are sent: nobody else is touched.
      const changed = registrants.filter((r) => r.registration.attendance !== (ticked.has(r.member.id) ? 'present' : 'absent'));
      if (changed.length === 0) return ctx.note(ctx.t('attNoChangeNothingWritten'));
      const present = changed.filter((r) => ticked.has(r.member.id)).map((r) => r.member.id);
      const absent = changed.filter((r) => !ticked.has(r.member.id)).map((r) => r.member.id);
      result = await recordAttendance(ctx.deps, { sessionId, present, absent, source: 'checklist' });
    } else {
      throw new UsageError('missingOption', { option: '--present, --absent or --import' });
    }
  }
  render(ctx, result);
}

function render(ctx: Context, result: AttendanceResult): void {
  const report = result.report;
  if (report) noteEncoding(ctx, report.file, report.encoding);
  if (report?.sessionDay && report.reportDays.length > 0 && !report.reportDays.some((d) => Math.abs(Date.parse(d) - Date.parse(report.sessionDay!)) <= 86400000)) {
    ctx.warn(ctx.t('attReportOtherDay', { days: report.reportDays.map(frenchDay).join(', '), day: frenchDay(report.sessionDay) }));
  }
  if (ctx.json) {
    return ctx.printJson({
      sessionId: result.sessionId,
      ...(report
        ? {
            file: report.file,
            format: report.format,
            encoding: report.encoding,
            dryRun: report.dryRun,
            thresholdMinutes: report.thresholdMinutes,
            reportDays: report.reportDays,
            registrants: report.registrants,
            ignored: report.ignored,
            unmatched: report.unmatched,
          }
        : {}),
      changes: result.changes,
      unchanged: result.unchanged.map((c) => c.memberId),
      statusChanged: result.statusChanged,
      totals: result.totals,
    });
  }
  if (report) ctx.out(reportTable(ctx, report));
  const value = (a: 'present' | 'absent' | null) => ctx.t(a === null ? 'attendance_none' : `attendance_${a}`);
  const lines: string[] = [];
  lines.push(
    report?.dryRun
      ? ctx.t(result.changes.length > 0 ? 'attWouldChange' : 'attWouldChangeNothing', { count: result.changes.length })
      : ctx.t('attRecorded', { session: result.sessionId, ...result.totals }),
  );
  for (const c of result.changes) {
    lines.push(`${ctx.t('attChangeLine', { name: c.name, from: c.walkIn ? '—' : value(c.from), to: value(c.to) })}${c.walkIn ? ` ${ctx.t('attWalkIn')}` : ''}`);
  }
  const minutes = report?.minutesUpdated ?? 0;
  if (result.changes.length === 0 && !report?.dryRun) lines.push(ctx.t(minutes > 0 ? 'attOnlyMinutes' : 'attNoChangeNothingWritten', { count: minutes }));
  if (result.unchanged.length > 0) lines.push(ctx.t('attUnchanged', { count: result.unchanged.length }));
  if (result.statusChanged && !report?.dryRun) lines.push(ctx.t('attStatusHeld', { session: result.sessionId }));
  if (report?.dryRun) lines.push(ctx.t('dryRunNothingWritten'));
  ctx.out(lines.join('\n'));
}

/** The table of an import: per registrant, minutes, present/absent and how they were matched; then every row set aside, with why. */
function reportTable(ctx: Context, report: ImportReport): string {
  const out: string[] = [];
  out.push(ctx.t(report.detected ? 'attReportDetected' : 'attReportForced', { file: shownValue(report.file), tool: ctx.t(`attTool_${report.format}`) }));
  out.push(report.thresholdMinutes > 0 ? ctx.t('attThreshold', { minutes: report.thresholdMinutes }) : ctx.t('attNoThreshold'));
  const rows = report.registrants.map((r) => [
    r.name,
    r.minutes === null ? '—' : String(r.minutes),
    r.matchedBy === null ? '—' : ctx.t(`attMatched_${r.matchedBy}`),
    r.to === null ? `${ctx.t('attKept', { value: ctx.t(r.from === null ? 'attendance_none' : `attendance_${r.from}`) })}` : ctx.t(`attendance_${r.to}`),
    ctx.t(`attVerdict_${r.verdict}`),
  ]);
  out.push(
    rows.length > 0
      ? formatTable(ctx.t('attTableHeader'), rows, {
          width: ctx.width === undefined ? undefined : ctx.width - 2,
          // Why a row counts as it does (the verdict) keeps its words; what is kept gives up its bracket first ("inchangé (…)").
          columns: [{ shrink: 1, min: 14 }, undefined, { shrink: 2, min: 8 }, { shrink: 3, min: 10, cut: 'words' }, { shrink: 2, min: 19 }],
        }).replace(/^/gm, '  ')
      : ctx.t('attNoRegistrantsToMatch'),
  );
  const aside = (title: 'attIgnoredTitle' | 'attUnmatchedTitle', list: readonly SetAsideRow[]) => {
    if (list.length === 0) return;
    out.push(ctx.t(title, { count: list.length }));
    for (const row of list) {
      const who = [row.name ? shownValue(row.name) : '', row.email ? `<${shownValue(row.email)}>` : ''].filter(Boolean).join(' ') || '—';
      // An unreadable value is named by its cell: the line and the column as the file's header writes it.
      const cell = row.reason === 'unreadable' && row.column !== undefined;
      const why = cell
        ? ctx.t('attAside_unreadableCell', { value: shownValue(row.value ?? '') })
        : ctx.t(`attAside_${row.reason}`, { detail: shownValue(row.detail ?? ''), candidates: (row.candidates ?? []).map(shownValue).join('; ') });
      const at = cell ? ctx.t('atCell', { line: row.line, column: shownValue(row.column!) }) : ctx.t('atLine', { line: row.line });
      out.push(`  ${at} ${ctx.t('attAsideLine', { who, why })}`);
    }
  };
  aside('attIgnoredTitle', report.ignored);
  aside('attUnmatchedTitle', report.unmatched);
  if (report.unmatched.length > 0) out.push(ctx.t('attUnmatchedHelp'));
  return out.join('\n');
}

/** 2018-02-15 -> 15/02/2018. */
const frenchDay = (iso: string) => iso.split('-').reverse().join('/');
