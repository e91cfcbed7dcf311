import { parseYear } from '../domain/dates';
import { parseInstant } from '../domain/parseInstant';
import type { SessionInput } from '../domain/sessionFields';
import { OFFICE_TIME_ZONE } from '../time';
import type { Course } from '../store/index';
import { ask, validateWith, type PromptContext } from './ask';

/** Asks for the course (among `courses`) and the date (or year) of a new session. */
export async function askSession(ctx: PromptContext, given: SessionInput, courses: readonly Course[]): Promise<SessionInput> {
  const course =
    given.course ??
    (await ask.select<string>(
      ctx,
      ctx.t('askCourse'),
      courses.map((c) => ({ name: `${c.title} (${c.id})`, value: c.id })),
    ));
  let { starts, year } = given;
  if (!starts && !year) {
    starts = (await ask.text(ctx, ctx.t('askStarts'), { validate: validateWith(ctx, (v) => v.trim() === '' || parseInstant(v, given.timeZone ?? OFFICE_TIME_ZONE, '--starts')) })) || undefined;
    if (!starts) year = await ask.text(ctx, ctx.t('askYear'), { validate: validateWith(ctx, (v) => parseYear(v, '--year')) });
  }
  return { ...given, course, starts, year };
}
