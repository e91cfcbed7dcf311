import { listOrganisations } from '../app/organisations';
import type { Context } from './context';
import { tableOrDetails } from './tableOrDetails';
import { orgKindText } from './words';

export async function orgListCommand(ctx: Context): Promise<void> {
  const orgs = await listOrganisations(ctx.deps);
  if (ctx.json) return ctx.printJson(orgs);
  if (orgs.length === 0) return ctx.out(ctx.t('noOrganisations'));
  const rows = orgs.map((o) => [o.id, o.name, orgKindText(ctx, o.kind), o.territory ?? '', String(o.members), o.cotisationYears.join(', ')]);
  // Too wide for the terminal: the id (typed in the next command) stays whole, the name gives up
  // width, and the kind, territory, people and cotisations go on an indented line under each one.
  await ctx.page(tableOrDetails(ctx, ctx.t('headOrgs'), rows, 2, [undefined, { shrink: 1, min: 12 }]));
}
