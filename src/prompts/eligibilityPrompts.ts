import type { Context } from '../cli/context';
import { describeMember } from '../domain/people';
import { PersonMatcher } from '../domain/personMatch';
import { ask } from './ask';

/** Asks who to look up, narrowing the list of people as the organiser types (the one matcher); returns the person's id. */
export async function askPerson(ctx: Context): Promise<string> {
  const data = await ctx.deps.store.read();
  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  const matcher = new PersonMatcher(data.members);
  return ask.search<string>(ctx, ctx.t('eligAskPerson'), (term) =>
    matcher
      .search(term)
      .slice(0, 50)
      .map(({ member }) => ({ name: describeMember(member, orgs), value: member.id })),
  );
}
