import { escapeForDisplay as shown } from '../escapeForDisplay';
import { showOrganisation } from '../app/organisations';
import { fullName } from '../domain/people';
import type { Context } from './context';
import { euros } from './render';
import { dayText, orgKindText } from './words';

export async function orgShowCommand(ctx: Context, ref: string): Promise<void> {
  const details = await showOrganisation(ctx.deps, ref);
  if (ctx.json) return ctx.printJson(details);
  const { organisation: o, members, memberships } = details;
  ctx.out(
    [
      `${shown(o.name)} (${shown(o.id)})`,
      `  ${ctx.t('labelKind')}${ctx.t('colon')} ${orgKindText(ctx, o.kind)}`,
      `  ${ctx.t('labelTerritory')}${ctx.t('colon')} ${shown(o.territory ?? '—')}`,
      `  ${ctx.t('labelCotisations')}${ctx.t('colon')} ${memberships.map((m) => `${m.year} (${dayText(ctx, m.paidOn)}${m.amountCents === null ? '' : `, ${euros(m.amountCents)}`})`).join(', ') || '—'}`,
      `  ${ctx.t('labelPeople')}${ctx.t('colon')}`,
      ...members.map((m) => `    ${shown(fullName(m))} <${shown(m.email)}> (${shown(m.id)})`),
    ].join('\n'),
  );
}
