import { addSession } from '../app/sessions';
import type { Context } from './context';
import { type SessionFlags, toInput } from './sessionFlags';

export async function sessionAddCommand(ctx: Context, options: SessionFlags): Promise<void> {
  let input = toInput(options);
  if (ctx.interactive && (!input.course || (!input.year && !input.starts))) {
    const { askSession } = await import('../prompts/sessionPrompts');
    const data = await ctx.deps.store.read();
    input = await askSession(ctx, input, data.courses, data.sessions);
  }
  const session = await addSession(ctx.deps, input);
  if (ctx.json) return ctx.printJson(session);
  ctx.ok(ctx.t('sessionAdded', { id: session.id }));
}
