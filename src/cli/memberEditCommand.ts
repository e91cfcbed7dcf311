import { editMember } from '../app/members';
import { personRef } from './arguments';
import type { Context } from './context';
import { fieldsText } from './words';
import { lookAlikeLines } from './lookAlikeLines';
import { type MemberFlags, toInput } from './memberFlags';

export async function memberEditCommand(ctx: Context, ref: string, options: MemberFlags): Promise<void> {
  const { member, changed, lookAlikes } = await editMember(ctx.deps, await personRef(ctx, ref), toInput(options));
  for (const line of lookAlikeLines(ctx, lookAlikes, { edited: true })) ctx.warn(line);
  if (ctx.json) return ctx.printJson(member);
  ctx.ok(ctx.t('memberEdited', { id: member.id, fields: fieldsText(ctx, changed) }));
}
