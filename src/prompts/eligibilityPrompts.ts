import { describeMember } from '../domain/people';
import { PersonMatcher } from '../domain/personMatch';
import type { StoreData } from '../store/index';
import { ask, type PromptContext } from './ask';

/** Asks who to look up among `data`'s people, narrowing the list as the organiser types (the one matcher); returns the person's id. */
export async function askPerson(ctx: PromptContext, data: Pick<StoreData, 'members' | 'organisations'>): Promise<string> {
  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  const matcher = new PersonMatcher(data.members);
  return ask.search<string>(ctx, ctx.t('eligAskPerson'), (term) =>
    matcher
      .search(term)
      .slice(0, 50)
      .map(({ member }) => ({ name: describeMember(member, orgs), value: member.id })),
  );
}
