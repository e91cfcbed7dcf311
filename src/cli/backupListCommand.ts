import { listStoreBackups } from '../app/backups';
import type { Context } from './context';
import { fileSize } from './fileSize';
import { formatTable } from './table';
import { officeTime } from './words';

export async function backupListCommand(ctx: Context): Promise<void> {
  const backups = await listStoreBackups(ctx.deps);
  if (ctx.json) {
    return ctx.printJson(backups.map(({ error, mode: _mode, ...b }) => ({ ...b, problem: error ? ctx.t(error.key, error.params as never).split('\n')[0] : null })));
  }
  if (backups.length === 0) return ctx.out(ctx.t('noBackupsYet'));
  await ctx.page(
    formatTable(
      ctx.t('headBackups'),
      backups.map((b) => [
        b.name,
        // A file that could not be read at all has no date: shown as such, never as an error.
        b.replacedAt ? officeTime(ctx, b.replacedAt) : '—',
        fileSize(ctx, b.size),
        String(b.members ?? '—'),
        String(b.registrations ?? '—'),
        b.state === 'valid' ? ctx.t('backupValid') : b.state === 'newer' ? ctx.t('backupNewerState') : b.state === 'unreadable' ? ctx.t('backupUnreadableState') : ctx.t('backupBroken'),
      ]),
      {
        width: ctx.width,
        // The name is what `backup restore` takes: kept whole; the counts go first.
        columns: [undefined, { shrink: 2, min: 10, cut: 'words' }, { shrink: 3, min: 8, drop: 1 }, { shrink: 4, min: 3, drop: 3 }, { shrink: 4, min: 3, drop: 2 }, { shrink: 2, min: 6 }],
      },
    ),
  );
}
