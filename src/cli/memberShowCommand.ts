import { escapeForDisplay as shown } from '../escapeForDisplay';
import { showMember } from '../app/members';
import { fullName } from '../domain/people';
import { personArgument } from './arguments';
import type { Context } from './context';
import { attendanceText, registrationStatusText, rolesText } from './words';

export async function memberShowCommand(ctx: Context, ref: string | undefined): Promise<void> {
  const details = await showMember(ctx.deps, await personArgument(ctx, ref, 'ref'));
  if (ctx.json) return ctx.printJson(details);
  const { member: m, organisation, cotisationYears, registrations } = details;
  ctx.out(
    [
      `${shown(fullName(m))} (${shown(m.id)})`,
      `  ${ctx.t('labelEmail')}${ctx.t('colon')} ${shown(m.email)}`,
      `  ${ctx.t('labelPhone')}${ctx.t('colon')} ${shown(m.phone ?? '—')}`,
      `  ${ctx.t('labelOrganisation')}${ctx.t('colon')} ${organisation ? `${shown(organisation.name)} (${shown(organisation.id)})` : '—'}`,
      `  ${ctx.t('labelRoles')}${ctx.t('colon')} ${rolesText(ctx, m.roles) || '—'}`,
      `  ${ctx.t('labelCotisations')}${ctx.t('colon')} ${cotisationYears.join(', ') || '—'}`,
      `  ${ctx.t('labelRegistrations')}${ctx.t('colon')} ${registrations.map((r) => `${shown(r.sessionId)} (${registrationStatusText(ctx, r.status)}${r.attendance ? `, ${attendanceText(ctx, r.attendance)}` : ''})`).join(', ') || '—'}`,
    ].join('\n'),
  );
}
