import { appendLog } from '../domain/log';
import { fullName } from '../domain/people';
import type { SessionInput } from '../domain/sessionFields';
import { countBySession, findSession, isOpen, sessionNotFound, sortSessions, type SessionCounts } from '../domain/sessions';
import { RuleError } from '../errors';
import type { Member, Registration, Session, StoreData } from '../store/index';
import type { Deps } from './deps';
import { fillFreeSeats, registrantOrder } from '../domain/registrations';
import { unchanged } from '../store/index';
import { changedFields } from '../domain/changedFields';

export type SessionRow = Session & SessionCounts & { open: boolean };

export async function listSessions(deps: Deps, filter: { year?: number; open?: boolean } = {}): Promise<SessionRow[]> {
  const data = await deps.store.read();
  const counts = countBySession(data.registrations);
  const now = deps.clock();
  return sortSessions(data.sessions)
    .filter((s) => filter.year === undefined || s.year === filter.year)
    .map((s) => ({ ...s, ...(counts.get(s.id) ?? { confirmed: 0, waitlisted: 0 }), open: isOpen(s, now) }))
    .filter((s) => !filter.open || s.open);
}

export function requireSession(data: StoreData, id: string): Session {
  const session = findSession(data, id);
  if (!session) throw sessionNotFound(data.sessions, id);
  return session;
}

export interface SessionDetails {
  session: SessionRow;
  /** Confirmed first (by time received), then the waiting list in order, then cancellations. */
  registrants: Array<Registration & { member: Member | null; position: number | null }>;
}

export async function showSession(deps: Deps, id: string): Promise<SessionDetails> {
  const data = await deps.store.read();
  const session = requireSession(data, id);
  const counts = countBySession(data.registrations).get(session.id) ?? { confirmed: 0, waitlisted: 0 };
  const members = new Map(data.members.map((m) => [m.id, m]));
  const registrations = data.registrations.filter((r) => r.sessionId === session.id).sort(registrantOrder);
  let position = 0;
  return {
    session: { ...session, ...counts, open: isOpen(session, deps.clock()) },
    registrants: registrations.map((r) => ({
      ...r,
      member: members.get(r.memberId) ?? null,
      position: r.status === 'waitlisted' ? ++position : null,
    })),
  };
}

// Session fields (and the date reader) are loaded by the commands that change sessions only,
// so that listing them starts fast.
export async function addSession(deps: Deps, input: SessionInput): Promise<Session> {
  const { newSession } = await import('../domain/sessionFields');
  return deps.store.update((data) => {
    const session = newSession(data, input);
    data.sessions.push(session);
    appendLog(data, { at: deps.clock(), user: deps.user, action: 'session.add', target: session.id, details: {} });
    return session;
  });
}

export async function editSession(
  deps: Deps,
  id: string,
  input: SessionInput,
  options: { notify?: boolean } = {},
): Promise<{ session: Session; changed: string[]; promoted: Array<{ id: string; name: string }> }> {
  const { editSession: applyEdit } = await import('../domain/sessionFields');
  const { notifyPromotions, notifySessionCancelled, notifySessionChanged } = await import('../domain/outbox');
  // Loaded with the change that needs them: the mails' sentences are not the listing's (start-up).
  const { mailOptions } = await import('./notify');
  return deps.store.update((data) => {
    const session = requireSession(data, id);
    const next = applyEdit(data, session, input);
    const changed = changedFields(session, next);
    if (changed.length === 0) return unchanged({ session, changed, promoted: [] });
    // Calendar invitations already sent are updated: their SEQUENCE goes up with the date, link or place.
    const invitationChanged = changed.some((f) => CALENDAR_FIELDS.has(f));
    if (invitationChanged) next.sequence = (session.sequence ?? 0) + 1;
    data.sessions[data.sessions.indexOf(session)] = next;
    appendLog(data, { at: deps.clock(), user: deps.user, action: 'session.edit', target: session.id, details: { fields: changed } });
    // More seats, or no limit any more: the waiting list takes them (R6).
    const members = new Map(data.members.map((m) => [m.id, m]));
    const filled = fillFreeSeats(data, next, deps.clock(), deps.user);
    if (options.notify !== false) {
      notifyPromotions(data, filled, mailOptions(deps));
      if (next.status === 'cancelled' && session.status !== 'cancelled') notifySessionCancelled(data, next, mailOptions(deps));
      else if (invitationChanged) notifySessionChanged(data, next, mailOptions(deps));
    }
    const promoted = filled.map((r) => ({ id: r.id, name: fullNameOf(members.get(r.memberId), r.memberId) }));
    return { session: next, changed, promoted };
  });
}

/** The fields a calendar invitation shows: a change sends an update to those convoked. */
const CALENDAR_FIELDS = new Set(['startsAt', 'endsAt', 'link', 'place', 'title']);

/** Cancels a session that has not been held; its registrations stay, for the record. */
export async function cancelSession(deps: Deps, id: string, options: { notify?: boolean } = {}): Promise<{ session: Session; registrations: number }> {
  const { notifySessionCancelled } = await import('../domain/outbox');
  const { mailOptions } = await import('./notify');
  return deps.store.update((data) => {
    const session = requireSession(data, id);
    if (session.status === 'held') throw new RuleError('sessionAlreadyHeld', { id: session.id });
    if (session.status === 'cancelled') throw new RuleError('sessionAlreadyCancelled', { id: session.id });
    session.status = 'cancelled';
    if (options.notify !== false) notifySessionCancelled(data, session, mailOptions(deps));
    appendLog(data, { at: deps.clock(), user: deps.user, action: 'session.cancel', target: session.id, details: {} });
    return { session, registrations: data.registrations.filter((r) => r.sessionId === session.id && r.status !== 'cancelled').length };
  });
}

const fullNameOf = (member: Member | undefined, id: string) => (member ? fullName(member) : id);
