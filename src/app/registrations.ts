import { appendLog } from '../domain/log';
import type { LookAlike } from '../domain/lookAlike';
import { newMember, type MemberInput } from '../domain/members';
import { fullName, resolveMember, resolveMemberOrErased } from '../domain/people';
import { Problems } from '../domain/problems';
import { importRegistrations as applyImport, type ImportColumn, type ImportedRow, type ImportSummary } from '../domain/registrationImport';
import { addToIndex, hasStarted, indexRegistrations, judgeRegistration, type Judgement } from '../domain/registrationRules';
import { activeRegistration, cancelAndPromote, erasedIds, logRegistration, newRegistration, positionAmong, waitingList, waitingPositions } from '../domain/registrations';
import { parseReceivedAt } from '../domain/receivedAt';
import { parseFreeText } from '../domain/text';
import { RuleError, UsageError } from '../errors';
import type { Member, Registration, Session, StoreData } from '../store/index';
import type { Deps } from './deps';
import type { CsvRecord } from '../domain/csvColumns';
import { requireSession } from './sessions';
import { notifyCancellation, notifyPromotions, notifyRegistration, notifyRegistrations } from '../domain/outbox';
import { queueRefusalMail as queueRefusal } from './refusalMail';
import { mailOptions } from './notify';

export interface RegisterInput {
  session?: string;
  /** An id, an e-mail or an unambiguous name. */
  member?: string;
  /** A person to create in the same write (the interactive "new person" choice). */
  newMember?: MemberInput;
  receivedAt?: string;
  force?: boolean;
  reason?: string;
  noWaitlist?: boolean;
  /** Judge and report, write nothing. */
  dryRun?: boolean;
  /** Queue the participant's message in the same write (default true; --no-notify). */
  notify?: boolean;
  /** Refused for the cotisation (R3) alone: queue the message saying what to do (--notify-refusal). */
  notifyRefusal?: boolean;
}

/** One registration made, as an import row reports it too (without its line). */
export interface RegistrationOutcome extends Omit<ImportedRow, 'line'> {
  session: Session;
  dryRun: boolean;
}

/** `--force` needs `--reason` and `--reason` needs `--force` (R8); the reason is cleaned text. */
export function overrideReason(input: { force?: boolean; reason?: string }): string | null {
  if (input.force && input.reason === undefined) throw new UsageError('forceNeedsReason', {});
  if (!input.force && input.reason !== undefined) throw new UsageError('reasonNeedsForce', {});
  if (!input.force) return null;
  const reason = parseFreeText(input.reason!, 500);
  if (reason === null) throw new UsageError('invalidText', { option: '--reason', value: input.reason! });
  return reason;
}

/** Resolves the session, the person and the time received; every input problem at once. */
function resolveRequest(data: StoreData, input: RegisterInput, now: Date): { session: Session; member: Member; created: boolean; receivedAt: Date } {
  const problems = new Problems();
  if (!input.session) problems.add(new UsageError('missingOption', { option: '--session' }));
  const session = input.session ? problems.check(() => requireSession(data, input.session!)) : undefined;
  let member: Member | undefined;
  if (input.newMember) member = problems.check(() => newMember(data, input.newMember!, now));
  else if (!input.member) problems.add(new UsageError('missingOption', { option: '--member' }));
  else member = problems.check(() => resolveMember(data, input.member!));
  const receivedAt = session ? problems.check(() => parseReceivedAt(input.receivedAt, session.timeZone, now)) : undefined;
  problems.throwIfAny();
  return { session: session!, member: member!, created: Boolean(input.newMember), receivedAt: receivedAt! };
}

/** The registration decision on `data` (mutated): the same engine for the flag, prompt and dry-run paths. */
function applyRegistration(data: StoreData, input: RegisterInput, reason: string | null, now: Date, user: string): RegistrationOutcome {
  const { session, member, created, receivedAt } = resolveRequest(data, input, now);
  const index = indexRegistrations(data, { sessionId: session.id, memberId: member.id });
  const judgement: Judgement = judgeRegistration(data, { session, member, force: reason !== null, noWaitlist: input.noWaitlist }, receivedAt, index);
  if (judgement.blocking.length > 0) {
    throw new RuleError(
      'registrationRefused',
      { name: fullName(member), session: session.id, count: judgement.blocking.length },
      judgement.blocking.map((f) => new RuleError(f.key, f.params as never)),
    );
  }
  if (created) {
    data.members.push(member);
    appendLog(data, { at: now, user, action: 'member.add', target: member.id, details: {} });
  }
  const registration = newRegistration(index, session, member, receivedAt, now, judgement.status, judgement.overridden.length > 0 ? reason : null);
  data.registrations.push(registration);
  addToIndex(index, registration);
  logRegistration(data, registration, judgement.overridden, judgement.warnings, judgement.notices, reason, now, user);
  // Counted on the index's waiting list of this session (the registrations scanned once).
  const position = index.focusWaiting ? positionAmong(index.focusWaiting.registrations, registration) : (waitingPositions(data.registrations, new Set([session.id])).get(registration) ?? null);
  return {
    registration,
    session,
    member,
    memberCreated: created,
    position,
    overridden: judgement.overridden,
    warnings: judgement.warnings,
    notices: judgement.notices,
    dryRun: Boolean(input.dryRun),
  };
}

/**
 * Registers a person for a session under every rule (R1-R5, R9, R12), inside one locked write:
 * the seats are counted on the data the write replaces, so simultaneous registrations cannot
 * oversell a session. With `dryRun`, judges the same way and writes nothing.
 */
export async function register(deps: Deps, input: RegisterInput): Promise<RegistrationOutcome & { lookAlikes: LookAlike[] }> {
  const reason = overrideReason(input);
  const findLookAlikes = input.newMember ? (await import('../domain/lookAlike')).findLookAlikes : null;
  // A person created on the way is checked against everyone for look-alikes (warnings only).
  const lookAlikesOf = (data: StoreData, outcome: RegistrationOutcome) => (findLookAlikes && outcome.memberCreated ? findLookAlikes(data.members, [outcome.member]) : []);
  if (input.dryRun) {
    const data = await deps.store.read();
    const outcome = applyRegistration(data, input, reason, deps.clock(), deps.user);
    return { ...outcome, lookAlikes: lookAlikesOf(data, outcome) };
  }
  try {
    return await deps.store.update((data) => {
      const outcome = applyRegistration(data, input, reason, deps.clock(), deps.user);
      if (input.notify !== false) notifyRegistration(data, outcome.registration, mailOptions(deps), outcome.position);
      return { ...outcome, lookAlikes: lookAlikesOf(data, outcome) };
    });
  } catch (error) {
    if (input.notifyRefusal) throw await queueRefusal(deps, input, error);
    throw error;
  }
}

export interface CancelOutcome {
  registration: Registration;
  session: Session;
  member: Member;
  was: 'confirmed' | 'waitlisted';
  promoted: { registration: Registration; member: Member } | null;
  /** R6: a confirmed seat was freed after the start; nobody was promoted automatically. */
  seatFreedAfterStart: boolean;
  /** The waiting list left after the cancellation. */
  waiting: number;
  /** R13: the reason of a forced cancellation of a registration with attendance recorded. */
  forcedReason: string | null;
}

/**
 * Cancels a person's registration. A freed confirmed seat goes to the first on the waiting list,
 * in the same write, before the session starts; after, the seat stays free (R6). A registration
 * with attendance recorded is refused (R13, exit 1) unless `force` with a `reason`.
 */
/** The registration `input` names, if it may be cancelled (the same checks as the cancellation, in the same order). */
function cancellable(data: StoreData, input: { session?: string; member?: string }, reason: string | null): { session: Session; member: Member; registration: Registration } {
  const session = requireSession(data, input.session!);
  // A seat an erased person still holds may be freed: cancelling adds nothing to their record.
  const member = resolveMemberOrErased(data, input.member!);
  const registration = activeRegistration(data, session, member);
  if (!registration) throw new UsageError('notRegistered', { name: fullName(member), session: session.id });
  if (registration.attendance !== null && reason === null) {
    throw new RuleError('cancelAttended', { name: fullName(member), session: session.id, attendance: registration.attendance });
  }
  return { session, member, registration };
}

/**
 * What `cancelRegistration` would cancel, read without writing: the command names it before asking
 * for confirmation. Throws the same refusals, in the same order.
 */
export async function checkCancellation(
  deps: Deps,
  input: { session?: string; member?: string; force?: boolean; reason?: string },
): Promise<{ session: Session; member: Member; registration: Registration }> {
  if (!input.session) throw new UsageError('missingOption', { option: '--session' });
  if (!input.member) throw new UsageError('missingOption', { option: '--member' });
  const reason = overrideReason(input);
  return cancellable(await deps.store.read(), input, reason);
}

export async function cancelRegistration(deps: Deps, input: { session?: string; member?: string; force?: boolean; reason?: string; notify?: boolean }): Promise<CancelOutcome> {
  if (!input.session) throw new UsageError('missingOption', { option: '--session' });
  if (!input.member) throw new UsageError('missingOption', { option: '--member' });
  const reason = overrideReason(input);
  return deps.store.update((data) => {
    const now = deps.clock();
    const { session, member, registration } = cancellable(data, input, reason);
    const was = registration.status as 'confirmed' | 'waitlisted';
    const forcedReason = registration.attendance !== null ? reason : null;
    const promoted = cancelAndPromote(data, session, registration, now, deps.user, reason);
    const promotedMember = promoted ? (data.members.find((m) => m.id === promoted.memberId) ?? null) : null;
    if (input.notify !== false) notifyCancellation(data, registration, promoted ? [promoted] : [], mailOptions(deps));
    return {
      registration,
      session,
      member,
      was,
      promoted: promoted && promotedMember ? { registration: promoted, member: promotedMember } : null,
      seatFreedAfterStart: was === 'confirmed' && hasStarted(session, now),
      waiting: waitingList(data, session.id).length,
      forcedReason,
    };
  });
}

export interface PromoteOutcome {
  registration: Registration;
  session: Session;
  member: Member;
  /** Its place on the waiting list before the promotion (1 = first). */
  position: number;
  /** R1 overridden with --force --reason (no free seat). */
  overCapacity: string | null;
}

/**
 * `caprural promote`: confirms the first on the waiting list (or the person named), when a seat is
 * free; the explicit way to fill a seat freed after the session started (R6). Without a free seat
 * it is refused (R1, exit 1) unless `force` with a `reason`. Logged as `registration.promote`.
 */
export async function promoteRegistration(deps: Deps, input: { session?: string; member?: string; force?: boolean; reason?: string; notify?: boolean }): Promise<PromoteOutcome> {
  if (!input.session) throw new UsageError('missingOption', { option: '--session' });
  const reason = overrideReason(input);
  return deps.store.update((data) => {
    const now = deps.clock();
    const session = requireSession(data, input.session!);
    const waiting = waitingList(data, session.id);
    let registration: Registration | undefined;
    let member: Member;
    if (input.member) {
      member = resolveMember(data, input.member);
      registration = waiting.find((r) => r.memberId === member.id);
      if (!registration) {
        const other = activeRegistration(data, session, member);
        throw new UsageError('promoteNotWaitlisted', { name: fullName(member), session: session.id, status: other?.status ?? 'not registered' });
      }
    } else {
      // The first who can come: an erased person's registration is never promoted.
      const erased = erasedIds(data);
      registration = waiting.find((r) => !erased.has(r.memberId));
      if (!registration) throw new UsageError('promoteNobodyWaiting', { session: session.id });
      member = data.members.find((m) => m.id === registration!.memberId)!;
    }
    const confirmed = data.registrations.filter((r) => r.sessionId === session.id && r.status === 'confirmed').length;
    const full = session.capacity !== null && confirmed >= session.capacity;
    if (full && reason === null) throw new RuleError('promoteNoSeat', { session: session.id, confirmed, capacity: session.capacity! });
    const position = waiting.indexOf(registration) + 1;
    registration.status = 'confirmed';
    if (full) registration.override = registration.override ? `${registration.override}; ${reason}` : reason;
    appendLog(data, {
      at: now,
      user: deps.user,
      action: 'registration.promote',
      target: registration.id,
      details: { session: session.id, member: member.id, position, explicit: true, ...(full ? { rules: ['R1'], reason } : {}) },
    });
    if (input.notify !== false) notifyPromotions(data, [registration], mailOptions(deps));
    return { registration, session, member, position, overCapacity: full ? reason : null };
  });
}

export interface ImportInput {
  file: string;
  header: readonly string[];
  rows: readonly CsvRecord[];
  columns: Partial<Record<ImportColumn, number>>;
  force?: boolean;
  reason?: string;
  noWaitlist?: boolean;
  dryRun?: boolean;
  /** Queue the participants' messages (imports queue none unless asked: no surprise mass mail). */
  notify?: boolean;
}

/** Registrations in bulk: every row checked, then judged by the same rules, all in one write (or none). */
export async function importRegistrationFile(deps: Deps, input: ImportInput): Promise<ImportSummary & { dryRun: boolean; lookAlikes: LookAlike[] }> {
  const reason = overrideReason(input);
  const options = { file: input.file, header: input.header, force: reason !== null, reason, noWaitlist: Boolean(input.noWaitlist) };
  const { findLookAlikes } = await import('../domain/lookAlike');
  const apply = (data: StoreData) => {
    const summary = applyImport(data, input.rows, input.columns, options, deps.clock(), deps.user);
    if (input.notify && !input.dryRun)
      notifyRegistrations(
        data,
        summary.rows.map((row) => row.registration),
        mailOptions(deps),
      );
    // The people the file creates, checked against everyone (those of the file included).
    const created = summary.rows.filter((r) => r.memberCreated).map((r) => r.member);
    return { ...summary, dryRun: Boolean(input.dryRun), lookAlikes: findLookAlikes(data.members, created) };
  };
  if (input.dryRun) return apply(await deps.store.read());
  return deps.store.update(apply);
}
