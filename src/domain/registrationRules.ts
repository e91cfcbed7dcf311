import type { MessageKey } from '../i18n/messages';
import type { Member, Registration, Session, StoreData } from '../store/index';
import { fullName } from './people';

/** The rules of DESIGN.md §3 that a registration is judged by. */
export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R9' | 'R12';

/** Refusals that `--force --reason` may override (R8); R9 never is. */
export const OVERRIDABLE: ReadonlySet<RuleId> = new Set<RuleId>(['R1', 'R2', 'R3', 'R5']);

/** One rule's verdict, as a message key and its (language-neutral) parameters. */
export interface Finding {
  rule: RuleId;
  key: MessageKey;
  params: Record<string, string | number>;
}

/**
 * What the rules need to know about a store, built once in one pass, so that judging a
 * registration (or 50,000 of them in an import) never scans the store again.
 */
export interface RegistrationIndex {
  sessions: Map<string, Session>;
  confirmed: Map<string, number>;
  /** Waitlisted registrations per session: a newcomer never goes ahead of them (R6). */
  waiting: Map<string, number>;
  /** The active (confirmed or waitlisted) registration of a person for a session: key `session\0member`. */
  active: Map<string, Registration>;
  /** Paid cotisations: `year\0o\0orgId` and `year\0m\0memberId`. */
  covered: Set<string>;
  /** Sessions each person attended (attendance present), with their course. */
  attended: Map<string, Array<{ sessionId: string; courseId: string }>>;
  /** The number the next registration id takes (`reg-<n>`). */
  nextNumber: number;
  /** With a focus: the waitlisted registrations of its session, in the store's order (added ones last). */
  focusWaiting?: { sessionId: string; registrations: Registration[] };
}

const pairKey = (sessionId: string, memberId: string) => `${sessionId}\u0000${memberId}`;

/**
 * Builds the index of a store's sessions, cotisations and registrations in one pass over each.
 * With `focus` (one registration to judge), only the registrations of that session or that person
 * are indexed, the others only counted for the next id: on a store of 50,000 registrations this
 * is what makes a single `register` cost no more than reading the file.
 */
export function indexRegistrations(data: StoreData, focus?: { sessionId: string; memberId: string }): RegistrationIndex {
  const index: RegistrationIndex = {
    sessions: new Map(data.sessions.map((s) => [s.id, s])),
    confirmed: new Map(),
    waiting: new Map(),
    active: new Map(),
    covered: new Set(),
    attended: new Map(),
    nextNumber: 1,
    ...(focus ? { focusWaiting: { sessionId: focus.sessionId, registrations: [] } } : {}),
  };
  for (const m of data.memberships) {
    if (m.organisationId) index.covered.add(`${m.year}\u0000o\u0000${m.organisationId}`);
    if (m.memberId) index.covered.add(`${m.year}\u0000m\u0000${m.memberId}`);
  }
  for (const r of data.registrations) {
    if (focus && r.sessionId !== focus.sessionId && r.memberId !== focus.memberId) countId(index, r);
    else addToIndex(index, r);
  }
  return index;
}

/** Keeps the next id above this registration's. No regular expression: this runs for every registration. */
function countId(index: RegistrationIndex, r: Registration): void {
  const id = r.id;
  if (!id.startsWith('reg-')) return;
  // `reg-` and digits (every id caprural makes) read without a copy; anything else as Number reads it.
  let n = 0;
  let i = 4;
  for (; i < id.length; i += 1) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    n = n * 10 + digit;
  }
  if (i < id.length || i === 4 || n > Number.MAX_SAFE_INTEGER) n = Number(id.slice(4));
  if (Number.isInteger(n) && n >= index.nextNumber) index.nextNumber = n + 1;
}

/** Records a registration (new or existing) in the index. */
export function addToIndex(index: RegistrationIndex, r: Registration): void {
  countId(index, r);
  if (r.status === 'waitlisted' && r.sessionId === index.focusWaiting?.sessionId) index.focusWaiting.registrations.push(r);
  if (r.status !== 'cancelled') {
    index.active.set(pairKey(r.sessionId, r.memberId), r);
    if (r.status === 'confirmed') index.confirmed.set(r.sessionId, (index.confirmed.get(r.sessionId) ?? 0) + 1);
    else index.waiting.set(r.sessionId, (index.waiting.get(r.sessionId) ?? 0) + 1);
  }
  if (countsAsPresent(r)) {
    const course = index.sessions.get(r.sessionId)?.courseId;
    if (course) {
      const list = index.attended.get(r.memberId) ?? [];
      list.push({ sessionId: r.sessionId, courseId: course });
      index.attended.set(r.memberId, list);
    }
  }
}

/** R2: when registration closes: the deadline, else the session's start (null: neither is known). */
export function registrationClosesAt(session: Pick<Session, 'registrationClosesAt' | 'startsAt'>): string | null {
  return session.registrationClosesAt ?? session.startsAt;
}

/**
 * R13: how every output reads a registration's attendance. It counts only on a confirmed
 * registration: a cancelled one keeps its record (for the history) but is not an attendance.
 */
export function countsAsPresent(r: Pick<Registration, 'status' | 'attendance'>): boolean {
  return r.status === 'confirmed' && r.attendance === 'present';
}

/** R6: a session has started (or is held): from then on nobody is promoted from the waiting list automatically. */
export function hasStarted(session: Pick<Session, 'status' | 'startsAt'>, now: Date): boolean {
  return session.status === 'held' || (session.startsAt !== null && now.getTime() >= Date.parse(session.startsAt));
}

/** R3: whether a cotisation for `year` is paid by the person or their organisation. */
export function isCovered(index: RegistrationIndex, member: Member, year: number): boolean {
  return index.covered.has(`${year}\u0000m\u0000${member.id}`) || (member.organisationId !== null && index.covered.has(`${year}\u0000o\u0000${member.organisationId}`));
}

/** The next sequential registration id; advances the index. */
export function takeRegistrationId(index: RegistrationIndex): string {
  return `reg-${index.nextNumber++}`;
}

export interface RegistrationRequest {
  session: Session;
  member: Member;
  /** `--force --reason`: overridable refusals are recorded as overridden instead. */
  force?: boolean;
  /** `--no-waitlist`: a full session refuses (R1) instead of waitlisting. */
  noWaitlist?: boolean;
}

export interface Judgement {
  /** Where the registration goes when it is accepted. */
  status: 'confirmed' | 'waitlisted';
  /** Every refusal found, overridable or not, whatever `force` says. */
  refusals: Finding[];
  /** The refusals `force` overrides (empty without force). */
  overridden: Finding[];
  /** The refusals left after `force`: the registration is refused when there is any. */
  blocking: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

/**
 * Judges a registration received at `receivedAt` against every rule (R1-R5, R9, R12) and
 * returns every problem found, not just the first. Pure: the store is not changed.
 * Pass an index built once (indexRegistrations) when judging many registrations.
 */
export function judgeRegistration(data: StoreData, request: RegistrationRequest, receivedAt: Date, index: RegistrationIndex = indexRegistrations(data)): Judgement {
  const { session, member } = request;
  const name = fullName(member);
  const refusals: Finding[] = [];
  const warnings: Finding[] = [];
  const notices: Finding[] = [];

  // R9: only scheduled (or held, for history) sessions take registrations.
  if (session.status === 'announced' || session.status === 'cancelled') {
    refusals.push({ rule: 'R9', key: 'ruleStatus', params: { session: session.id, status: session.status } });
  }

  // R2: closes at registrationClosesAt, exclusive, judged at the time received (R7); without a
  // deadline, at the session's start.
  const closesAt = registrationClosesAt(session);
  if (closesAt && receivedAt.getTime() >= Date.parse(closesAt)) {
    refusals.push({
      rule: 'R2',
      key: session.registrationClosesAt ? 'ruleDeadline' : 'ruleDeadlineStart',
      params: { closes: closesAt, received: receivedAt.toISOString(), timeZone: session.timeZone },
    });
  }

  // R3: the cotisation of the session's membership year, the person's own or their organisation's.
  if (!isCovered(index, member, session.membershipYear)) {
    refusals.push({
      rule: 'R3',
      key: 'ruleCotisation',
      params: { name, year: session.membershipYear, payer: member.organisationId ?? member.id },
    });
  }

  // R5: at most once per session (confirmed or waitlisted).
  const existing = index.active.get(pairKey(session.id, member.id));
  if (existing) {
    refusals.push({ rule: 'R5', key: 'ruleDuplicate', params: { name, session: session.id, id: existing.id, status: existing.status } });
  }

  // R1: confirmed while seats remain; then the waiting list, or a refusal with --no-waitlist.
  // R6: while anyone waits, a free seat is theirs, not a newcomer's.
  const confirmed = index.confirmed.get(session.id) ?? 0;
  const full = (session.capacity !== null && confirmed >= session.capacity) || (index.waiting.get(session.id) ?? 0) > 0;
  let status: Judgement['status'] = full ? 'waitlisted' : 'confirmed';
  if (full && request.noWaitlist) {
    refusals.push({ rule: 'R1', key: 'ruleCapacity', params: { session: session.id, confirmed, capacity: session.capacity! } });
    // Overriding R1 means a seat beyond the capacity.
    status = 'confirmed';
  }

  // R4: outside the audience is allowed, with a warning.
  if (session.audience.length > 0 && !member.roles.some((r) => session.audience.includes(r))) {
    warnings.push({ rule: 'R4', key: 'ruleAudience', params: { name, roles: member.roles.join(', '), audience: session.audience.join(', ') } });
  }

  // R12: already attended another edition of the same course: a refresher.
  const earlier = (index.attended.get(member.id) ?? []).find((a) => a.courseId === session.courseId && a.sessionId !== session.id);
  if (earlier) notices.push({ rule: 'R12', key: 'ruleAttendedBefore', params: { name, session: earlier.sessionId } });

  const overridden = request.force ? refusals.filter((f) => OVERRIDABLE.has(f.rule)) : [];
  const blocking = refusals.filter((f) => !overridden.includes(f));
  return { status, refusals, overridden, blocking, warnings, notices };
}
