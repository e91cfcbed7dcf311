import { listMembers } from '../app/members';
import { fullName } from '../domain/people';
import type { Context } from './context';
import { formatTable } from './table';
import { rolesShortText } from './words';

export async function memberListCommand(ctx: Context, options: { org?: string }): Promise<void> {
  const { members, erased } = await listMembers(ctx.deps, { organisation: options.org });
  if (ctx.json) return ctx.printJson(members);
  // Erased people's anonymous records are left out (app/members.ts): said, so that no count surprises.
  if (erased > 0) ctx.note(ctx.t('membersErasedNotListed', { count: erased }));
  if (members.length === 0) return ctx.out(ctx.t('noMembers'));
  await ctx.page(
    formatTable(
      ctx.t('headMembers'),
      members.map((m) => [m.id, fullName(m), m.email, m.organisationId ?? '', rolesShortText(ctx, m.roles)]),
      {
        width: ctx.width,
        columns: [
          { shrink: 2, min: 12 },
          { shrink: 1, min: 14 },
          { shrink: 1, min: 16 },
          { shrink: 3, min: 10 },
          { shrink: 1, min: 5 },
        ],
      },
    ),
  );
}
