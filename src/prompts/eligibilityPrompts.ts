import type { Context } from '../cli/context';
import { describeMember, fullName } from '../domain/people';
import { searchKey } from '../domain/text';
import { ask } from './ask';

/** Asks who to look up, narrowing the list of people as the organiser types; returns the person's id. */
export async function askPerson(ctx: Context): Promise<string> {
  const data = await ctx.deps.store.read();
  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  const people = data.members.map((m) => ({ m, key: `${searchKey(fullName(m))} ${m.email}` }));
  return ask.search<string>(ctx, ctx.t('eligAskPerson'), (term) => {
    const words = term ? searchKey(term).split(' ').filter(Boolean) : [];
    return people
      .filter(({ key }) => words.every((w) => key.includes(w)))
      .slice(0, 50)
      .map(({ m }) => ({ name: describeMember(m, orgs), value: m.id }));
  });
}
