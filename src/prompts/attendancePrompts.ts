import type { Registrant } from '../app/attendance';
import { fullName } from '../domain/people';
import type { Session } from '../store/index';
import { ask, type PromptContext } from './ask';

/**
 * The attendance checklist: the session's confirmed registrants, none ticked; then a summary and a
 * confirmation. Returns the ids of the people ticked present, or null when the organiser declines.
 */
export async function askAttendance(ctx: PromptContext, session: Session, registrants: readonly Registrant[]): Promise<Set<string> | null> {
  const ticked = await ask.checkbox<string>(
    ctx,
    ctx.t('attChecklist', { session: session.id }),
    registrants.map(({ member }) => ({ name: `${fullName(member)} <${member.email}>`, value: member.id, checked: false })),
  );
  const chosen = new Set(ticked);
  const names = (present: boolean) =>
    registrants
      .filter(({ member }) => chosen.has(member.id) === present)
      .map(({ member }) => fullName(member))
      .join(', ') || '—';
  ctx.note(ctx.t('attSummary', { present: names(true), absent: names(false) }));
  return (await ask.confirm(ctx, ctx.t('attConfirm'))) ? chosen : null;
}
