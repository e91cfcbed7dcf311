import { detectDelimiter, parseRecords, type TextEncodingName, type TextFile } from '../csv/readCsv';
import { applyAttendancePlan, assertAttendanceAllowed, parseRefList, planAttendance, registrationsByMember, WALK_IN, type AttendanceChange, type Mark } from '../domain/attendance';
import { judgeReport, type ImportOptions, type RegistrantLine, type SetAsideRow } from '../domain/attendanceImport';
import { readConnectionReport, reportDays, type ReportFormat } from '../domain/connectionReport';
import { dayIn } from '../time';
import { appendLog } from '../domain/log';
import { UsageError } from '../errors';
import { unchanged, type Member, type Registration, type Session, type StoreData } from '../store/index';
import type { Deps } from './deps';
import { byReceived } from '../domain/registrations';
import { requireSession } from './sessions';

export interface AttendanceResult {
  sessionId: string;
  /** Values that changed (first records, re-records and walk-ins), with the earlier value. */
  changes: AttendanceChange[];
  /** Marks that repeated the value already recorded. */
  unchanged: AttendanceChange[];
  /** The session went from scheduled (or announced) to held. */
  statusChanged: boolean;
  /** The session's confirmed registrants after the change. */
  totals: { present: number; absent: number; notRecorded: number };
  /** Import only: what was read, and the table shown before and after. */
  report?: ImportReport;
}

/** What an import read and decided, shown the same way with --dry-run and without. */
export interface ImportReport {
  file: string;
  format: ReportFormat;
  /** The tool was recognised (auto) or given (--format). */
  detected: boolean;
  encoding: TextEncodingName;
  dryRun: boolean;
  /** Minutes needed to be present (0: any connection). */
  thresholdMinutes: number;
  /** Registrations whose connection minutes this import set or changed. */
  minutesUpdated?: number;
  /** The days (YYYY-MM-DD) of the connections, when the report dates them; the session's day. */
  reportDays: string[];
  sessionDay: string | null;
  registrants: RegistrantLine[];
  ignored: SetAsideRow[];
  unmatched: SetAsideRow[];
}

/** Applies marks inside the store lock: R10 and every REF are judged on the data being changed. */
function applyMarks(
  deps: Deps,
  data: StoreData,
  session: Session,
  marks: readonly Mark[],
  options: { addWalkIn: boolean; source: 'flags' | 'checklist' | 'import'; file?: string; minutes?: ReadonlyMap<string, number> },
): AttendanceResult & { minutesChanged: number } {
  const now = deps.clock();
  assertAttendanceAllowed(session, now);
  const plan = planAttendance(data, session, marks, { addWalkIn: options.addWalkIn });
  const statusBefore = session.status;
  const { statusChanged } = applyAttendancePlan(data, plan, now);
  // Import: the minutes of the report kept on each registration (the attendance sheet shows them).
  const minutesChanged: Array<{ registrationId: string; from: number | null; to: number }> = [];
  for (const [memberId, minutes] of options.minutes ?? []) {
    const reg = data.registrations.find((r) => r.sessionId === session.id && r.memberId === memberId && r.status === 'confirmed');
    if (!reg || reg.connectionMinutes === minutes) continue;
    minutesChanged.push({ registrationId: reg.id, from: reg.connectionMinutes ?? null, to: minutes });
    reg.connectionMinutes = minutes;
  }
  for (const walkIn of plan.changes.filter((c) => c.walkIn)) {
    appendLog(data, {
      at: now,
      user: deps.user,
      action: 'registration.walk-in',
      target: walkIn.registrationId,
      details: { sessionId: session.id, memberId: walkIn.memberId, status: 'confirmed', override: WALK_IN },
    });
  }
  if (plan.changes.length > 0 || statusChanged || minutesChanged.length > 0) {
    appendLog(data, {
      at: now,
      user: deps.user,
      action: 'attendance.record',
      target: session.id,
      details: {
        source: options.source,
        ...(options.file ? { file: options.file } : {}),
        changes: plan.changes.map((c) => ({ registrationId: c.registrationId, memberId: c.memberId, from: c.from, to: c.to, ...(c.walkIn ? { walkIn: true } : {}) })),
        ...(statusChanged ? { sessionStatus: { from: statusBefore, to: session.status } } : {}),
        ...(minutesChanged.length > 0 ? { connectionMinutes: minutesChanged } : {}),
      },
    });
  }
  const totals = { present: 0, absent: 0, notRecorded: 0 };
  for (const r of data.registrations) {
    if (r.sessionId !== session.id || r.status !== 'confirmed') continue;
    if (r.attendance === 'present') totals.present += 1;
    else if (r.attendance === 'absent') totals.absent += 1;
    else totals.notRecorded += 1;
  }
  return { sessionId: session.id, changes: plan.changes, unchanged: plan.unchanged, statusChanged, totals, minutesChanged: minutesChanged.length };
}

export interface FlagsInput {
  sessionId: string;
  present?: readonly string[];
  absent?: readonly string[];
  addWalkIn?: boolean;
  source?: 'flags' | 'checklist';
}

/** `attendance <session> --present … --absent …`: only the people named change. */
export async function recordAttendance(deps: Deps, input: FlagsInput): Promise<AttendanceResult> {
  const marks: Mark[] = [...parseRefList(input.present).map((ref) => ({ ref, attendance: 'present' as const })), ...parseRefList(input.absent).map((ref) => ({ ref, attendance: 'absent' as const }))];
  if (marks.length === 0) throw new UsageError('missingOption', { option: '--present, --absent or --import' });
  return deps.store.update((data) => {
    const session = requireSession(data, input.sessionId);
    const result = applyMarks(deps, data, session, marks, { addWalkIn: Boolean(input.addWalkIn), source: input.source ?? 'flags' });
    // The same values again: nothing to write.
    return result.changes.length === 0 && !result.statusChanged ? unchanged(result) : result;
  });
}

export interface Registrant {
  member: Member;
  registration: Registration;
}

/** What the checklist shows: the session's confirmed registrants in order of receipt. Refused (R10) before anything is asked. */
export async function attendanceChecklist(deps: Deps, sessionId: string): Promise<{ session: Session; registrants: Registrant[] }> {
  const data = await deps.store.read();
  const session = requireSession(data, sessionId);
  assertAttendanceAllowed(session, deps.clock());
  const members = new Map(data.members.map((m) => [m.id, m]));
  const registrants = [...registrationsByMember(data, session.id).values()]
    .filter((r) => r.status === 'confirmed')
    .sort(byReceived)
    .flatMap((registration) => {
      const member = members.get(registration.memberId);
      // An erased person's anonymous record is not offered: its attendance stays as it was.
      return member && member.anonymisedAt == null ? [{ member, registration }] : [];
    });
  if (registrants.length === 0) throw new UsageError('attNoRegistrants', { id: session.id });
  return { session, registrants };
}

export interface ImportInput extends ImportOptions {
  sessionId: string;
  file: string;
  /** null: recognise the tool from the file. */
  format: ReportFormat | null;
  dryRun: boolean;
  /** The report's text, read (and decoded) by the command: use cases do not read files. `file` names it. */
  source: TextFile;
}

/**
 * `attendance <session> --import REPORT`: reads a webconference report as the tool exported it,
 * matches its rows to the session's registrants, and records present/absent for every registrant
 * in one locked write (nothing with `dryRun`, or when nothing changes). Rows of hosts, strangers
 * and unreadable values change nothing and are listed.
 */
export async function importAttendance(deps: Deps, input: ImportInput): Promise<AttendanceResult> {
  const { text, encoding } = input.source;
  // An .xlsx sheet comes as rows already; a CSV is parsed with its delimiter.
  const delimiter = input.source.records ? ',' : detectDelimiter(text);
  const records = input.source.records ?? (await parseRecords(text, input.file, delimiter));
  if (records.every((r) => r.cells.every((c) => c === ''))) throw new UsageError('csvEmpty', { file: input.file });
  const read = readConnectionReport(records, input.format, { utf16: encoding.startsWith('utf-16'), tabs: delimiter === '\t' });
  if (!read.ok) throw new UsageError('attReportUnrecognised', { file: input.file, found: read.found.join(', ') || '—' });
  const { report } = read;
  if (report.rows.length === 0) throw new UsageError('attReportNoRows', { file: input.file });
  const judgeAndApply = (data: StoreData) => {
    const session = requireSession(data, input.sessionId);
    assertAttendanceAllowed(session, deps.clock());
    if (input.minPercent !== null && input.minMinutes === null && (!session.startsAt || !session.endsAt)) throw new UsageError('attNoScheduledLength', { id: session.id });
    const judged = judgeReport(data, session, registrationsByMember(data, session.id), report, input);
    const summary: ImportReport = {
      file: input.file,
      format: report.format,
      detected: input.format === null,
      encoding,
      dryRun: input.dryRun,
      thresholdMinutes: Math.ceil(judged.thresholdSeconds / 60),
      reportDays: reportDays(report),
      sessionDay: session.startsAt ? dayIn(new Date(session.startsAt), session.timeZone) : null,
      registrants: judged.registrants,
      ignored: judged.ignored,
      unmatched: judged.unmatched,
    };
    const minutes = new Map(judged.registrants.filter((r) => r.minutes !== null && r.verdict !== 'not-in-report').map((r) => [r.memberId, r.minutes!]));
    const { minutesChanged, ...result } = applyMarks(deps, data, session, judged.marks, { addWalkIn: input.addWalkIn, source: 'import', file: input.file, minutes });
    return { result: { ...result, report: { ...summary, minutesUpdated: minutesChanged } }, minutesChanged };
  };
  if (input.dryRun) return judgeAndApply(structuredClone(await deps.store.read())).result;
  return deps.store.update((data) => {
    const { result, minutesChanged } = judgeAndApply(data);
    return result.changes.length === 0 && !result.statusChanged && minutesChanged === 0 ? unchanged(result) : result;
  });
}
