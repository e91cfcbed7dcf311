import { compareAscii } from './text';
import type { Member, Registration, Session, StoreData } from '../store/index';
import { appendLog } from './log';
import { takeRegistrationId, type Finding, type RegistrationIndex } from './registrationRules';

/** A new registration with the next sequential id. */
export function newRegistration(
  index: RegistrationIndex,
  session: Session,
  member: Member,
  receivedAt: Date,
  now: Date,
  status: 'confirmed' | 'waitlisted',
  override: string | null,
): Registration {
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

/** The position (1-based) of every waitlisted registration of the given sessions. */
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
 * Cancels a registration. If it held a seat, the waiting list fills the free seats (R6) in the
 * same write. Returns the promoted registration, if any.
 */
export function cancelAndPromote(data: StoreData, session: Session, registration: Registration, now: Date, user: string): Registration | null {
  const was = registration.status;
  registration.status = 'cancelled';
  registration.cancelledAt = now.toISOString();
  appendLog(data, {
    at: now,
    user,
    action: 'registration.cancel',
    target: registration.id,
    details: { session: registration.sessionId, member: registration.memberId, was },
  });
  if (was !== 'confirmed') return null;
  return fillFreeSeats(data, session, now, user, registration.id)[0] ?? null;
}

/**
 * R6: confirms the first on the waiting list (time received, then order of entry) while the
 * session has free seats: after a cancellation, or when its capacity is raised. Logs each.
 */
export function fillFreeSeats(data: StoreData, session: Session, now: Date, user: string, after?: string): Registration[] {
  let confirmed = 0;
  const waiting: Registration[] = [];
  for (const r of data.registrations) {
    if (r.sessionId !== session.id) continue;
    if (r.status === 'confirmed') confirmed += 1;
    else if (r.status === 'waitlisted') waiting.push(r);
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
