import type { CsvTable } from '../csv/readCsv';
import {
  applyAttendancePlan,
  assertAttendanceAllowed,
  parseRefList,
  planAttendance,
  registrationsByMember,
  WALK_IN,
  type AttendanceChange,
  type Mark,
} from '../domain/attendance';
import { importMarks, readAttendanceRows, type ImportMarks, type ImportOptions } from '../domain/attendanceCsv';
import { appendLog } from '../domain/log';
import { UsageError } from '../errors';
import type { Member, Registration, Session, StoreData } from '../store/index';
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
  /** Import only: rows of unregistered people under --min-minutes, and rows matched by name. */
  ignored: ImportMarks['ignored'];
  byName: ImportMarks['byName'];
}

/** Applies marks inside the store lock: R10 and every REF are judged on the data being changed. */
function applyMarks(
  deps: Deps,
  data: StoreData,
  session: Session,
  marks: readonly Mark[],
  options: { addWalkIn: boolean; source: 'flags' | 'checklist' | 'import'; file?: string },
): Omit<AttendanceResult, 'ignored' | 'byName'> {
  const now = deps.clock();
  assertAttendanceAllowed(session, now);
  const plan = planAttendance(data, session, marks, { addWalkIn: options.addWalkIn });
  const statusBefore = session.status;
  const { statusChanged } = applyAttendancePlan(data, plan, now);
  for (const walkIn of plan.changes.filter((c) => c.walkIn)) {
    appendLog(data, {
      at: now,
      user: deps.user,
      action: 'registration.walk-in',
      target: walkIn.registrationId,
      details: { sessionId: session.id, memberId: walkIn.memberId, status: 'confirmed', override: WALK_IN },
    });
  }
  if (plan.changes.length > 0 || statusChanged) {
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
  return { sessionId: session.id, changes: plan.changes, unchanged: plan.unchanged, statusChanged, totals };
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
  const marks: Mark[] = [
    ...parseRefList(input.present).map((ref) => ({ ref, attendance: 'present' as const })),
    ...parseRefList(input.absent).map((ref) => ({ ref, attendance: 'absent' as const })),
  ];
  if (marks.length === 0) throw new UsageError('missingOption', { option: '--present, --absent or --import' });
  return deps.store.update((data) => {
    const session = requireSession(data, input.sessionId);
    const result = applyMarks(deps, data, session, marks, { addWalkIn: Boolean(input.addWalkIn), source: input.source ?? 'flags' });
    return { ...result, ignored: [], byName: [] };
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
      return member ? [{ member, registration }] : [];
    });
  if (registrants.length === 0) throw new UsageError('attNoRegistrants', { id: session.id });
  return { session, registrants };
}

export interface ImportInput extends ImportOptions {
  sessionId: string;
  /** The file's rows, read by the command; `file` names it in messages and in the log. */
  table: CsvTable;
  file: string;
  addWalkIn: boolean;
}

/**
 * `attendance <session> --import FILE.csv`: the people listed are present (if connected at least
 * `minMinutes`), the other confirmed registrants absent unless `onlyPresent`. One bad row: nothing written.
 */
export async function importAttendance(deps: Deps, input: ImportInput): Promise<AttendanceResult> {
  const { header, rows: records } = input.table;
  const { rows, hasMinutes } = readAttendanceRows(header, records);
  if (input.minMinutes > 0 && !hasMinutes) throw new UsageError('attCsvNoMinutes', { file: input.file });
  return deps.store.update((data) => {
    const session = requireSession(data, input.sessionId);
    assertAttendanceAllowed(session, deps.clock());
    const { marks, ignored, byName } = importMarks(data, rows, input, registrationsByMember(data, session.id));
    const result = applyMarks(deps, data, session, marks, { addWalkIn: input.addWalkIn, source: 'import', file: input.file });
    return { ...result, ignored, byName };
  });
}
