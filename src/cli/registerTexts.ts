import type { RegistrationOutcome } from '../app/registrations';
import { fullName } from '../domain/people';
import type { ImportedRow } from '../domain/registrationImport';
import type { Finding } from '../domain/registrationRules';
import type { Context } from './context';

// What `register` says about a registration: a rule's verdict, the outcome line, the interactive
// summary and the `--json` shape. Used by the command (flags, import, interactive flow).

/** A rule's verdict in the user's language. */
export const findingText = (ctx: Context, f: Finding): string => ctx.t(f.key, f.params as never);
const findingJson = (ctx: Context, f: Finding) => ({ rule: f.rule, message: findingText(ctx, f) });

/** A registration made (by register or by one import row) as `--json` prints it. */
export function madeJson(ctx: Context, o: Omit<ImportedRow, 'line'>) {
  return {
    ...o.registration,
    position: o.position,
    memberCreated: o.memberCreated,
    overridden: o.overridden.map((f) => f.rule),
    warnings: o.warnings.map((f) => findingJson(ctx, f)),
    notices: o.notices.map((f) => findingJson(ctx, f)),
  };
}

/** The registration as `register --json` prints it. */
export function registrationJson(ctx: Context, o: RegistrationOutcome) {
  return { ...madeJson(ctx, o), dryRun: o.dryRun };
}

/** The one line saying where the registration went (or would go). */
export function outcomeLine(ctx: Context, o: RegistrationOutcome): string {
  const name = fullName(o.member);
  const session = o.session.id;
  if (o.dryRun) {
    return o.registration.status === 'confirmed' ? ctx.t('wouldRegisterConfirmed', { name, session }) : ctx.t('wouldRegisterWaitlisted', { name, session, position: o.position ?? 0 });
  }
  return o.registration.status === 'confirmed'
    ? ctx.t('registeredConfirmed', { name, session, id: o.registration.id })
    : ctx.t('registeredWaitlisted', { name, session, id: o.registration.id, position: o.position ?? 0 });
}

/** What the interactive flow shows before asking for confirmation: the checks made by the dry run. */
export function registrationSummary(ctx: Context, o: RegistrationOutcome): string {
  const lines = [ctx.t('summaryTitle', { name: fullName(o.member), session: o.session.id })];
  if (o.memberCreated) lines.push(ctx.t('summaryNewPerson', { email: o.member.email }));
  lines.push(ctx.t('summaryChecksPassed'));
  if (o.overridden.length > 0) lines.push(...o.overridden.map((f) => `  ! ${findingText(ctx, f)}`));
  lines.push(...[...o.warnings, ...o.notices].map((f) => `  ! ${findingText(ctx, f)}`));
  lines.push(`  ${outcomeLine(ctx, o)}`);
  return lines.join('\n');
}
