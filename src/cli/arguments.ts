// The argument a command needs when it was not typed: chosen at a terminal (a searchable list),
// a usage error saying what to give otherwise. And a name that fits several people: chosen at a
// terminal, the usual error (the candidates listed) for a script.
import { memberMatchError } from '../domain/people';
import { PersonMatcher } from '../domain/personMatch';
import { sortSessions } from '../domain/sessions';
import { UsageError } from '../errors';
import { EXPORT_KINDS, exportKindName } from '../export/kindNames';
import type { Session } from '../store/index';
import type { Context } from './context';
import { dayIn, OFFICE_TIME_ZONE } from '../time';
import { sessionDate } from './render';

const given = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * The session id typed, else (at a terminal) one chosen among the store's sessions that `keep`
 * keeps (all of them when none is kept), each named by its title, its date and its id.
 * `name`: the argument's name in the usage (`<session>`, `<id>`), or the flag (`--session`).
 */
export async function sessionArgument(ctx: Context, id: string | undefined, name: string, keep?: (s: Session) => boolean): Promise<string> {
  if (given(id)) return id;
  if (!ctx.interactive) throw new UsageError('argumentMissing', { name, hint: ctx.t(name.startsWith('--') ? 'hintSessionFlag' : 'hintSessionId') });
  const sessions = sortSessions((await ctx.deps.store.read()).sessions);
  if (sessions.length === 0) throw new UsageError('noSessionToChoose', {});
  const kept = keep ? sessions.filter(keep) : [];
  const { askSessionChoice } = await import('../prompts/choicePrompts');
  return askSessionChoice(
    ctx,
    (kept.length > 0 ? kept : sessions).map((s) => ({ name: `${s.title} — ${sessionDate(ctx, s)} (${s.id})`, value: s.id })),
  );
}

/** The sessions that have started (R10), or whose year is past when undated: those offered for attendance and certificates. */
export function startedBy(now: Date): (s: Session) => boolean {
  const year = Number(dayIn(now, OFFICE_TIME_ZONE).slice(0, 4));
  return (s) => s.status !== 'cancelled' && (s.startsAt ? Date.parse(s.startsAt) <= now.getTime() : s.year < year);
}

/** The person typed (an id, an e-mail or a name; see `personRef`), else (at a terminal) one searched for among everyone. */
export async function personArgument(ctx: Context, ref: string | undefined, name: string): Promise<string> {
  if (given(ref)) return personRef(ctx, ref);
  if (!ctx.interactive) throw new UsageError('argumentMissing', { name, hint: ctx.t('hintPersonRef') });
  const { askWhichPerson } = await import('../prompts/choicePrompts');
  return askWhichPerson(ctx, await ctx.deps.store.read());
}

/**
 * What to pass on for a person typed in a flag or an argument: at a terminal, a name that fits
 * several people (`--member Bernard`) is resolved by asking which one (their id is returned);
 * anything else, and everything without a terminal, is passed on as typed, for the use case to
 * find or refuse (exit 2 with the candidates).
 */
export async function personRef(ctx: Context, ref: string): Promise<string>;
export async function personRef(ctx: Context, ref: string | undefined): Promise<string | undefined>;
export async function personRef(ctx: Context, ref: string | undefined): Promise<string | undefined> {
  if (!given(ref) || !ctx.interactive) return ref;
  const data = await ctx.deps.store.read();
  const match = new PersonMatcher(data.members).match(ref);
  if (match.kind !== 'many') return ref;
  const { askAmongPeople } = await import('../prompts/choicePrompts');
  const picked = await askAmongPeople(ctx, ref, match.members, data.organisations);
  if (picked === null) throw memberMatchError(match, data, ref);
  return picked;
}

/** The export kind typed, else (at a terminal) one chosen among the kinds, each with what it holds. */
export async function exportKindArgument(ctx: Context, kind: string | undefined): Promise<string> {
  if (given(kind)) return kind;
  if (!ctx.interactive) throw new UsageError('argumentMissing', { name: 'kind', hint: ctx.t('hintExportKind', { kinds: EXPORT_KINDS.map((k) => exportKindName(k, ctx.lang)).join(', ') }) });
  const { askExportKind } = await import('../prompts/choicePrompts');
  return askExportKind(
    ctx,
    EXPORT_KINDS.map((k) => ({ name: `${exportKindName(k, ctx.lang)} — ${ctx.t(`exportKind_${k}`)}`, value: k })),
  );
}
