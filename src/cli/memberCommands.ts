import { escapeForDisplay as shown } from '../escapeForDisplay';
import { addMember, editMember, listMembers, showMember } from '../app/members';
import type { MemberInput } from '../domain/members';
import { fullName } from '../domain/people';
import type { Context } from './context';
import { lookAlikeLines } from './lookAlikeLines';
import { formatTable } from './table';

interface MemberFlags {
  first?: string;
  last?: string;
  email?: string;
  phone?: string;
  org?: string;
  role?: string[];
}

const toInput = (o: MemberFlags): MemberInput => ({
  firstName: o.first,
  lastName: o.last,
  email: o.email,
  phone: o.phone,
  organisation: o.org,
  roles: o.role,
});

export async function add(ctx: Context, options: MemberFlags): Promise<void> {
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
  const { member, lookAlikes } = await addMember(ctx.deps, input);
  for (const line of lookAlikeLines(ctx, lookAlikes)) ctx.warn(line);
  if (ctx.json) return ctx.printJson(member);
  ctx.out(ctx.t('memberAdded', { id: member.id, name: fullName(member) }));
}

export async function list(ctx: Context, options: { org?: string }): Promise<void> {
  const members = await listMembers(ctx.deps, { organisation: options.org });
  if (ctx.json) return ctx.printJson(members);
  if (members.length === 0) return ctx.out(ctx.t('noMembers'));
  ctx.out(
    formatTable(
      ctx.t('headMembers'),
      members.map((m) => [m.id, fullName(m), m.email, m.organisationId ?? '', m.roles.join(',')]),
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

export async function show(ctx: Context, ref: string): Promise<void> {
  const details = await showMember(ctx.deps, ref);
  if (ctx.json) return ctx.printJson(details);
  const { member: m, organisation, cotisationYears, registrations } = details;
  ctx.out(
    [
      `${shown(fullName(m))} (${shown(m.id)})`,
      `  ${ctx.t('labelEmail')}${ctx.t('colon')} ${shown(m.email)}`,
      `  ${ctx.t('labelPhone')}${ctx.t('colon')} ${shown(m.phone ?? '—')}`,
      `  ${ctx.t('labelOrganisation')}${ctx.t('colon')} ${organisation ? `${shown(organisation.name)} (${shown(organisation.id)})` : '—'}`,
      `  ${ctx.t('labelRoles')}${ctx.t('colon')} ${m.roles.map((r) => ctx.t(`role_${r}`)).join(', ') || '—'}`,
      `  ${ctx.t('labelCotisations')}${ctx.t('colon')} ${cotisationYears.join(', ') || '—'}`,
      `  ${ctx.t('labelRegistrations')}${ctx.t('colon')} ${registrations.map((r) => `${shown(r.sessionId)} (${r.status}${r.attendance ? `, ${r.attendance}` : ''})`).join(', ') || '—'}`,
    ].join('\n'),
  );
}

export async function edit(ctx: Context, ref: string, options: MemberFlags): Promise<void> {
  const { member, changed, lookAlikes } = await editMember(ctx.deps, ref, toInput(options));
  for (const line of lookAlikeLines(ctx, lookAlikes)) ctx.warn(line);
  if (ctx.json) return ctx.printJson(member);
  ctx.out(ctx.t('memberEdited', { id: member.id, fields: changed.join(', ') }));
}
