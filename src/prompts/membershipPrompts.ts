import { parseDay, parseYear } from '../domain/dates';
import { parseAmount, parseReference, type MembershipInput } from '../domain/memberships';
import { formatInstant, OFFICE_TIME_ZONE } from '../time';
import { fullName } from '../domain/people';
import { PersonMatcher } from '../domain/personMatch';
import { wordsOf } from '../domain/text';
import type { StoreData } from '../store/index';
import { ask, validateWith, type PromptContext } from './ask';

/** Asks who pays (searching `data`'s organisations and people as you type) for which year (that of `now` by default), on which day, how much and under which reference. */
export async function askPayment(ctx: PromptContext, given: MembershipInput, data: Pick<StoreData, 'members' | 'organisations'>, now: Date): Promise<MembershipInput> {
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
    given.year === undefined ? await ask.text(ctx, ctx.t('askYear'), { default: String(now.getFullYear()), validate: validateWith(ctx, (v) => parseYear(v, '--year')) }) : String(given.year);
  // The day it was paid and the amount, so a cotisation typed here needs no correction afterwards.
  const today = formatInstant(now, OFFICE_TIME_ZONE, 'fr', true);
  const paidOn = given.paidOn ?? (await ask.text(ctx, ctx.t('askPaidOn'), { default: today, validate: validateWith(ctx, (v) => parseDay(v, '--on')) }));
  const amount = given.amount ?? ((await ask.text(ctx, ctx.t('askAmount'), { validate: validateWith(ctx, (v) => v.trim() === '' || parseAmount(v)) })) || undefined);
  const reference = given.reference ?? ((await ask.text(ctx, ctx.t('askReference'), { validate: validateWith(ctx, parseReference) })) || undefined);
  return { ...given, payer, year, paidOn, amount, reference };
}
