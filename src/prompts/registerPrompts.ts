import { requireName, type MemberInput } from '../domain/members';
import { describeMember } from '../domain/people';
import { PersonMatcher } from '../domain/personMatch';
import type { Member, Organisation, StoreData } from '../store/index';
import { ask, validateWith, type PromptContext } from './ask';
import { askMember, namesakes, showNamesakes } from './memberPrompts';

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

/**
 * The new person chosen at `askRegistrant`: the name first; if someone already has it, they are
 * shown and offered (highlighted) before a namesake is created. Returns the existing person's id,
 * or the new person's fields.
 */
export async function askNewRegistrant(ctx: PromptContext, data: Pick<StoreData, 'members' | 'organisations'>): Promise<{ member: string } | { newMember: MemberInput }> {
  const organisations = new Map(data.organisations.map((o) => [o.id, o]));
  const firstName = await ask.text(ctx, ctx.t('askFirstName'), { validate: validateWith(ctx, (v) => requireName(v, '--first')) });
  const lastName = await ask.text(ctx, ctx.t('askLastName'), { validate: validateWith(ctx, (v) => requireName(v, '--last')) });
  const same = namesakes(data.members, firstName, lastName);
  if (same.length > 0) {
    const name = `${firstName} ${lastName}`.trim();
    showNamesakes(ctx, data, name, same);
    const pick = await ask.select<string>(ctx, ctx.t('askNamesake', { name }), [
      ...same.map((m) => ({ name: describeMember(m, organisations), value: m.id })),
      { name: ctx.t('createNamesake', { name }), value: NEW_PERSON },
    ]);
    if (pick !== NEW_PERSON) return { member: pick };
  }
  return { newMember: (await askMember(ctx, { firstName, lastName }, data, { namesakesChecked: true }))! };
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
