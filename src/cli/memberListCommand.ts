import { listMembers } from '../app/members';
import { fullName } from '../domain/people';
import type { Context } from './context';
import { tableOrDetails } from './tableOrDetails';
import { rolesShortText } from './words';

export async function memberListCommand(ctx: Context, options: { org?: string }): Promise<void> {
  const { members, erased } = await listMembers(ctx.deps, { organisation: options.org });
  if (ctx.json) return ctx.printJson(members);
  // Erased people's anonymous records are left out (app/members.ts): said, so that no count surprises.
  if (erased > 0) ctx.note(ctx.t('membersErasedNotListed', { count: erased }));
  if (members.length === 0) return ctx.out(ctx.t('noMembers'));
  const rows = members.map((m) => [m.id, fullName(m), m.email, m.organisationId ?? '', rolesShortText(ctx, m.roles)]);
  // Too wide for the terminal: the person's id (typed in the next command) and e-mail stay whole,
  // the name gives up width, and the structure and roles go on an indented line under each person.
  await ctx.page(tableOrDetails(ctx, ctx.t('headMembers'), rows, 3, [undefined, { shrink: 2, min: 12 }, { shrink: 1, min: 16 }]));
}
