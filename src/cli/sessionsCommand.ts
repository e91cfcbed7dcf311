import { listSessions } from '../app/sessions';
import { parseYear } from '../domain/dates';
import type { Context } from './context';
import { fillBar } from './fillBar';
import { deadline, sessionDate } from './render';
import { formatTable } from './table';

export async function sessionsCommand(ctx: Context, options: { year?: string; open?: boolean }): Promise<void> {
  const year = options.year === undefined ? undefined : parseYear(options.year, '--year');
  const rows = await listSessions(ctx.deps, { year, open: options.open });
  if (ctx.json) return ctx.printJson(rows);
  if (rows.length === 0) return ctx.out(ctx.t('noSessions'));
  // At a terminal, a fill bar beside the seats; piped output stays the plain columns scripts read.
  const bars = Boolean(ctx.io.stdoutIsTTY);
  await ctx.page(
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
