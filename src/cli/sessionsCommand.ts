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
  // At a terminal, a fill bar beside the seats (5 parts: it fits beside whole dates at 120 columns);
  // piped output stays the plain columns scripts read.
  const bars = Boolean(ctx.io.stdoutIsTTY);
  await ctx.page(
    formatTable(
      ctx.t('headSessions'),
      rows.map((s) => [
        s.id,
        ctx.width === undefined && s.title.length > 48 ? `${s.title.slice(0, 47)}…` : s.title,
        sessionDate(ctx, s),
        bars && s.capacity !== null ? `${s.confirmed}/${s.capacity} ${fillBar(s.confirmed, s.capacity, 5)}` : `${s.confirmed}/${s.capacity ?? '–'}`,
        String(s.waitlisted),
        deadline(ctx, s),
        s.open ? `${ctx.t(`status_${s.status}`)} (${ctx.t('open')})` : ctx.t(`status_${s.status}`),
      ]),
      {
        width: ctx.width,
        // The id is typed in other commands: never shortened. The title keeps what tells sessions apart.
        columns: [
          undefined,
          // The title gives up width first, keeping what tells sessions apart (the part after the
          // shared "Coopérer dans LEADER : "); the day and hours, the deadline and the fill bar are
          // what the organiser looks at daily, so they stay whole as long as the title can shrink;
          // on a narrow terminal a title too short to read is left out, after the waiting list and the deadline.
          { shrink: 4, min: (ctx.width ?? 0) >= 100 ? 18 : 22, cut: 'title', drop: 0.5 },
          { shrink: 2, min: 10, cut: 'words' },
          { shrink: 3, min: 5, cut: 'words' },
          { shrink: 1, min: 3, drop: 2 },
          { shrink: 2, min: 10, cut: 'words', drop: 1 },
          { shrink: 1, min: 8, cut: 'words' },
        ],
      },
    ),
  );
}
