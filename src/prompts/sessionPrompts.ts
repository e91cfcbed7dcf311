import { parseYear } from '../domain/dates';
import { parseInstant } from '../domain/parseInstant';
import { defaultCloses, defaultEnd, sessionDefaults } from '../domain/sessionDefaults';
import type { SessionInput } from '../domain/sessionFields';
import { parseLink, parsePlace } from '../domain/sessionLink';
import { SESSION_FORMATS } from '../domain/vocabulary';
import { UsageError } from '../errors';
import { formatInstant, isTimeZone, OFFICE_TIME_ZONE } from '../time';
import type { Course, Session } from '../store/index';
import { ask, validateWith, type PromptContext } from './ask';

/** A moment as the organiser types it back ("15/02/2018 10:00"), whatever the language: readDate reads it. */
const typed = (date: Date, timeZone: string) => formatInstant(date, timeZone, 'fr');

function parseSeats(value: string): void {
  const text = value.trim();
  if (text === '') return;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new UsageError('invalidCapacity', { value });
}

/**
 * Asks for what flags left out of a new session: the course (among `courses`), its format, its
 * start (or only its year), its end, when registrations close, how many seats, and the joining
 * link or the place according to the format. Each answer is offered from the course's latest
 * edition among `sessions` (Enter keeps it) and checked as the flag would be.
 */
export async function askSession(ctx: PromptContext, given: SessionInput, courses: readonly Course[], sessions: readonly Session[] = []): Promise<SessionInput> {
  const course =
    given.course ??
    (await ask.select<string>(
      ctx,
      ctx.t('askCourse'),
      courses.map((c) => ({ name: `${c.title} (${c.id})`, value: c.id })),
    ));
  const defaults = sessionDefaults(course, sessions);
  const zone = given.timeZone && isTimeZone(given.timeZone.trim()) ? given.timeZone.trim() : OFFICE_TIME_ZONE;
  const format =
    given.format ??
    (await ask.select<string>(
      ctx,
      ctx.t('askFormat'),
      // The latest edition's format first: Enter keeps it.
      [...SESSION_FORMATS].sort((a, b) => Number(b === defaults.format) - Number(a === defaults.format)).map((f) => ({ name: ctx.t(`format_${f}`), value: f })),
    ));
  let { starts, year, ends, closes } = given;
  if (!starts && !year) {
    starts = (await ask.text(ctx, ctx.t('askStarts'), { validate: validateWith(ctx, (v) => v.trim() === '' || parseInstant(v, zone, '--starts')) })) || undefined;
    if (!starts) year = await ask.text(ctx, ctx.t('askYear'), { validate: validateWith(ctx, (v) => parseYear(v, '--year')) });
  }
  // An end and a deadline only mean something once the start is known.
  const start = starts ? parseInstant(starts, zone, '--starts') : null;
  if (start && ends === undefined) {
    const offered = defaultEnd(start, defaults);
    ends =
      (await ask.text(ctx, ctx.t('askEnds'), {
        default: offered ? typed(offered, zone) : undefined,
        validate: validateWith(ctx, (v) => {
          if (v.trim() !== '' && parseInstant(v, zone, '--ends') <= start) throw new UsageError('endsNotAfterStart', {});
        }),
      })) || undefined;
  }
  if (start && closes === undefined) {
    const offered = defaultCloses(start, zone, defaults);
    closes =
      (await ask.text(ctx, ctx.t('askCloses'), {
        default: offered ? typed(offered, zone) : undefined,
        validate: validateWith(ctx, (v) => {
          if (v.trim() !== '' && parseInstant(v, zone, '--closes') > start) throw new UsageError('closesAfterStart', {});
        }),
      })) || undefined;
  }
  const capacity =
    given.capacity ??
    ((await ask.text(ctx, ctx.t('askCapacity'), { default: defaults.capacity === null ? undefined : String(defaults.capacity), validate: validateWith(ctx, parseSeats) })).trim() || 'none');
  let { link, place } = given;
  if (format.trim().toLowerCase() === 'in-person') {
    place ??= (await ask.text(ctx, ctx.t('askPlace'), { default: defaults.place ?? undefined, validate: validateWith(ctx, parsePlace) })) || undefined;
  } else {
    link ??= (await ask.text(ctx, ctx.t('askLink'), { validate: validateWith(ctx, parseLink) })) || undefined;
  }
  return { ...given, course, format, starts, year, ends, closes, capacity, link, place };
}
