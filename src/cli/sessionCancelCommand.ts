import { cancelSession } from '../app/sessions';
import { findSession } from '../domain/sessions';
import { UsageError } from '../errors';
import { sessionArgument } from './arguments';
import { confirmed } from './confirm';
import type { Context } from './context';

/**
 * `caprural session cancel [ID]`: the session chosen at a terminal when not given; at a terminal,
 * asks first (default No), saying how many registrations go with it; without one, needs --yes.
 */
export async function sessionCancelCommand(ctx: Context, given: string | undefined, options: { notify?: boolean; yes?: boolean } = {}): Promise<void> {
  const cancellable = (s: { status: string }) => s.status !== 'cancelled' && s.status !== 'held';
  const id = await sessionArgument(ctx, given, 'id', cancellable);
  const data = options.yes ? null : await ctx.deps.store.read();
  const session = data && findSession(data, id);
  // An unknown, held or already cancelled session is refused by the use case, before anything is asked.
  if (data && session && cancellable(session)) {
    const count = data.registrations.filter((r) => r.sessionId === session.id && r.status !== 'cancelled').length;
    const question = ctx.t('confirmCancelSession', { id: session.id, count });
    if (!(await confirmed(ctx, options.yes, 'session cancel', question, new UsageError('confirmNeedsYes', { command: 'session cancel' })))) return;
  }
  const { session: cancelled, registrations } = await cancelSession(ctx.deps, id, { notify: options.notify });
  if (ctx.json) return ctx.printJson(cancelled);
  ctx.ok(ctx.t('sessionCancelled', { id: cancelled.id, registrants: registrations }));
}
