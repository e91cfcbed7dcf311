// What the attendance sheet of a session holds, from the store: pure, no layout.
import type { Member, Session, StoreData } from '../store/index';
import { sessionDays, sessionHalfDays, type HalfDay } from './halfDays';
import { sessionNotFound } from './sessions';

export interface SheetTrainee {
  lastName: string;
  firstName: string;
  organisation: string | null;
  /** Minutes of connection recorded from the webconference report (null: none recorded). */
  minutes: number | null;
}

export interface AttendanceSheet {
  session: Session;
  days: ReturnType<typeof sessionDays>;
  halfDays: HalfDay[];
  trainers: Array<{ name: string; role: string }>;
  trainees: SheetTrainee[];
}

/** The order of people on every list of names: last name, then first name (French collation), then id. */
export function byLastName(a: Pick<Member, 'lastName' | 'firstName' | 'id'>, b: Pick<Member, 'lastName' | 'firstName' | 'id'>): number {
  return a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sessionOrThrow(data: StoreData, id: string): Session {
  const session = data.sessions.find((s) => s.id === id.trim());
  if (!session) throw sessionNotFound(data.sessions, id);
  return session;
}

/** The sheet of `sessionId`: its confirmed registrants by last name, its trainers, one column per half-day. */
export function attendanceSheet(data: StoreData, sessionId: string): AttendanceSheet {
  const session = sessionOrThrow(data, sessionId);
  const members = new Map(data.members.map((m) => [m.id, m]));
  const organisations = new Map(data.organisations.map((o) => [o.id, o.name]));
  const trainees = data.registrations
    .filter((r) => r.sessionId === session.id && r.status === 'confirmed')
    .flatMap((r) => {
      const m = members.get(r.memberId);
      return m ? [{ m, minutes: r.connectionMinutes ?? null }] : [];
    })
    .sort((a, b) => byLastName(a.m, b.m))
    .map(({ m, minutes }) => ({ lastName: m.lastName, firstName: m.firstName, organisation: m.organisationId ? (organisations.get(m.organisationId) ?? null) : null, minutes }));
  return {
    session,
    days: sessionDays(session),
    halfDays: sessionHalfDays(session),
    trainers: session.speakers.map((s) => ({ name: s.name, role: s.role })),
    trainees,
  };
}
