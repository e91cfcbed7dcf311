import { cancelSession } from '../app/sessions';
import type { Context } from './context';

export async function sessionCancelCommand(ctx: Context, id: string, options: { notify?: boolean } = {}): Promise<void> {
  const { session, registrations } = await cancelSession(ctx.deps, id, { notify: options.notify });
  if (ctx.json) return ctx.printJson(session);
  ctx.out(ctx.t('sessionCancelled', { id: session.id, registrants: registrations }));
}
