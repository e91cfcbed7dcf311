// The only place (with its siblings in src/prompts/) that imports inquirer; loaded only when a
// command runs at a terminal and flags left something out.
import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import { styleText } from 'node:util';
import type { Context } from '../cli/context';
import { escapeForDisplay } from '../escapeForDisplay';
import { CapruralError, InterruptedError } from '../errors';
import { displayWidth, wrapWords } from '../i18n/wrap';
import { uncoloured } from './uncoloured';

/**
 * What a prompt may use of the command's context: the terminal and the messages. No store: the
 * command reads what is to be asked about and passes it (checked by `npm run lint`).
 */
export type PromptContext = Pick<Context, 'io' | 't' | 'note'> & Partial<Pick<Context, 'color'>>;
type CliContext = PromptContext;

/** Prompts write to stderr so that stdout stays clean for --json; without colours when colour is off (--no-color, NO_COLOR). */
const context = (ctx: CliContext) => ({ input: ctx.io.stdin, output: ctx.color === false ? uncoloured(ctx.io.stderr) : ctx.io.stderr });

async function guard<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new InterruptedError();
    throw error;
  }
}

/**
 * A validator for inquirer from a domain parser: the same check, and the same message,
 * as the flag would get.
 */
export function validateWith(ctx: CliContext, parse: (value: string) => unknown): (value: string) => true | string {
  return (value) => {
    try {
      parse(value);
      return true;
    } catch (error) {
      if (error instanceof CapruralError) return ctx.t(error.key, error.params as never).split('\n')[0]!;
      throw error;
    }
  };
}

// What a prompt shows (its question, its choices, a default answer) is escaped for display:
// a name or a title read from the store cannot take over the terminal. Values are unchanged.
const shown = (text: string) => escapeForDisplay(text);
const shownChoices = <C extends { name: string; description?: string }>(choices: C[]): C[] =>
  choices.map((c) => ({ ...c, name: shown(c.name), ...(c.description === undefined ? {} : { description: shown(c.description) }) }));

/**
 * Questions and choices wrapped on words at the terminal's width (inquirer would cut a word in two):
 * a choice's next lines start under its text, after the cursor's `pad` columns.
 */
const terminalWidth = (ctx: CliContext) => (ctx.io.stderr as { columns?: number }).columns;
const wrapped = (ctx: CliContext, text: string, pad: number) => {
  const width = terminalWidth(ctx);
  return width ? wrapWords(text, width - pad).replaceAll('\n', `\n${' '.repeat(pad)}`) : text;
};
const wrappedChoices = <C extends { name: string }>(ctx: CliContext, choices: C[], pad: number): C[] => choices.map((c) => ({ ...c, name: wrapped(ctx, c.name, pad) }));

/**
 * What a choice shows once chosen, after the question ("✔ Personne … Maëlys Le Goff (maelys-le-goff)"):
 * the choice whole when it fits the line, else its first part (a person's name without the e-mail
 * and the structure, the id in brackets kept; a session by its id), so that the terminal does not
 * break it mid-word.
 */
function answered(ctx: CliContext, message: string, name: string): string | undefined {
  const width = terminalWidth(ctx);
  if (!width) return undefined;
  const room = width - displayWidth(message.split('\n').at(-1)!) - 3;
  if (displayWidth(name) <= room) return undefined;
  const head = name.split(/ <| — /)[0]!;
  if (head === name) return undefined;
  const id = / \(([^()]+)\)$/.exec(name)?.[1];
  // The name and the id; else the id alone (a session's title too long for the line); else the name.
  const forms = id === undefined ? [head] : [`${head} (${id})`, id];
  return forms.find((form) => displayWidth(form) <= room) ?? forms.at(-1);
}
const answeredChoices = <C extends { name: string; short?: string }>(ctx: CliContext, message: string, choices: C[]): C[] =>
  choices.map((c) => {
    const short = c.short ?? answered(ctx, message, c.name);
    return short === undefined ? c : { ...c, short };
  });
const shownValidate = (validate?: (v: string) => true | string) =>
  validate &&
  ((v: string) => {
    const verdict = validate(v);
    return verdict === true ? true : shown(verdict);
  });

/**
 * The key hints under a list ("↑↓ navigate • ⏎ select") in the user's language: inquirer passes
 * its [key, English action] pairs; they are drawn as inquirer draws them, with our words.
 */
function keysHelpTip(ctx: CliContext, actions: Record<string, string>) {
  const keys: Record<string, string> = { space: ctx.t('promptKeySpace') };
  return (pairs: Array<[string, string]>) => pairs.map(([key, action]) => `${styleText('bold', keys[key] ?? key)} ${styleText('dim', actions[action] ?? action)}`).join(styleText('dim', ' • '));
}
const selectTheme = (ctx: CliContext) => ({
  style: { keysHelpTip: keysHelpTip(ctx, { navigate: ctx.t('promptKeyNavigate'), select: ctx.t('promptKeyChoose') }) },
});
/** A search with no match says so in the user's language (inquirer's own words are English). */
const searchTheme = (ctx: CliContext) => ({
  style: {
    ...selectTheme(ctx).style,
    error: (text: string) => styleText('red', text === 'No results found' ? ctx.t('promptNoResults') : text),
  },
});
const checkboxTheme = (ctx: CliContext) => ({
  style: {
    keysHelpTip: keysHelpTip(ctx, {
      navigate: ctx.t('promptKeyNavigate'),
      select: ctx.t('promptKeyTick'),
      all: ctx.t('promptKeyAll'),
      invert: ctx.t('promptKeyInvert'),
      submit: ctx.t('promptKeySubmit'),
    }),
  },
});

/**
 * Yes/no in the user's language: "(O/n)", "o"/"oui"/"n"/"non" accepted (and always y/yes/n/no),
 * the answer echoed "Oui"/"Non", the refusal in French. Inquirer builds the hint from the first
 * letters of the two words.
 */
const confirmTheme = (ctx: CliContext) => {
  const yes = ctx.t('promptYes');
  const no = ctx.t('promptNo');
  return { keywords: { yes, no, error: () => ctx.t('promptYesNoError', { yes, no }) } };
};

export const ask = {
  text: (ctx: CliContext, message: string, options: { default?: string; validate?: (v: string) => true | string } = {}) =>
    guard(
      input(
        {
          message: shown(message),
          default: options.default === undefined ? undefined : shown(options.default),
          validate: shownValidate(options.validate),
          // What is typed or pasted is echoed escaped too; the answer itself is unchanged.
          transformer: (value: string) => shown(value),
        },
        context(ctx),
      ),
    ),
  select: <T>(ctx: CliContext, message: string, choices: Array<{ name: string; value: T; description?: string }>) =>
    guard(
      select<T>(
        {
          message: wrapped(ctx, shown(message), 2),
          choices: wrappedChoices(ctx, answeredChoices(ctx, wrapped(ctx, shown(message), 2), shownChoices(choices)), 2),
          pageSize: 12,
          theme: selectTheme(ctx),
        },
        context(ctx),
      ),
    ),
  /** `atLeastOne`: Enter with nothing ticked shows this message and asks again. */
  checkbox: <T>(ctx: CliContext, message: string, choices: Array<{ name: string; value: T; checked?: boolean }>, options: { atLeastOne?: string } = {}) =>
    guard(
      checkbox<T>(
        {
          message: wrapped(ctx, shown(message), 2),
          choices: wrappedChoices(ctx, shownChoices(choices), 4),
          pageSize: 15,
          theme: checkboxTheme(ctx),
          validate: (ticked) => (options.atLeastOne !== undefined && ticked.length === 0 ? shown(options.atLeastOne) : true),
        },
        context(ctx),
      ),
    ),
  search: <T>(ctx: CliContext, message: string, source: (term: string | undefined) => Array<{ name: string; value: T; description?: string }>) =>
    guard(
      search<T>(
        {
          message: wrapped(ctx, shown(message), 2),
          source: async (term) => wrappedChoices(ctx, answeredChoices(ctx, wrapped(ctx, shown(message), 2), shownChoices(source(term))), 2),
          pageSize: 10,
          theme: searchTheme(ctx),
        },
        context(ctx),
      ),
    ),
  confirm: (ctx: CliContext, message: string, defaultValue = true) => guard(confirm({ message: wrapped(ctx, shown(message), 2), default: defaultValue, theme: confirmTheme(ctx) }, context(ctx))),
};
