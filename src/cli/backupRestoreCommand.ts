import { basename } from 'node:path';
import { resolveBackup, restoreBackup } from '../app/backups';
import type { Context } from './context';
import { confirmed } from './confirm';

export async function backupRestoreCommand(ctx: Context, which: string, options: { yes?: boolean }): Promise<void> {
  // Resolved once before asking, so that a wrong name fails before the question.
  const source = await resolveBackup(ctx.deps, which);
  if (!(await confirmed(ctx, options.yes, 'backup restore', ctx.t('confirmRestore', { from: basename(source), path: ctx.deps.store.path })))) return;
  const result = await restoreBackup(ctx.deps, source);
  if (ctx.json) return ctx.printJson(result);
  if (result.erasuresReapplied.length > 0) ctx.note(ctx.t('restoreErasuresReapplied', { count: result.erasuresReapplied.length, ids: result.erasuresReapplied.join(', ') }));
  ctx.out(
    result.keptAs
      ? ctx.t('backupRestored', { from: result.restored, kept: result.keptAs, members: result.members })
      : ctx.t('backupRestoredNoPrevious', { from: result.restored, members: result.members }),
  );
}
