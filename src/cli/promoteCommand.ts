import { promoteRegistration } from '../app/registrations';
import { fullName } from '../domain/people';
import { personRef } from './arguments';
import type { Context } from './context';

/** `caprural promote --session ID [--member REF] [--force --reason TEXT]`: the explicit promotion from the waiting list (R6). */
export async function promoteCommand(ctx: Context, options: { session?: string; member?: string; force?: boolean; reason?: string; notify?: boolean }): Promise<void> {
  const result = await promoteRegistration(ctx.deps, { ...options, member: await personRef(ctx, options.member) });
  if (result.overCapacity !== null) ctx.note(ctx.t('promoteOverCapacity', { reason: result.overCapacity }));
  if (ctx.json) return ctx.printJson({ ...result.registration, name: fullName(result.member), position: result.position, overCapacity: result.overCapacity !== null });
  ctx.out(ctx.t('promotedExplicitly', { name: fullName(result.member), session: result.session.id, id: result.registration.id, position: result.position }));
}
