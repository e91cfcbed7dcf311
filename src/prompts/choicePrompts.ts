// The argument a command needs, chosen at a terminal when it was not typed: a session, an export,
// a person (searching as you type), or one person among several that a name fits.
import { describeMember } from '../domain/people';
import { PersonMatcher } from '../domain/personMatch';
import { wordsOf } from '../domain/text';
import type { Member, Organisation, StoreData } from '../store/index';
import { ask, type PromptContext } from './ask';

export interface Choice {
  name: string;
  value: string;
  description?: string;
}

/** The choices whose words (accents and case aside) each start with one typed word, or whose value holds what was typed; all when nothing is typed. */
export function filterChoices<C extends Choice>(choices: readonly C[], term: string | undefined): C[] {
  const typed = wordsOf(term ?? '');
  if (typed.length === 0) return [...choices];
  const text = (term ?? '').trim().toLowerCase();
  return choices.filter((c) => {
    const words = wordsOf(`${c.name} ${c.value} ${c.description ?? ''}`);
    return c.value.toLowerCase().includes(text) || typed.every((w) => words.some((x) => x.startsWith(w)));
  });
}

/** Asks which session, among `choices` (the command names them: title, id, date), narrowing the list as the organiser types. */
export async function askSessionChoice(ctx: PromptContext, choices: readonly Choice[]): Promise<string> {
  return ask.search<string>(ctx, ctx.t('askWhichSession'), (term) => filterChoices(choices, term));
}

/** Asks what to export, among `choices` (each kind with what it holds). */
export async function askExportKind(ctx: PromptContext, choices: readonly Choice[]): Promise<string> {
  return ask.search<string>(ctx, ctx.t('askWhichKind'), (term) => filterChoices(choices, term));
}

/**
 * Asks which person among `data`'s people, found as every command finds them (the one matcher); returns the person's id.
 * Erased people's records are offered only with `offerErased` (cancel: a seat one of them still holds).
 */
export async function askWhichPerson(ctx: PromptContext, data: Pick<StoreData, 'members' | 'organisations'>, offerErased = false): Promise<string> {
  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  const matcher = new PersonMatcher(data.members, offerErased);
  return ask.search<string>(ctx, ctx.t('askWhichPerson'), (term) =>
    matcher
      .search(term)
      .slice(0, 50)
      .map(({ member }) => ({ name: describeMember(member, orgs), value: member.id })),
  );
}

/**
 * What was typed (`ref`) fits several people: asks which one (name, e-mail, organisation, id on
 * each line). Returns the person's id, or null when the organiser picks none of them.
 */
export async function askAmongPeople(ctx: PromptContext, ref: string, people: readonly Member[], organisations: readonly Organisation[]): Promise<string | null> {
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const none = '';
  const picked = await ask.select<string>(ctx, ctx.t('askAmongPeople', { ref, count: people.length }), [
    ...people.map((m) => ({ name: describeMember(m, orgs), value: m.id })),
    { name: ctx.t('noneOfThem'), value: none },
  ]);
  return picked === none ? null : picked;
}
