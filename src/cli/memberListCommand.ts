import { listMembers } from '../app/members';
import { escapeForDisplay } from '../escapeForDisplay';
import { fullName } from '../domain/people';
import { displayWidth, wrapWords } from '../i18n/wrap';
import type { Context } from './context';
import { formatTable } from './table';
import { rolesShortText } from './words';

export async function memberListCommand(ctx: Context, options: { org?: string }): Promise<void> {
  const { members, erased } = await listMembers(ctx.deps, { organisation: options.org });
  if (ctx.json) return ctx.printJson(members);
  // Erased people's anonymous records are left out (app/members.ts): said, so that no count surprises.
  if (erased > 0) ctx.note(ctx.t('membersErasedNotListed', { count: erased }));
  if (members.length === 0) return ctx.out(ctx.t('noMembers'));
  const rows = members.map((m) => [m.id, fullName(m), m.email, m.organisationId ?? '', rolesShortText(ctx, m.roles)]);
  const whole = formatTable(ctx.t('headMembers'), rows);
  const width = ctx.width;
  if (width === undefined || whole.split('\n').every((line) => displayWidth(line) <= width)) return ctx.page(whole);
  // Too wide for the terminal: the person's id (typed in the next command) and e-mail stay whole,
  // the name gives up width, and the structure and roles go on an indented line under each person,
  // as `log` does with its details: nothing the organiser would copy is cut.
  const headers = ctx.t('headMembers').split('\t');
  const table = formatTable(
    headers.slice(0, 3).join('\t'),
    rows.map((r) => r.slice(0, 3)),
    { width, columns: [undefined, { shrink: 2, min: 12 }, { shrink: 1, min: 16 }] },
  ).split('\n');
  const lines = [table[0]!];
  rows.forEach((r, i) => {
    lines.push(table[i + 1]!);
    const more = [3, 4].filter((k) => r[k]).map((k) => `${headers[k]}${ctx.t('colon')} ${escapeForDisplay(r[k]!)}`);
    if (more.length > 0)
      lines.push(
        ...wrapWords(more.join(ctx.lang === 'fr' ? ' ; ' : '; '), width - 4)
          .split('\n')
          .map((l) => `    ${l}`),
      );
  });
  return ctx.page(lines.join('\n'));
}
