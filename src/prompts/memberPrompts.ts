import { requireEmail, requireName, requirePhone, requireUniqueEmail, type MemberInput } from '../domain/members';
import { PeopleIndex } from '../domain/peopleIndex';
import { ROLES } from '../domain/vocabulary';
import type { StoreData } from '../store/index';
import { ask, validateWith, type PromptContext } from './ask';

/**
 * Asks for the fields of a new person that flags did not give; each answer is checked as the flag
 * would be, against the people and organisations of `data`.
 */
export async function askMember(ctx: PromptContext, given: MemberInput, data: Pick<StoreData, 'members' | 'organisations'>): Promise<MemberInput> {
  const index = new PeopleIndex(data);
  const firstName = given.firstName ?? (await ask.text(ctx, ctx.t('askFirstName'), { validate: validateWith(ctx, (v) => requireName(v, '--first')) }));
  const lastName = given.lastName ?? (await ask.text(ctx, ctx.t('askLastName'), { validate: validateWith(ctx, (v) => requireName(v, '--last')) }));
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
        );
  return { firstName, lastName, email, phone, organisation, roles };
}
