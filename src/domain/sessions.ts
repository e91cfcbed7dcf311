import { UsageError } from '../errors';
import { closestValues } from './suggest';
import { compareAscii } from './text';
import type { Registration, Session, StoreData } from '../store/index';

export interface SessionCounts {
  confirmed: number;
  waitlisted: number;
}

/** Confirmed and waitlisted registrations per session id, counted in one pass. */
export function countBySession(registrations: readonly Registration[]): Map<string, SessionCounts> {
  const counts = new Map<string, SessionCounts>();
  for (const r of registrations) {
    if (r.status === 'cancelled') continue;
    let c = counts.get(r.sessionId);
    if (!c) counts.set(r.sessionId, (c = { confirmed: 0, waitlisted: 0 }));
    c[r.status] += 1;
  }
  return counts;
}

/**
 * Whether a session takes registrations at `now`: scheduled (R9) and before its deadline (R2).
 * Held sessions take history entered later, but are not "open" for new sign-ups.
 */
export function isOpen(session: Session, now: Date): boolean {
  if (session.status !== 'scheduled') return false;
  if (session.registrationClosesAt && now.getTime() >= Date.parse(session.registrationClosesAt)) return false;
  if (session.startsAt && now.getTime() >= Date.parse(session.startsAt)) return false;
  return true;
}

/** Sessions in catalogue order: by year, then by start when both are dated, else by course level. */
export function sortSessions(sessions: readonly Session[]): Session[] {
  return [...sessions].sort((a, b) => a.year - b.year || (a.startsAt && b.startsAt ? compareAscii(a.startsAt, b.startsAt) : compareAscii(a.courseId, b.courseId)) || compareAscii(a.id, b.id));
}

export function findSession(data: StoreData, id: string): Session | undefined {
  return data.sessions.find((s) => s.id === id.trim());
}

/** The error for an unknown session id: "Did you mean …?" with the closest ids, when any is close. */
export function sessionNotFound(sessions: readonly Pick<Session, 'id'>[], ref: string): UsageError {
  const close = closestValues(
    sessions.map((s) => s.id),
    ref,
  );
  return close.length > 0 ? new UsageError('sessionDidYouMean', { ref, suggestions: close.join(', ') }) : new UsageError('sessionNotFound', { ref });
}
