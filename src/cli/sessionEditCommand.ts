import { editSession } from '../app/sessions';
import { sessionArgument } from './arguments';
import type { Context } from './context';
import { fieldsText } from './words';
import { type SessionFlags, toInput } from './sessionFlags';

export async function sessionEditCommand(ctx: Context, id: string | undefined, options: SessionFlags & { notify?: boolean }): Promise<void> {
  const { notify, ...fields } = options;
  const { session, changed, promoted } = await editSession(ctx.deps, await sessionArgument(ctx, id, 'id'), toInput(fields), { notify });
  if (ctx.json) return ctx.printJson(session);
  ctx.ok(ctx.t('sessionEdited', { id: session.id, fields: fieldsText(ctx, changed) }));
  for (const p of promoted) ctx.out(ctx.t('promoted', p));
}
