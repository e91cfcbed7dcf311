import { escapeForDisplay as shown } from '../escapeForDisplay';
import { addOrganisation, listOrganisations, showOrganisation } from '../app/organisations';
import type { OrganisationInput } from '../domain/organisations';
import { fullName } from '../domain/people';
import type { Context } from './context';
import { euros } from './render';
import { formatTable } from './table';

export async function add(ctx: Context, options: OrganisationInput): Promise<void> {
  let input = options;
  if (ctx.interactive && !input.name) {
    const { askOrganisation } = await import('../prompts/orgPrompts');
    input = await askOrganisation(ctx, input);
  }
  const org = await addOrganisation(ctx.deps, input);
  if (ctx.json) return ctx.printJson(org);
  ctx.out(ctx.t('orgAdded', { id: org.id, name: org.name }));
}

export async function list(ctx: Context): Promise<void> {
  const orgs = await listOrganisations(ctx.deps);
  if (ctx.json) return ctx.printJson(orgs);
  if (orgs.length === 0) return ctx.out(ctx.t('noOrganisations'));
  ctx.out(
    formatTable(
      ctx.t('headOrgs'),
      orgs.map((o) => [o.id, o.name, o.kind, o.territory ?? '', String(o.members), o.cotisationYears.join(', ')]),
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

export async function show(ctx: Context, ref: string): Promise<void> {
  const details = await showOrganisation(ctx.deps, ref);
  if (ctx.json) return ctx.printJson(details);
  const { organisation: o, members, memberships } = details;
  ctx.out(
    [
      `${shown(o.name)} (${shown(o.id)})`,
      `  ${ctx.t('labelKind')}${ctx.t('colon')} ${o.kind}`,
      `  ${ctx.t('labelTerritory')}${ctx.t('colon')} ${shown(o.territory ?? '—')}`,
      `  ${ctx.t('labelCotisations')}${ctx.t('colon')} ${memberships.map((m) => `${m.year} (${shown(m.paidOn)}${m.amountCents === null ? '' : `, ${euros(m.amountCents)}`})`).join(', ') || '—'}`,
      `  ${ctx.t('labelPeople')}${ctx.t('colon')}`,
      ...members.map((m) => `    ${shown(fullName(m))} <${shown(m.email)}> (${shown(m.id)})`),
    ].join('\n'),
  );
}
