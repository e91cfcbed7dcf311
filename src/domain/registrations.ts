import { compareAscii } from './text';
import type { Member, Registration, Session, StoreData } from '../store/index';
import { appendLog } from './log';
import { hasStarted, takeRegistrationId, type Finding, type RegistrationIndex } from './registrationRules';

/** A new registration with the next sequential id. */
export function newRegistration(index: RegistrationIndex, session: Session, member: Member, receivedAt: Date, now: Date, status: 'confirmed' | 'waitlisted', override: string | null): Registration {
  return {
    id: takeRegistrationId(index),
    sessionId: session.id,
    memberId: member.id,
    receivedAt: receivedAt.toISOString(),
    createdAt: now.toISOString(),
    status,
    attendance: null,
    override,
    cancelledAt: null,
  };
}

/** Appends the log entries of one registration: the registration, and its override if any. */
export function logRegistration(
  data: StoreData,
  r: Registration,
  overridden: readonly Finding[],
  warnings: readonly Finding[],
  notices: readonly Finding[],
  reason: string | null,
  now: Date,
  user: string,
  extra: Record<string, unknown> = {},
): void {
  appendLog(data, {
    at: now,
    user,
    action: 'registration.add',
    target: r.id,
    details: {
      session: r.sessionId,
      member: r.memberId,
      status: r.status,
      receivedAt: r.receivedAt,
      ...(warnings.length ? { warnings: warnings.map((f) => f.rule) } : {}),
      ...(notices.length ? { notices: notices.map((f) => f.rule) } : {}),
      ...extra,
    },
  });
  if (overridden.length > 0) {
    appendLog(data, {
      at: now,
      user,
      action: 'registration.override',
      target: r.id,
      details: { session: r.sessionId, member: r.memberId, rules: overridden.map((f) => f.rule), reason },
    });
  }
}

/** Waiting-list order: time received, then order of entry (R6). */
export function byReceived(a: Registration, b: Registration): number {
  return compareAscii(a.receivedAt, b.receivedAt) || compareAscii(a.createdAt, b.createdAt);
}

const STATUS_RANK = { confirmed: 0, waitlisted: 1, cancelled: 2 } as const;

/** The one order of a session's registrants, as `session show` and the exports list them: confirmed, waiting list, cancelled; each by time received. */
export function registrantOrder(a: Registration, b: Registration): number {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || byReceived(a, b);
}

/**
 * A session's registrations in registrantOrder: the very list `[...list].sort(registrantOrder)`
 * gives (the sort is stable), without sorting what is in order already. They are grouped by
 * status, in the order given, and each group is sorted by byReceived only when it is not in that
 * order: registrations are stored as they are received, so for an export of every session
 * (500,000 registrations on national×10) this is one pass instead of a sort per session.
 */
export function inRegistrantOrder(list: readonly Registration[]): Registration[] {
  const groups: Registration[][] = [[], [], []];
  for (const r of list) groups[STATUS_RANK[r.status]]!.push(r);
  const ordered: Registration[] = [];
  for (const group of groups) {
    for (let i = 1; i < group.length; i += 1) {
      if (byReceived(group[i - 1]!, group[i]!) > 0) {
        group.sort(byReceived);
        break;
      }
    }
    for (const r of group) ordered.push(r);
  }
  return ordered;
}

/** The position (1-based) of every waitlisted registration of the given sessions. */
/**
 * The waiting-list position of `registration` given its session's waitlisted registrations in the
 * store's order (as waitingPositions counts it); null when it is not waitlisted.
 */
export function positionAmong(waiting: readonly Registration[], registration: Registration): number | null {
  if (registration.status !== 'waitlisted') return null;
  const at = [...waiting].sort(byReceived).indexOf(registration);
  return at < 0 ? null : at + 1;
}

export function waitingPositions(registrations: readonly Registration[], sessions: ReadonlySet<string>): Map<Registration, number> {
  const lists = new Map<string, Registration[]>();
  for (const r of registrations) {
    if (r.status !== 'waitlisted' || !sessions.has(r.sessionId)) continue;
    const list = lists.get(r.sessionId) ?? [];
    list.push(r);
    lists.set(r.sessionId, list);
  }
  const positions = new Map<Registration, number>();
  for (const list of lists.values()) list.sort(byReceived).forEach((r, i) => positions.set(r, i + 1));
  return positions;
}

/** The person's active (confirmed or waitlisted) registration for a session, if any. */
export function activeRegistration(data: StoreData, session: Session, member: Member): Registration | undefined {
  return data.registrations.find((r) => r.sessionId === session.id && r.memberId === member.id && r.status !== 'cancelled');
}

/**
 * Cancels a registration. If it held a seat before the session started, the waiting list fills
 * the free seats (R6) in the same write; after the start nobody is promoted automatically.
 * Returns the promoted registration, if any. `reason` (R13, a forced cancellation) is logged.
 */
export function cancelAndPromote(data: StoreData, session: Session, registration: Registration, now: Date, user: string, reason: string | null = null): Registration | null {
  const was = registration.status;
  registration.status = 'cancelled';
  registration.cancelledAt = now.toISOString();
  appendLog(data, {
    at: now,
    user,
    action: 'registration.cancel',
    target: registration.id,
    details: {
      session: registration.sessionId,
      member: registration.memberId,
      was,
      ...(registration.attendance !== null ? { attendance: registration.attendance } : {}),
      ...(reason !== null ? { reason } : {}),
    },
  });
  if (was !== 'confirmed') return null;
  return fillFreeSeats(data, session, now, user, registration.id)[0] ?? null;
}

/** The ids of erased people's anonymous records (member forget, retention). */
export function erasedIds(data: Pick<StoreData, 'members'>): Set<string> {
  const ids = new Set<string>();
  for (const m of data.members) if (m.anonymisedAt != null) ids.add(m.id);
  return ids;
}

/** The waitlisted registrations of a session, first to be promoted first. */
export function waitingList(data: StoreData, sessionId: string): Registration[] {
  return data.registrations.filter((r) => r.sessionId === sessionId && r.status === 'waitlisted').sort(byReceived);
}

/**
 * R6: confirms the first on the waiting list (time received, then order of entry) while the
 * session has free seats: after a cancellation, or when its capacity is raised. Logs each.
 * Once the session has started (or is held), nobody is promoted automatically: the seat stays
 * free until `caprural promote` says who takes it.
 */
export function fillFreeSeats(data: StoreData, session: Session, now: Date, user: string, after?: string): Registration[] {
  if (hasStarted(session, now)) return [];
  let confirmed = 0;
  const waiting: Registration[] = [];
  for (const r of data.registrations) {
    if (r.sessionId !== session.id) continue;
    if (r.status === 'confirmed') confirmed += 1;
    else if (r.status === 'waitlisted') waiting.push(r);
  }
  // An erased person's registration stays on the list (the counts) but never takes a seat: nobody would come.
  if (waiting.length > 0) {
    const erased = erasedIds(data);
    if (erased.size > 0) waiting.splice(0, waiting.length, ...waiting.filter((r) => !erased.has(r.memberId)));
  }
  waiting.sort(byReceived);
  const promoted: Registration[] = [];
  for (const r of waiting) {
    if (session.capacity !== null && confirmed >= session.capacity) break;
    r.status = 'confirmed';
    confirmed += 1;
    promoted.push(r);
    appendLog(data, {
      at: now,
      user,
      action: 'registration.promote',
      target: r.id,
      details: { session: r.sessionId, member: r.memberId, ...(after ? { after } : { reason: 'capacity' }) },
    });
  }
  return promoted;
}
