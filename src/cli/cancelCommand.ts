import { cancelRegistration, checkCancellation } from '../app/registrations';
import { fullName, resolveMemberOrErased } from '../domain/people';
import { UsageError } from '../errors';
import { personRef, sessionArgument } from './arguments';
import { confirmed } from './confirm';
import type { Context } from './context';

/** No --session (and nobody to ask): which sessions the person is registered for, and the command to give. */
async function sessionMissing(ctx: Context, ref: string): Promise<UsageError> {
  const data = await ctx.deps.store.read();
  const member = resolveMemberOrErased(data, ref);
  const sessions = [...new Set(data.registrations.filter((r) => r.memberId === member.id && r.status !== 'cancelled').map((r) => r.sessionId))];
  if (sessions.length === 0) return new UsageError('cancelRegisteredNowhere', { name: fullName(member) });
  return new UsageError('cancelNeedsSession', { name: fullName(member), id: member.id, count: sessions.length, session: sessions[0]!, sessions: sessions.join(', ') });
}

/**
 * `caprural cancel --session ID --member REF`: at a terminal, the session and the person left out are
 * chosen (a session with registrations, one of its registrants); then it asks first (default No), naming who and
 * which session; without one, needs --yes (exit 2 otherwise, nothing changed). A wrong session, person
 * or registration is refused before anything is asked.
 */
export async function cancelCommand(ctx: Context, flags: { session?: string; member?: string; force?: boolean; reason?: string; notify?: boolean; yes?: boolean }): Promise<void> {
  const { yes, ...options } = flags;
  if (ctx.interactive && (!options.session || !options.member)) {
    // At a terminal: the session among those with someone registered, then the person among its registrants.
    const data = await ctx.deps.store.read();
    const active = data.registrations.filter((r) => r.status !== 'cancelled');
    options.session = await sessionArgument(ctx, options.session, '--session', (s) => active.some((r) => r.sessionId === s.id));
    const registered = new Set(active.filter((r) => r.sessionId === options.session!.trim()).map((r) => r.memberId));
    if (!options.member && registered.size > 0) {
      const { askWhichPerson } = await import('../prompts/choicePrompts');
      // An erased person's registration is offered too: cancelling it frees the seat it holds.
      options.member = await askWhichPerson(ctx, { members: data.members.filter((m) => registered.has(m.id)), organisations: data.organisations }, true);
    }
  }
  options.member = await personRef(ctx, options.member);
  if (!options.session && options.member) throw await sessionMissing(ctx, options.member);
  if (!yes) {
    const { session, member } = await checkCancellation(ctx.deps, options);
    const question = ctx.t('confirmCancelRegistration', { name: fullName(member), session: session.id });
    if (!(await confirmed(ctx, yes, 'cancel', question, new UsageError('confirmNeedsYes', { command: 'cancel' })))) return;
  }
  const result = await cancelRegistration(ctx.deps, options);
  if (result.forcedReason !== null) ctx.note(ctx.t('cancelForced', { reason: result.forcedReason }));
  if (ctx.json) {
    return ctx.printJson({
      ...result.registration,
      was: result.was,
      promoted: result.promoted ? { ...result.promoted.registration, name: fullName(result.promoted.member) } : null,
      seatFreedAfterStart: result.seatFreedAfterStart,
    });
  }
  ctx.ok(ctx.t('cancelledRegistration', { name: fullName(result.member), session: result.session.id, was: result.was }));
  const lines: string[] = [];
  if (result.promoted) lines.push(ctx.t('promoted', { name: fullName(result.promoted.member), id: result.promoted.registration.id }));
  else if (result.seatFreedAfterStart) {
    lines.push(result.waiting > 0 ? ctx.t('seatFreedStarted', { session: result.session.id, waiting: result.waiting }) : ctx.t('seatFreedStartedEmpty'));
  } else if (result.was === 'confirmed' && result.session.capacity !== null) lines.push(ctx.t('nobodyToPromote'));
  if (lines.length > 0) ctx.out(lines.join('\n'));
}
