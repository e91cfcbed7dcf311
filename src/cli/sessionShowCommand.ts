import { escapeForDisplay as shown } from '../escapeForDisplay';
import { showSession } from '../app/sessions';
import { formatInstant } from '../time';
import { fullName } from '../domain/people';
import { sessionArgument } from './arguments';
import type { Context } from './context';
import { deadline, sessionDate } from './render';
import { formatTable, wrapText } from './table';
import { attendanceText, overrideText, registrationStatusText, rolesText } from './words';

export async function sessionShowCommand(ctx: Context, id: string | undefined): Promise<void> {
  const details = await showSession(ctx.deps, await sessionArgument(ctx, id, 'id'));
  if (ctx.json) return ctx.printJson(details);
  const { session: s, registrants } = details;
  const lines = [
    `${shown(s.title)} (${shown(s.id)})`,
    `  ${ctx.t('labelDate')}${ctx.t('colon')} ${sessionDate(ctx, s)} (${s.timeZone})`,
    `  ${ctx.t('labelFormat')}${ctx.t('colon')} ${ctx.t(`format_${s.format}`)}`,
    ...(s.link ? [`  ${ctx.t('labelLink')}${ctx.t('colon')} ${s.link}`] : []),
    ...(s.place ? [`  ${ctx.t('labelPlace')}${ctx.t('colon')} ${s.place}`] : []),
    `  ${ctx.t('labelSeats')}${ctx.t('colon')} ${ctx.t('seatsOf', { confirmed: s.confirmed, capacity: s.capacity === null ? ctx.t('noLimit') : String(s.capacity), waitlisted: s.waitlisted })}`,
    `  ${ctx.t('labelDeadline')}${ctx.t('colon')} ${deadline(ctx, s)}`,
    `  ${ctx.t('labelCotisation')}${ctx.t('colon')} ${s.membershipYear}`,
    `  ${ctx.t('labelAudience')}${ctx.t('colon')} ${rolesText(ctx, s.audience)}`,
    `  ${ctx.t('labelStatus')}${ctx.t('colon')} ${ctx.t(`status_${s.status}`)}`,
  ];
  if (s.speakers.length > 0) {
    lines.push(`  ${ctx.t('labelSpeakers')}${ctx.t('colon')}`, ...s.speakers.map((p) => `    ${shown(p.name)}${p.confirmed ? '' : ` ${ctx.t('toConfirm')}`} — ${shown(p.role)}`));
  }
  if (s.contact)
    lines.push(
      `  ${ctx.t('labelContact')}${ctx.t('colon')} ${[s.contact.name, ...s.contact.phones, s.contact.email]
        .filter(Boolean)
        .map((x) => shown(x!))
        .join(', ')}`,
    );
  const head = `${lines.map((line) => wrapText(line, ctx.width, 4)).join('\n')}\n\n`;
  if (registrants.length === 0) return ctx.page(`${head}${ctx.t('noRegistrants')}`);
  await ctx.page(
    head +
      formatTable(
        ctx.t('headRegistrants'),
        registrants.map((r, i) => [
          r.position === null ? String(i + 1) : `~${r.position}`,
          r.member ? fullName(r.member) : r.memberId,
          r.member?.email ?? '',
          r.override ? `${registrationStatusText(ctx, r.status)} (${overrideText(ctx, r.override)})` : registrationStatusText(ctx, r.status),
          formatInstant(r.receivedAt, s.timeZone, ctx.lang),
          r.attendance ? attendanceText(ctx, r.attendance) : '',
        ]),
        // A status gives up its override's reason first ("confirmée (…)"), the day a request was
        // received its time, then the e-mail its end; the name (what the next command is given) last.
        { width: ctx.width, columns: [undefined, { shrink: 1, min: 14 }, { shrink: 2, min: 16 }, { shrink: 4, min: 10, cut: 'words' }, { shrink: 3, min: 10, cut: 'words' }, { shrink: 1, min: 4 }] },
      ),
  );
}
