import { listOrganisations } from '../app/organisations';
import type { Context } from './context';
import { formatTable } from './table';
import { orgKindText } from './words';

export async function orgListCommand(ctx: Context): Promise<void> {
  const orgs = await listOrganisations(ctx.deps);
  if (ctx.json) return ctx.printJson(orgs);
  if (orgs.length === 0) return ctx.out(ctx.t('noOrganisations'));
  await ctx.page(
    formatTable(
      ctx.t('headOrgs'),
      orgs.map((o) => [o.id, o.name, orgKindText(ctx, o.kind), o.territory ?? '', String(o.members), o.cotisationYears.join(', ')]),
      {
        width: ctx.width,
        columns: [
          { shrink: 1, min: 12 },
          { shrink: 2, min: 12 },
          { shrink: 3, min: 4 },
          { shrink: 3, min: 8 },
          { shrink: 3, min: 4 },
          { shrink: 2, min: 10, cut: 'words' },
        ],
      },
    ),
  );
}
