import { parseYear } from '../domain/dates';
import type { MembershipInput } from '../domain/memberships';
import { fullName } from '../domain/people';
import { PersonMatcher } from '../domain/personMatch';
import { wordsOf } from '../domain/text';
import type { StoreData } from '../store/index';
import { ask, validateWith, type PromptContext } from './ask';

/** Asks who pays (searching `data`'s organisations and people as you type) and for which year (`currentYear` by default). */
export async function askPayment(
  ctx: PromptContext,
  given: MembershipInput,
  data: Pick<StoreData, 'members' | 'organisations'>,
  currentYear: number,
): Promise<MembershipInput> {
  const matcher = new PersonMatcher(data.members);
  const payer =
    given.payer ||
    (await ask.search<string>(ctx, ctx.t('askPayer'), (term) => {
      // Organisations whose name holds the words typed, then people as every command finds them.
      const words = wordsOf(term ?? '');
      const orgs = data.organisations
        .filter((o) => words.every((w) => wordsOf(o.name).some((x) => x.startsWith(w))) || o.id === term?.trim())
        .map((o) => ({ name: `${o.name} (${o.kind})`, value: o.id }));
      const people = matcher.search(term).map(({ member }) => ({ name: `${fullName(member)} <${member.email}>`, value: member.id }));
      return [...orgs, ...people].slice(0, 30);
    }));
  const year =
    given.year === undefined
      ? await ask.text(ctx, ctx.t('askYear'), { default: String(currentYear), validate: validateWith(ctx, (v) => parseYear(v, '--year')) })
      : String(given.year);
  return { ...given, payer, year };
}
