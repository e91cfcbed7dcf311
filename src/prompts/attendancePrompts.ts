import type { Registrant } from '../app/attendance';
import { byLastName } from '../domain/attendanceSheet';
import { fullName } from '../domain/people';
import type { Session } from '../store/index';
import { ask, type PromptContext } from './ask';

/**
 * The attendance checklist: the session's confirmed registrants sorted by last name (as on the
 * attendance sheet), those recorded present already ticked. Before writing, only the changes are
 * shown; the confirmation defaults to No when someone recorded present would become absent.
 * Returns the ids ticked present; null when the organiser declines.
 */
export async function askAttendance(ctx: PromptContext, session: Session, registrants: readonly Registrant[]): Promise<Set<string> | null> {
  const sorted = [...registrants].sort((a, b) => byLastName(a.member, b.member));
  const ticked = new Set(
    await ask.checkbox<string>(
      ctx,
      ctx.t('attChecklist', { session: session.id }),
      sorted.map(({ member, registration }) => ({ name: `${fullName(member)} <${member.email}>`, value: member.id, checked: registration.attendance === 'present' })),
    ),
  );
  const value = (a: 'present' | 'absent' | null) => ctx.t(a === null ? 'attendance_none' : `attendance_${a}`);
  const changes = sorted
    .map(({ member, registration }) => ({ member, from: registration.attendance, to: ticked.has(member.id) ? ('present' as const) : ('absent' as const) }))
    .filter((c) => c.from !== c.to);
  if (changes.length === 0) return ticked;
  ctx.note([ctx.t('attChangesTitle', { count: changes.length }), ...changes.map((c) => ctx.t('attChangeLine', { name: fullName(c.member), from: value(c.from), to: value(c.to) }))].join('\n'));
  const erasing = changes.some((c) => c.from === 'present');
  return (await ask.confirm(ctx, ctx.t(erasing ? 'attConfirmErasing' : 'attConfirm'), !erasing)) ? ticked : null;
}
