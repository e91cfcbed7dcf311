import { addOrganisation } from '../app/organisations';
import type { OrganisationInput } from '../domain/organisations';
import type { Context } from './context';

export async function orgAddCommand(ctx: Context, options: OrganisationInput): Promise<void> {
  let input = options;
  if (ctx.interactive && !input.name) {
    const { askOrganisation } = await import('../prompts/orgPrompts');
    input = await askOrganisation(ctx, input);
  }
  const org = await addOrganisation(ctx.deps, input);
  if (ctx.json) return ctx.printJson(org);
  ctx.ok(ctx.t('orgAdded', { id: org.id, name: org.name }));
}
