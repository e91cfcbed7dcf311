import { indexRegistrations, takeRegistrationId, type RegistrationIndex } from './registrationRules';
import { RuleError, UsageError, type Detail } from '../errors';
import type { Member, Registration, Session, StoreData } from '../store/index';
import { dayIn } from '../time';
import { candidateLines, erasedError, fullName, matchMember } from './people';

export type Attendance = 'present' | 'absent';

/** The override stored on a registration made on the spot for someone who came without registering. */
export const WALK_IN = 'walk-in';

/** REFs from repeated and/or comma-separated values ("a@b.fr,Véronique Bernard"), trimmed, empty ones dropped. */
export function parseRefList(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/**
 * R10: attendance is recorded only for a session that has started (`startsAt` reached), or, when it
 * has no date, whose year is over (judged in the session's time zone). A cancelled session was not held.
 */
export function assertAttendanceAllowed(session: Session, now: Date): void {
  if (session.status === 'cancelled') throw new RuleError('attSessionCancelled', { id: session.id });
  if (session.startsAt) {
    if (now.getTime() < Date.parse(session.startsAt)) throw new RuleError('attNotStarted', { id: session.id, startsAt: session.startsAt, timeZone: session.timeZone });
    return;
  }
  const currentYear = Number(dayIn(now, session.timeZone).slice(0, 4));
  if (session.year >= currentYear) throw new RuleError('attYearNotPast', { id: session.id, year: session.year });
}

/** A confirmed registration made at the door (override "walk-in"), present; its id comes from the shared sequence. */
export function walkInRegistration(index: RegistrationIndex, sessionId: string, memberId: string, now: Date): Registration {
  const at = now.toISOString();
  return {
    id: takeRegistrationId(index),
    sessionId,
    memberId,
    receivedAt: at,
    createdAt: at,
    status: 'confirmed',
    attendance: 'present',
    override: WALK_IN,
    cancelledAt: null,
  };
}

/** One person's mark, as given: a REF to resolve (flags, checklist) or a person already found (import). */
export interface Mark {
  ref: string;
  member?: Member;
  attendance: Attendance;
  /** The CSV line it came from, to name it in errors. */
  line?: number;
}

export interface AttendanceChange {
  registrationId: string;
  memberId: string;
  name: string;
  from: Attendance | null;
  to: Attendance;
  walkIn: boolean;
}

export interface AttendancePlan {
  session: Session;
  changes: AttendanceChange[];
  /** Marks that repeat the value already recorded. */
  unchanged: AttendanceChange[];
}

/** The session's registrations per person: the confirmed one if any, else the waiting-list one, else the latest cancelled. */
export function registrationsByMember(data: StoreData, sessionId: string): Map<string, Registration> {
  const rank = { confirmed: 0, waitlisted: 1, cancelled: 2 } as const;
  const map = new Map<string, Registration>();
  for (const r of data.registrations) {
    if (r.sessionId !== sessionId) continue;
    const seen = map.get(r.memberId);
    if (!seen || rank[r.status] < rank[seen.status] || (r.status === seen.status && r.createdAt > seen.createdAt)) map.set(r.memberId, r);
  }
  return map;
}

/**
 * Decides what a set of marks changes, without changing anything. A REF is resolved among the
 * session's confirmed registrants first, then among everyone. A person without a confirmed
 * registration is an input error, unless `addWalkIn` and they are marked present: then they are
 * registered on the spot. Every problem is reported at once (UsageError, exit 2).
 */
export function planAttendance(data: StoreData, session: Session, marks: readonly Mark[], options: { addWalkIn: boolean }): AttendancePlan {
  const regs = registrationsByMember(data, session.id);
  const membersById = new Map(data.members.map((m) => [m.id, m]));
  const registrants = [...regs.values()]
    .filter((r) => r.status === 'confirmed')
    .map((r) => membersById.get(r.memberId))
    .filter((m): m is Member => Boolean(m));
  const problems: Detail[] = [];
  const decided = new Map<string, { mark: Mark; member: Member }>();
  const where = (mark: Mark) => (mark.line === undefined ? '' : `line ${mark.line}: `);

  for (const mark of marks) {
    let member = mark.member;
    if (!member) {
      const among = matchMember(registrants, mark.ref);
      const match = among.kind === 'one' ? among : matchMember(data.members, mark.ref);
      if (match.kind === 'many') {
        problems.push(new UsageError('memberAmbiguous', { ref: mark.ref, count: match.members.length }));
        problems.push(...candidateLines(match.members, data.organisations).map((l) => `  ${l}`));
        continue;
      }
      if (match.kind === 'erased') {
        problems.push(erasedError(match.member));
        continue;
      }
      if (match.kind === 'none') {
        problems.push(new UsageError('memberNotFound', { ref: mark.ref }));
        problems.push(...candidateLines(match.suggestions, data.organisations).map((l) => `  ${l}`));
        continue;
      }
      member = match.member;
    }
    const earlier = decided.get(member.id);
    if (earlier) {
      if (earlier.mark.attendance !== mark.attendance) {
        problems.push(new UsageError('attBothPresentAbsent', { name: `${where(mark)}${fullName(member)}` }));
      }
      continue;
    }
    decided.set(member.id, { mark, member });
    const reg = regs.get(member.id);
    if (reg?.status === 'confirmed') continue;
    if (mark.attendance === 'present' && options.addWalkIn) continue;
    const key = reg?.status === 'waitlisted' ? 'attWaitlisted' : mark.attendance === 'absent' ? 'attNotRegisteredAbsent' : 'attNotRegistered';
    problems.push(new UsageError(key, { name: `${where(mark)}${fullName(member)} <${member.email}>`, session: session.id }));
  }
  throwProblems(problems, session.id);

  const changes: AttendanceChange[] = [];
  const unchanged: AttendanceChange[] = [];
  for (const { mark, member } of decided.values()) {
    const reg = regs.get(member.id);
    const confirmed = reg?.status === 'confirmed';
    const change: AttendanceChange = {
      registrationId: confirmed ? reg.id : '',
      memberId: member.id,
      name: fullName(member),
      from: confirmed ? reg.attendance : null,
      to: mark.attendance,
      walkIn: !confirmed,
    };
    (change.from === change.to ? unchanged : changes).push(change);
  }
  return { session, changes, unchanged };
}

/**
 * Applies a plan to the data: attendance values, walk-in registrations (new, or a waiting-list one
 * confirmed), and the session marked held. Returns the walk-in registrations and whether the status changed.
 */
export function applyAttendancePlan(data: StoreData, plan: AttendancePlan, now: Date): { statusChanged: boolean } {
  const regs = registrationsByMember(data, plan.session.id);
  const index = indexRegistrations(data);
  for (const change of plan.changes) {
    if (!change.walkIn) {
      regs.get(change.memberId)!.attendance = change.to;
      continue;
    }
    const waiting = regs.get(change.memberId);
    if (waiting?.status === 'waitlisted') {
      waiting.status = 'confirmed';
      waiting.override = WALK_IN;
      waiting.attendance = 'present';
      change.registrationId = waiting.id;
    } else {
      const reg = walkInRegistration(index, plan.session.id, change.memberId, now);
      data.registrations.push(reg);
      change.registrationId = reg.id;
    }
  }
  const statusChanged = plan.session.status !== 'held' && (plan.changes.length > 0 || plan.unchanged.length > 0);
  if (statusChanged) plan.session.status = 'held';
  return { statusChanged };
}

/** Throws every problem at once: a single one as itself (its candidates under it), several under one heading. */
export function throwProblems(problems: readonly Detail[], sessionId: string): void {
  const errors = problems.filter((p): p is UsageError => typeof p !== 'string');
  if (errors.length === 0) return;
  if (errors.length === 1) {
    const only = errors[0]!;
    throw new UsageError(only.key, only.params as never, [...only.details, ...problems.filter((p) => p !== only)]);
  }
  throw new UsageError('attProblems', { count: errors.length, session: sessionId }, problems);
}
