import type { Context } from '../cli/context';
import { parseYear } from '../domain/dates';
import type { MembershipInput } from '../domain/memberships';
import { fullName } from '../domain/people';
import { ask, validateWith } from './ask';

/** Asks who pays (searching organisations and people as you type) and for which year. */
export async function askPayment(ctx: Context, given: MembershipInput): Promise<MembershipInput> {
  const data = await ctx.deps.store.read();
  const payer =
    given.payer ||
    (await ask.search<string>(ctx, ctx.t('askPayer'), (term) => {
      const needle = (term ?? '').toLowerCase();
      const all = [
        ...data.organisations.map((o) => ({ name: `${o.name} (${o.kind})`, value: o.id })),
        ...data.members.map((m) => ({ name: `${fullName(m)} <${m.email}>`, value: m.id })),
      ];
      return all.filter((c) => c.name.toLowerCase().includes(needle)).slice(0, 30);
    }));
  const year =
    given.year === undefined
      ? await ask.text(ctx, ctx.t('askYear'), { default: String(ctx.deps.clock().getFullYear()), validate: validateWith(ctx, (v) => parseYear(v, '--year')) })
      : String(given.year);
  return { ...given, payer, year };
}
