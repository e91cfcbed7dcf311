import { escapeForDisplay as shown } from '../escapeForDisplay';
import { addSession, cancelSession, editSession, listSessions, showSession } from '../app/sessions';
import { parseYear } from '../domain/dates';
import { formatInstant } from '../time';
import { fullName } from '../domain/people';
import type { SessionInput } from '../domain/sessionFields';
import type { Context } from './context';
import { fillBar } from './fillBar';
import { deadline, sessionDate } from './render';
import { formatTable, wrapText } from './table';

export async function list(ctx: Context, options: { year?: string; open?: boolean }): Promise<void> {
  const year = options.year === undefined ? undefined : parseYear(options.year, '--year');
  const rows = await listSessions(ctx.deps, { year, open: options.open });
  if (ctx.json) return ctx.printJson(rows);
  if (rows.length === 0) return ctx.out(ctx.t('noSessions'));
  // At a terminal, a fill bar beside the seats; piped output stays the plain columns scripts read.
  const bars = Boolean(ctx.io.stdoutIsTTY);
  ctx.out(
    formatTable(
      ctx.t('headSessions'),
      rows.map((s) => [
        s.id,
        ctx.width === undefined && s.title.length > 48 ? `${s.title.slice(0, 47)}…` : s.title,
        sessionDate(ctx, s),
        bars && s.capacity !== null ? `${s.confirmed}/${s.capacity} ${fillBar(s.confirmed, s.capacity)}` : `${s.confirmed}/${s.capacity ?? '–'}`,
        String(s.waitlisted),
        deadline(ctx, s),
        s.open ? `${ctx.t(`status_${s.status}`)} (${ctx.t('open')})` : ctx.t(`status_${s.status}`),
      ]),
      {
        width: ctx.width,
        // The id is typed in other commands: never shortened. The title keeps what tells sessions apart.
        columns: [
          undefined,
          // At a wide terminal the title keeps more than the dates' times; at a narrow one, what tells them apart.
          { shrink: 2, min: (ctx.width ?? 0) >= 100 ? 36 : 24, cut: 'title' },
          { shrink: 3, min: 11 },
          { shrink: 4, min: 5, cut: 'words' },
          { shrink: 1, min: 3, drop: 2 },
          { shrink: 3, min: 11, drop: 1 },
          { shrink: 1, min: 8, cut: 'words' },
        ],
      },
    ),
  );
}

export async function show(ctx: Context, id: string): Promise<void> {
  const details = await showSession(ctx.deps, id);
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
    `  ${ctx.t('labelAudience')}${ctx.t('colon')} ${s.audience.map((r) => ctx.t(`role_${r}`)).join(', ')}`,
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
  ctx.out(lines.map((line) => wrapText(line, ctx.width, 4)).join('\n'));
  ctx.out('');
  if (registrants.length === 0) return ctx.out(ctx.t('noRegistrants'));
  ctx.out(
    formatTable(
      ctx.t('headRegistrants'),
      registrants.map((r, i) => [
        r.position === null ? String(i + 1) : `~${r.position}`,
        r.member ? fullName(r.member) : r.memberId,
        r.member?.email ?? '',
        r.override ? `${ctx.t(`status_${r.status}`)} (${r.override})` : ctx.t(`status_${r.status}`),
        formatInstant(r.receivedAt, s.timeZone, ctx.lang),
        r.attendance ?? '',
      ]),
      { width: ctx.width, columns: [undefined, { shrink: 1, min: 12 }, { shrink: 2, min: 12 }, { shrink: 3, min: 10 }, { shrink: 2, min: 10, cut: 'words' }, { shrink: 1, min: 4 }] },
    ),
  );
}

type SessionFlags = Omit<SessionInput, 'audience'> & { audience?: string[] };

const toInput = (o: SessionFlags): SessionInput => o;

export async function add(ctx: Context, options: SessionFlags): Promise<void> {
  let input = toInput(options);
  if (ctx.interactive && (!input.course || (!input.year && !input.starts))) {
    const { askSession } = await import('../prompts/sessionPrompts');
    input = await askSession(ctx, input, (await ctx.deps.store.read()).courses);
  }
  const session = await addSession(ctx.deps, input);
  if (ctx.json) return ctx.printJson(session);
  ctx.out(ctx.t('sessionAdded', { id: session.id }));
}

export async function edit(ctx: Context, id: string, options: SessionFlags & { notify?: boolean }): Promise<void> {
  const { notify, ...fields } = options;
  const { session, changed, promoted } = await editSession(ctx.deps, id, toInput(fields), { notify });
  if (ctx.json) return ctx.printJson(session);
  ctx.out(ctx.t('sessionEdited', { id: session.id, fields: changed.join(', ') }));
  for (const p of promoted) ctx.out(ctx.t('promoted', p));
}

export async function cancel(ctx: Context, id: string, options: { notify?: boolean } = {}): Promise<void> {
  const { session, registrations } = await cancelSession(ctx.deps, id, { notify: options.notify });
  if (ctx.json) return ctx.printJson(session);
  ctx.out(ctx.t('sessionCancelled', { id: session.id, registrants: registrations }));
}
