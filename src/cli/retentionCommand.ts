import { applyRetention, retentionCandidates } from '../app/dataRights';
import { parseYear } from '../domain/dates';
import { fullName } from '../domain/people';
import type { Context } from './context';
import { confirmed } from './confirm';
import { formatTable } from './table';

/** retention [--before YEAR] [--dry-run] [--yes]: people without activity since YEAR, anonymised once confirmed. */
export async function retentionCommand(ctx: Context, options: { before?: string; dryRun?: boolean; yes?: boolean }): Promise<void> {
  const before = options.before === undefined ? undefined : parseYear(options.before, '--before');
  const found = await retentionCandidates(ctx.deps, before);
  const rows = found.people.map(({ member, lastActivity }) => ({ id: member.id, name: fullName(member), email: member.email, lastActivity }));
  const show = () => {
    if (rows.length > 0)
      ctx[ctx.json ? 'note' : 'out'](
        formatTable(
          ctx.t('retentionHead'),
          rows.map((r) => [r.id, r.name, r.email, String(r.lastActivity)]),
          {
            width: ctx.width,
            // The id (what `member export` or `member forget` is given) is never cut; the name gives up width first.
            columns: [undefined, { shrink: 3, min: 14 }, { shrink: 2, min: 16 }],
          },
        ),
      );
  };
  if (rows.length === 0) {
    if (ctx.json) return ctx.printJson({ before: found.before, dryRun: Boolean(options.dryRun), people: [], anonymised: [] });
    return ctx.out(ctx.t('retentionNone', { before: found.before }));
  }
  if (options.dryRun) {
    if (ctx.json) return ctx.printJson({ before: found.before, dryRun: true, people: rows, anonymised: [] });
    show();
    return ctx.note(ctx.t('retentionWould', { count: rows.length, before: found.before }));
  }
  show();
  if (!(await confirmed(ctx, options.yes, 'retention', ctx.t('confirmRetention', { count: rows.length, before: found.before })))) return;
  const result = await applyRetention(ctx.deps, found.before);
  if (result.backupsUnreadable.length > 0) ctx.note(ctx.t('forgetBackupsUnreadable', { files: result.backupsUnreadable.join(', ') }));
  if (ctx.json) return ctx.printJson({ before: found.before, dryRun: false, people: rows, ...result });
  ctx.out(ctx.t('retentionDone', { count: result.anonymised.length, rewritten: result.backupsRewritten }));
}
