// The person's rights (GDPR): a copy of everything stored about them, erasure, and retention.
import { anonymisePeople, anonymiseWith, ErasureIndex, identityOf, inactiveSince, isAnonymised, logAbout, mergeIdentity, nextAnonymousIds, type Erasure } from '../domain/anonymise';
import { dayIn, OFFICE_TIME_ZONE } from '../time';
import { OwnPart } from '../domain/ownPart';
import { appendLog } from '../domain/log';
import { matchMember, memberMatchError, resolveMemberOrErased } from '../domain/people';
import type { LogEntry, Member, Membership, Organisation, OutboxEntry, Registration, StoreData } from '../store/index';
import type { Deps } from './deps';
import { rememberErasures } from './erasures';

/** Years are counted in the organiser's zone, Cap Rural being in Lyon. */

export interface PersonExport {
  exportedAt: string;
  store: string;
  person: Member;
  organisation: Organisation | null;
  /** Cotisations paid by the person, and those of their organisation (which cover them). */
  cotisations: Array<Membership & { paidBy: 'person' | 'organisation' }>;
  registrations: Array<Registration & { session: { id: string; title: string; year: number; startsAt: string | null } | null }>;
  /** Attendance recorded, session by session. */
  attendance: Array<{ sessionId: string; attendance: 'present' | 'absent' }>;
  /** Certificates of completion issued (caprural doc certificate); the PDF files are wherever they were written. */
  certificates: Array<{ sessionId: string; registrationId: string; issuedAt: string }>;
  /** The history's entries about the person; an entry about several people (attendance, an import) is cut down to their own part. */
  log: LogEntry[];
  /** The messages sent (or queued) to the person by caprural mail, with their content. */
  mail: OutboxEntry[];
  /** Earlier versions of these same records are kept in the backups beside the store. */
  backupsDir: string;
}

/** Everything stored about one person (GDPR right of access), as one document. */
export async function exportPerson(deps: Deps, ref: string): Promise<PersonExport> {
  const data = await deps.store.read({ log: true });
  // The right of access reads the anonymous record too (what is left of an erased person).
  const person = resolveMemberOrErased(data, ref);
  const sessions = new Map(data.sessions.map((s) => [s.id, s]));
  const registrations = data.registrations.filter((r) => r.memberId === person.id);
  return {
    exportedAt: deps.clock().toISOString(),
    store: deps.store.path,
    person,
    organisation: data.organisations.find((o) => o.id === person.organisationId) ?? null,
    cotisations: data.memberships
      .filter((m) => m.memberId === person.id || (person.organisationId !== null && m.organisationId === person.organisationId))
      .map((m) => ({ ...m, paidBy: m.memberId === person.id ? ('person' as const) : ('organisation' as const) })),
    registrations: registrations.map((r) => {
      const s = sessions.get(r.sessionId);
      return { ...r, session: s ? { id: s.id, title: s.title, year: s.year, startsAt: s.startsAt } : null };
    }),
    attendance: registrations.flatMap((r) => (r.attendance ? [{ sessionId: r.sessionId, attendance: r.attendance }] : [])),
    certificates: registrations.flatMap((r) => (r.certificates ?? []).map((c) => ({ sessionId: r.sessionId, registrationId: r.id, issuedAt: c.issuedAt }))),
    log: (() => {
      // Right of access: their own data, not the others' (who else came, was absent, was imported).
      const own = new OwnPart(data, person);
      return logAbout(data, person).map((e) => own.of(e));
    })(),
    mail: (data.outbox ?? []).filter((e) => e.memberId === person.id),
    backupsDir: (await deps.store.locations()).backupsDir,
  };
}

export interface ErasureResult {
  /** The anonymous ids given, in order; empty when there was nothing to do. */
  anonymised: string[];
  /** Already anonymised: nothing was done (forget is idempotent). */
  already: boolean;
  backupsRewritten: number;
  backupsUnreadable: string[];
}

/** Each name, e-mail and phone once. */
const dedupe = (identity: Erasure['identity']): Erasure['identity'] => ({
  id: identity.id,
  names: [...new Map(identity.names.map((n) => [n.join(' '), n])).values()],
  emails: [...new Set(identity.emails)],
  phones: [...new Set(identity.phones)],
});

/** A member as another version stores it, when it has the fields identities are made of. */
function asMember(value: unknown): Member | null {
  if (value === null || typeof value !== 'object') return null;
  const m = value as Record<string, unknown>;
  const text = (k: string) => typeof m[k] === 'string';
  return text('id') && text('firstName') && text('lastName') && text('email') && (m.phone === null || text('phone')) ? (m as unknown as Member) : null;
}

/**
 * Anonymises the people `pick` selects, in the store, its log and its backups, in one locked
 * operation, and remembers the erasure (without personal data) for later restores.
 */
async function erasePeople(deps: Deps, pick: (data: StoreData) => Member[], action: string, details: Record<string, unknown>): Promise<ErasureResult> {
  const at = deps.clock().toISOString();
  let plan: Erasure[] = [];
  let already = false;
  let live: StoreData | null = null;
  const byOldId = new Map<string, Erasure>();
  /** What each person was already learnt as (names, e-mail, phone), so that 20,000 people across 10 backups are merged once each. */
  const seen = new Set<string>();
  let index: ErasureIndex | null = null;
  const { result, ...report } = await deps.store.erase(
    (data) => {
      live = data;
      const people = pick(data);
      already = people.length > 0 && people.every(isAnonymised);
      const todo = people.filter((m) => !isAnonymised(m));
      const ids = nextAnonymousIds(
        data,
        todo.length,
        (data.erasures ?? []).map((e) => e.id),
      );
      plan = todo.map((m, i) => ({ oldId: m.id, anonId: ids[i]!, identity: identityOf(m) }));
      for (const p of plan) byOldId.set(p.oldId, p);
      if (plan.length === 0) return [];
      anonymisePeople(data, plan, at);
      rememberErasures(data, plan, at, action);
      // Logged without the erased data: only the anonymous ids.
      appendLog(data, { at: deps.clock(), user: deps.user, action, target: plan.length === 1 ? plan[0]!.anonId : null, details: { ...details, ids: plan.map((p) => p.anonId) } });
      return plan.map((p) => p.anonId);
    },
    {
      // Each version may know the person by other details (an earlier e-mail): learnt first, then erased everywhere.
      learn(version) {
        if (!Array.isArray(version.members)) return;
        for (const raw of version.members) {
          const m = asMember(raw);
          const p = m && byOldId.get(m.id);
          if (!p) continue;
          const signature = [m.id, m.firstName, m.lastName, m.email, m.phone].join('\u0000');
          if (seen.has(signature)) continue;
          seen.add(signature);
          p.identity = dedupe(mergeIdentity(p.identity, identityOf(m)));
        }
      },
      scrub(version) {
        index ??= new ErasureIndex(plan, at);
        const changed = anonymiseWith(version, index);
        // The live store's registry learns every e-mail found in the backups.
        return version === live ? rememberErasures(version, plan, at, action) || changed : changed;
      },
    },
  );
  return { anonymised: result, already, ...report };
}

/**
 * The person REF names exactly in the newest backup that knows them, for a person no longer in
 * the store: added, then undone by a restore. Their name is still in those backups and in the
 * history (which a restore continues), so an erasure must still find them. Null when none does.
 */
async function inBackups(deps: Deps, ref: string): Promise<Member | null> {
  for (const backup of await deps.store.backups()) {
    if (!backup.valid) continue;
    const version = await deps.store.readBackup(backup.path).catch(() => null);
    if (!version) continue;
    const match = matchMember(version.members, ref);
    if (match.kind === 'one' && !isAnonymised(match.member)) return match.member;
  }
  return null;
}

/**
 * The person `member forget REF` erases: the one REF names in the store, else the one it names
 * exactly in the newest backup that knows them (their addition undone by a restore: still in
 * those backups and in the history). The store's UsageError (exit 2) when REF names nobody anywhere.
 */
export async function personToForget(deps: Deps, ref: string): Promise<Member> {
  const current = await deps.store.read();
  const match = matchMember(current.members, ref);
  // Forgetting an erased person again is allowed: forget is idempotent.
  if (match.kind === 'one' || match.kind === 'erased') return match.member;
  const known = await inBackups(deps, ref);
  if (!known) throw memberMatchError(match, current, ref);
  return known;
}

/**
 * Erases one person's identity everywhere (the store, its history, its backups), keeping an
 * anonymous record. Idempotent. REF as personToForget finds it.
 */
export async function forgetMember(deps: Deps, ref: string): Promise<ErasureResult> {
  return forgetPerson(deps, await personToForget(deps, ref));
}

/** The same for a person personToForget found (as the store holds them inside the lock, when it does). */
export async function forgetPerson(deps: Deps, person: Member): Promise<ErasureResult> {
  return erasePeople(deps, (data) => [data.members.find((m) => m.id === person.id) ?? person], 'member.forget', {});
}

/** The people retention would anonymise: no activity since `before` (default: three years before this one). */
export async function retentionCandidates(deps: Deps, before?: number): Promise<{ before: number; people: Array<{ member: Member; lastActivity: number }> }> {
  const year = before ?? defaultRetentionYear(deps);
  const data = await deps.store.read();
  return { before: year, people: inactiveSince(data, year) };
}

export function defaultRetentionYear(deps: Deps): number {
  return Number(dayIn(deps.clock(), OFFICE_TIME_ZONE).slice(0, 4)) - 3;
}

/** Anonymises everyone inactive since `before`, judged again inside the lock. */
export async function applyRetention(deps: Deps, before: number): Promise<ErasureResult> {
  return erasePeople(deps, (data) => inactiveSince(data, before).map((p) => p.member), 'retention', { before });
}
