import { cancelRegistration } from '../app/registrations';
import { fullName } from '../domain/people';
import type { Context } from './context';

export async function cancelCommand(ctx: Context, options: { session?: string; member?: string; force?: boolean; reason?: string; notify?: boolean }): Promise<void> {
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
  const lines = [ctx.t('cancelledRegistration', { name: fullName(result.member), session: result.session.id, was: result.was })];
  if (result.promoted) lines.push(ctx.t('promoted', { name: fullName(result.promoted.member), id: result.promoted.registration.id }));
  else if (result.seatFreedAfterStart) {
    lines.push(result.waiting > 0 ? ctx.t('seatFreedStarted', { session: result.session.id, waiting: result.waiting }) : ctx.t('seatFreedStartedEmpty'));
  } else if (result.was === 'confirmed' && result.session.capacity !== null) lines.push(ctx.t('nobodyToPromote'));
  ctx.out(lines.join('\n'));
}
