import { type OrganisationInput } from '../domain/organisations';
import { parseFreeText } from '../domain/text';
import { UsageError } from '../errors';
import { ORG_KINDS } from '../domain/vocabulary';
import { ask, validateWith, type PromptContext } from './ask';

export async function askOrganisation(ctx: PromptContext, given: OrganisationInput): Promise<OrganisationInput> {
  const name =
    given.name ??
    (await ask.text(ctx, ctx.t('askOrgName'), {
      validate: validateWith(ctx, (v) => {
        if (parseFreeText(v, 200) === null) throw new UsageError('invalidOrgName', { value: v });
      }),
    }));
  const kind =
    given.kind ??
    (await ask.select<string>(
      ctx,
      ctx.t('askOrgKind'),
      // The acronyms and "association" read the same in both languages; "other" is translated.
      ORG_KINDS.map((k) => ({ name: k === 'other' ? ctx.t('orgKindOther') : k, value: k })),
    ));
  const territory = given.territory ?? ((await ask.text(ctx, ctx.t('askTerritory'))) || undefined);
  return { name, kind, territory };
}
