import { addMember } from '../app/members';
import { fullName } from '../domain/people';
import type { Context } from './context';
import { lookAlikeLines } from './lookAlikeLines';
import { type MemberFlags, toInput } from './memberFlags';
import { namesakeOthers } from './namesakeLines';

export async function memberAddCommand(ctx: Context, options: MemberFlags): Promise<void> {
  let input = toInput(options);
  if (ctx.interactive && (!input.firstName || !input.lastName || !input.email)) {
    const { askMember } = await import('../prompts/memberPrompts');
    const asked = await askMember(ctx, input, await ctx.deps.store.read());
    if (!asked) return ctx.note(ctx.t('notRecorded'));
    input = asked;
  } else if (ctx.interactive && input.firstName && input.lastName) {
    // All flags given at a terminal: a namesake is still shown and confirmed, as when typed.
    const { confirmNoNamesake } = await import('../prompts/memberPrompts');
    if (!(await confirmNoNamesake(ctx, await ctx.deps.store.read(), input.firstName, input.lastName))) return ctx.note(ctx.t('notRecorded'));
  }
  const { member, lookAlikes, namesakes } = await addMember(ctx.deps, input);
  // Without a terminal nobody was asked about a namesake: it is said (as member import says it).
  if (!ctx.interactive && namesakes.length > 0) {
    ctx.warn(ctx.t('addNamesake', { name: fullName(member), id: member.id, email: member.email, others: namesakeOthers(ctx, namesakes) }));
  }
  for (const line of lookAlikeLines(ctx, lookAlikes)) ctx.warn(line);
  if (ctx.json) return ctx.printJson(member);
  ctx.ok(ctx.t('memberAdded', { id: member.id, name: fullName(member) }));
}
