import { requireEmail, requireName, requirePhone, requireUniqueEmail, type MemberInput } from '../domain/members';
import { PeopleIndex } from '../domain/peopleIndex';
import { candidateLines } from '../domain/people';
import { PersonMatcher } from '../domain/personMatch';
import { ROLES } from '../domain/vocabulary';
import type { Member, StoreData } from '../store/index';
import { ask, validateWith, type PromptContext } from './ask';

/** The people who already have this full name (the one matcher), to show before creating a namesake. */
export function namesakes(members: readonly Member[], firstName: string, lastName: string): Member[] {
  return new PersonMatcher(members)
    .search(`${firstName} ${lastName}`)
    .filter((h) => h.kind === 'name')
    .map((h) => h.member);
}

/** Shows the people who already have this name (name, e-mail, organisation, id). */
export function showNamesakes(ctx: PromptContext, data: Pick<StoreData, 'organisations'>, name: string, found: readonly Member[]): void {
  ctx.note([ctx.t('namesakeExists', { name, count: found.length }), ...candidateLines(found, data.organisations).map((l) => `  - ${l}`)].join('\n'));
}

/**
 * When people of this full name exist, shows them and asks whether to create another (default no).
 * True when there is none or the organiser confirms. Used whether the name was typed or given by flags.
 */
export async function confirmNoNamesake(ctx: PromptContext, data: Pick<StoreData, 'members' | 'organisations'>, firstName: string, lastName: string): Promise<boolean> {
  const same = namesakes(data.members, firstName, lastName);
  if (same.length === 0) return true;
  const name = `${firstName} ${lastName}`.trim();
  showNamesakes(ctx, data, name, same);
  return ask.confirm(ctx, ctx.t('confirmNamesake', { name }), false);
}

/**
 * Asks for the fields of a new person that flags did not give; each answer is checked as the flag
 * would be, against the people and organisations of `data`. When someone already has the name
 * typed, shows them and asks to confirm (default no): null when the organiser declines.
 * `namesakesChecked`: the caller already did (register).
 */
export async function askMember(ctx: PromptContext, given: MemberInput, data: Pick<StoreData, 'members' | 'organisations'>, options: { namesakesChecked?: boolean } = {}): Promise<MemberInput | null> {
  const index = new PeopleIndex(data);
  const firstName = given.firstName ?? (await ask.text(ctx, ctx.t('askFirstName'), { validate: validateWith(ctx, (v) => requireName(v, '--first')) }));
  const lastName = given.lastName ?? (await ask.text(ctx, ctx.t('askLastName'), { validate: validateWith(ctx, (v) => requireName(v, '--last')) }));
  if (!options.namesakesChecked && !(await confirmNoNamesake(ctx, data, firstName, lastName))) return null;
  const email =
    given.email ??
    (await ask.text(ctx, ctx.t('askEmail'), {
      validate: validateWith(ctx, (v) => requireUniqueEmail(index, requireEmail(v))),
    }));
  const phone = given.phone ?? ((await ask.text(ctx, ctx.t('askPhone'), { validate: validateWith(ctx, (v) => v.trim() === '' || requirePhone(v)) })) || undefined);
  let organisation = given.organisation;
  if (organisation === undefined && data.organisations.length > 0) {
    organisation =
      (await ask.select<string>(ctx, ctx.t('askOrganisation'), [
        { name: ctx.t('noOrganisationChoice'), value: '' },
        ...[...data.organisations].sort((a, b) => a.name.localeCompare(b.name, 'fr')).map((o) => ({ name: o.name, value: o.id })),
      ])) || undefined;
  }
  const roles =
    given.roles && given.roles.length > 0
      ? given.roles
      : await ask.checkbox<string>(
          ctx,
          ctx.t('askRoles'),
          ROLES.map((r) => ({ name: ctx.t(`role_${r}`), value: r })),
          { atLeastOne: ctx.t('rolesAtLeastOne') },
        );
  return { firstName, lastName, email, phone, organisation, roles };
}
