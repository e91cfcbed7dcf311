import type { Context } from '../cli/context';
import { parseYear } from '../domain/dates';
import { parseInstant } from '../domain/parseInstant';
import type { SessionInput } from '../domain/sessionFields';
import { ask, validateWith } from './ask';

/** Asks for the course and the date (or year) of a new session. */
export async function askSession(ctx: Context, given: SessionInput): Promise<SessionInput> {
  const data = await ctx.deps.store.read();
  const course = given.course ?? (await ask.select<string>(ctx, ctx.t('askCourse'), data.courses.map((c) => ({ name: `${c.title} (${c.id})`, value: c.id }))));
  let { starts, year } = given;
  if (!starts && !year) {
    starts = (await ask.text(ctx, ctx.t('askStarts'), { validate: validateWith(ctx, (v) => v.trim() === '' || parseInstant(v, given.timeZone ?? 'Europe/Paris', '--starts')) })) || undefined;
    if (!starts) year = await ask.text(ctx, ctx.t('askYear'), { validate: validateWith(ctx, (v) => parseYear(v, '--year')) });
  }
  return { ...given, course, starts, year };
}
