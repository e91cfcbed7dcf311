import { describeMember } from '../domain/people';
import { PersonMatcher } from '../domain/personMatch';
import type { Member, Organisation } from '../store/index';
import { ask, type PromptContext } from './ask';

/** What `askRegistrant` returns when the organiser chooses to type in a new person. */
export const NEW_PERSON = '\u0000new';

/** Asks which session, among the open ones the command lists (seats left and deadline in each name). */
export async function askSessionToRegister(ctx: PromptContext, choices: Array<{ name: string; value: string }>): Promise<string> {
  return ask.select<string>(ctx, ctx.t('askSessionToRegister'), choices);
}

/**
 * Asks who registers among `members`, found as every command finds people (the one matcher);
 * returns the person's id, or NEW_PERSON when the organiser chooses to type in a new one.
 */
export async function askRegistrant(ctx: PromptContext, members: readonly Member[], organisations: ReadonlyMap<string, Organisation>): Promise<string> {
  const matcher = new PersonMatcher(members);
  // The best existing match comes first (highlighted, Enter takes it); "create" comes last
  // once something is typed, first while nothing is.
  return ask.search<string>(ctx, ctx.t('askPerson'), (term) => {
    const create = { name: ctx.t('newPersonChoice'), value: NEW_PERSON };
    const people = matcher
      .search(term)
      .slice(0, 30)
      .map(({ member }) => ({ name: describeMember(member, organisations), value: member.id }));
    return term && term.trim() !== '' ? [...people, create] : [create, ...people];
  });
}

/** After a refusal the rules allow to override (R8): the reason to record, or null when the organiser does not override. */
export async function askOverrideReason(ctx: PromptContext): Promise<string | null> {
  if (!(await ask.confirm(ctx, ctx.t('askOverride'), false))) return null;
  return ask.text(ctx, ctx.t('askReason'), { validate: (v) => (v.trim() ? true : ctx.t('forceNeedsReason')) });
}

/** The last question before the registration is written. */
export async function askConfirmRegistration(ctx: PromptContext): Promise<boolean> {
  return ask.confirm(ctx, ctx.t('confirmRegistration'));
}
