import { register, type RegisterInput, type RegistrationOutcome } from '../app/registrations';
import type { Context } from '../cli/context';
import { findingText, outcomeLine } from '../cli/registerCommands';
import { deadline } from '../cli/render';
import { lookAlikeLines } from '../cli/lookAlikeLines';
import { renderError } from '../cli/renderError';
import { describeMember, fullName } from '../domain/people';
import { countBySession, isOpen, sortSessions } from '../domain/sessions';
import { PersonMatcher } from '../domain/personMatch';
import { CapruralError, RuleError, UsageError } from '../errors';
import type { Member } from '../store/index';
import { ask, validateWith } from './ask';
import { askMember, namesakes, showNamesakes } from './memberPrompts';
import { addMember } from '../app/members';
import { requireName } from '../domain/members';

const NEW_PERSON = '\u0000new';

/** The people what was typed finds (the one matcher of every command), best match first. */
function searchPeople(matcher: PersonMatcher, term: string | undefined): Member[] {
  return matcher.search(term).slice(0, 30).map((h) => h.member);
}

function summary(ctx: Context, o: RegistrationOutcome): string {
  const lines = [ctx.t('summaryTitle', { name: fullName(o.member), session: o.session.id })];
  if (o.memberCreated) lines.push(ctx.t('summaryNewPerson', { email: o.member.email }));
  lines.push(ctx.t('summaryChecksPassed'));
  if (o.overridden.length > 0) lines.push(...o.overridden.map((f) => `  ! ${findingText(ctx, f)}`));
  lines.push(...[...o.warnings, ...o.notices].map((f) => `  ! ${findingText(ctx, f)}`));
  lines.push(`  ${outcomeLine(ctx, o)}`);
  return lines.join('\n');
}

/**
 * A registration refused for a person typed in at this prompt: the person is recorded all the same
 * (their details are not lost, and the fix the refusal gives, e.g. `membership pay <id>`, works),
 * and the organiser is told so. Returns the refusal, to be thrown.
 */
async function keepNewPerson(ctx: Context, input: RegisterInput, refusal: RuleError): Promise<RuleError> {
  if (!input.newMember) return refusal;
  const { member, lookAlikes } = await addMember(ctx.deps, input.newMember);
  for (const line of lookAlikeLines(ctx, lookAlikes)) ctx.warn(line);
  ctx.note(ctx.t('personKeptAfterRefusal', { name: fullName(member), id: member.id, session: input.session ?? '' }));
  return refusal;
}

/**
 * Asks for what flags left out: a session among the open ones (seats left and deadline shown),
 * then a person (search by name or e-mail, or a new one asked like `member add`), then shows the
 * checks the rules make (a dry run of the same use case) and asks for confirmation.
 * Returns the input for the real registration, or null when the organiser declines.
 */
export async function askRegistration(ctx: Context, given: RegisterInput): Promise<RegisterInput | null> {
  const data = await ctx.deps.store.read();
  const now = ctx.deps.clock();
  let session = given.session;
  if (!session) {
    const counts = countBySession(data.registrations);
    const open = sortSessions(data.sessions).filter((s) => isOpen(s, now));
    if (open.length === 0) throw new UsageError('noOpenSession', {});
    session = await ask.select<string>(
      ctx,
      ctx.t('askSessionToRegister'),
      open.map((s) => ({
        name: ctx.t('sessionChoice', {
          title: s.title,
          id: s.id,
          left: s.capacity === null ? ctx.t('seatsUnlimited') : ctx.t('seatsLeft', { left: Math.max(0, s.capacity - (counts.get(s.id)?.confirmed ?? 0)) }),
          closes: deadline(ctx, s),
        }),
        value: s.id,
      })),
    );
  }
  let input: RegisterInput = { ...given, session };
  if (!given.member) {
    const organisations = new Map(data.organisations.map((o) => [o.id, o]));
    const matcher = new PersonMatcher(data.members);
    // The best existing match comes first (highlighted, Enter takes it); "create" comes last
    // once something is typed, first while nothing is.
    const choice = await ask.search<string>(ctx, ctx.t('askPerson'), (term) => {
      const create = { name: ctx.t('newPersonChoice'), value: NEW_PERSON };
      const people = searchPeople(matcher, term).map((m) => ({ name: describeMember(m, organisations), value: m.id }));
      return term && term.trim() !== '' ? [...people, create] : [create, ...people];
    });
    if (choice === NEW_PERSON) {
      // The name first: if someone already has it, they are shown and offered (highlighted) before a namesake is created.
      const firstName = await ask.text(ctx, ctx.t('askFirstName'), { validate: validateWith(ctx, (v) => requireName(v, '--first')) });
      const lastName = await ask.text(ctx, ctx.t('askLastName'), { validate: validateWith(ctx, (v) => requireName(v, '--last')) });
      const same = namesakes(data.members, firstName, lastName);
      let existing: string | null = null;
      if (same.length > 0) {
        const name = `${firstName} ${lastName}`.trim();
        showNamesakes(ctx, data, name, same);
        const pick = await ask.select<string>(ctx, ctx.t('askNamesake', { name }), [
          ...same.map((m) => ({ name: describeMember(m, organisations), value: m.id })),
          { name: ctx.t('createNamesake', { name }), value: NEW_PERSON },
        ]);
        if (pick !== NEW_PERSON) existing = pick;
      }
      if (existing) input = { ...input, member: existing };
      else input = { ...input, member: undefined, newMember: (await askMember(ctx, { firstName, lastName }, { namesakesChecked: true }))! };
    } else input = { ...input, member: choice };
  }

  let outcome: RegistrationOutcome;
  try {
    outcome = await register(ctx.deps, { ...input, dryRun: true });
  } catch (error) {
    // Refused: show why; when every refusal may be overridden (R8), offer to do so with a reason.
    if (!(error instanceof RuleError)) throw error;
    if (input.force || error.details.some((d) => d instanceof CapruralError && d.key === 'ruleStatus')) throw await keepNewPerson(ctx, input, error);
    ctx.note(renderError(error, ctx.t));
    if (!(await ask.confirm(ctx, ctx.t('askOverride'), false))) throw await keepNewPerson(ctx, input, error);
    const reason = await ask.text(ctx, ctx.t('askReason'), { validate: (v) => (v.trim() ? true : ctx.t('forceNeedsReason')) });
    input = { ...input, force: true, reason };
    outcome = await register(ctx.deps, { ...input, dryRun: true });
  }
  ctx.note(summary(ctx, outcome));
  if (given.dryRun) return input;
  return (await ask.confirm(ctx, ctx.t('confirmRegistration'))) ? input : null;
}
