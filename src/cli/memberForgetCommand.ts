import { forgetPerson, personToForget } from '../app/dataRights';
import { fullName } from '../domain/people';
import { personRef } from './arguments';
import type { Context } from './context';
import { confirmed } from './confirm';

/** member forget <ref>: erases the person's identity from the store, the log and the backups. */
export async function memberForgetCommand(ctx: Context, ref: string, options: { yes?: boolean }): Promise<void> {
  // Who it is (in the store, or in the backups when a restore undid their addition), shown in the
  // question; judged again inside the lock by forgetPerson.
  const member = await personToForget(ctx.deps, await personRef(ctx, ref));
  if (member.anonymisedAt === null) {
    if (!(await confirmed(ctx, options.yes, 'member forget', ctx.t('confirmForget', { name: fullName(member), id: member.id })))) return;
  }
  const result = await forgetPerson(ctx.deps, member);
  if (result.backupsUnreadable.length > 0) ctx.note(ctx.t('forgetBackupsUnreadable', { files: result.backupsUnreadable.join(', ') }));
  if (ctx.json) return ctx.printJson({ id: result.anonymised[0] ?? member.id, ...result });
  if (result.already || result.anonymised.length === 0) return ctx.out(ctx.t('forgetAlready', { id: member.id }));
  ctx.out(ctx.t('forgotten', { id: result.anonymised[0]!, rewritten: result.backupsRewritten }));
}
