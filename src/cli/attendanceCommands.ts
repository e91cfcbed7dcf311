import { attendanceChecklist, importAttendance, recordAttendance, type AttendanceResult } from '../app/attendance';
import { readCsvFile } from '../csv/readCsv';
import { UsageError } from '../errors';
import type { Context } from './context';

interface AttendanceFlags {
  present?: string[];
  absent?: string[];
  import?: string;
  minMinutes?: string;
  onlyPresent?: boolean;
  addWalkIn?: boolean;
}

function parseMinutes(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError('attInvalidMinutes', { value });
  return n;
}

/** `caprural attendance <session>`: flags, a CSV import, or (at a terminal, with neither) a checklist. */
export async function record(ctx: Context, sessionId: string, options: AttendanceFlags): Promise<void> {
  const byFlags = (options.present?.length ?? 0) + (options.absent?.length ?? 0) > 0;
  let result: AttendanceResult;
  if (options.import !== undefined) {
    if (byFlags) throw new UsageError('attImportWithFlags', {});
    result = await importAttendance(ctx.deps, {
      sessionId,
      table: await readCsvFile(options.import),
      file: options.import,
      minMinutes: parseMinutes(options.minMinutes),
      onlyPresent: Boolean(options.onlyPresent),
      addWalkIn: Boolean(options.addWalkIn),
    });
  } else {
    if (options.minMinutes !== undefined || options.onlyPresent) throw new UsageError('missingOption', { option: '--import' });
    if (byFlags) {
      result = await recordAttendance(ctx.deps, { sessionId, present: options.present, absent: options.absent, addWalkIn: options.addWalkIn });
    } else if (ctx.interactive) {
      const { session, registrants } = await attendanceChecklist(ctx.deps, sessionId);
      const { askAttendance } = await import('../prompts/attendancePrompts');
      const ticked = await askAttendance(ctx, session, registrants);
      if (ticked === null) return ctx.note(ctx.t('attNothingRecorded'));
      const present = registrants.filter((r) => ticked.has(r.member.id)).map((r) => r.member.id);
      const absent = registrants.filter((r) => !ticked.has(r.member.id)).map((r) => r.member.id);
      result = await recordAttendance(ctx.deps, { sessionId, present, absent, source: 'checklist' });
    } else {
      throw new UsageError('missingOption', { option: '--present, --absent or --import' });
    }
  }
  render(ctx, result);
}

function render(ctx: Context, result: AttendanceResult): void {
  if (ctx.json) {
    return ctx.printJson({
      sessionId: result.sessionId,
      changes: result.changes,
      unchanged: result.unchanged.map((c) => c.memberId),
      statusChanged: result.statusChanged,
      totals: result.totals,
      ignored: result.ignored,
      matchedByName: result.byName,
    });
  }
  for (const m of result.byName) ctx.note(ctx.t('attByName', m));
  for (const i of result.ignored) ctx.note(ctx.t('attIgnored', i));
  const value = (a: 'present' | 'absent' | null) => ctx.t(a === null ? 'attendance_none' : `attendance_${a}`);
  const lines = [ctx.t('attRecorded', { session: result.sessionId, ...result.totals })];
  for (const c of result.changes) {
    lines.push(`${ctx.t('attChangeLine', { name: c.name, from: c.walkIn ? '—' : value(c.from), to: value(c.to) })}${c.walkIn ? ` ${ctx.t('attWalkIn')}` : ''}`);
  }
  if (result.changes.length === 0) lines.push(ctx.t('attNoChange'));
  if (result.unchanged.length > 0) lines.push(ctx.t('attUnchanged', { count: result.unchanged.length }));
  if (result.statusChanged) lines.push(ctx.t('attStatusHeld', { session: result.sessionId }));
  ctx.out(lines.join('\n'));
}
