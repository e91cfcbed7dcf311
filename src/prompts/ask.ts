// The only place (with its siblings in src/prompts/) that imports inquirer; loaded only when a
// command runs at a terminal and flags left something out.
import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import type { Context as CliContext } from '../cli/context';
import { CapruralError, InterruptedError } from '../errors';

/** Prompts write to stderr so that stdout stays clean for --json. */
const context = (ctx: CliContext) => ({ input: ctx.io.stdin, output: ctx.io.stderr });

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

export const ask = {
  text: (ctx: CliContext, message: string, options: { default?: string; validate?: (v: string) => true | string } = {}) =>
    guard(input({ message, default: options.default, validate: options.validate }, context(ctx))),
  select: <T>(ctx: CliContext, message: string, choices: Array<{ name: string; value: T; description?: string }>) =>
    guard(select<T>({ message, choices, pageSize: 12 }, context(ctx))),
  checkbox: <T>(ctx: CliContext, message: string, choices: Array<{ name: string; value: T; checked?: boolean }>) =>
    guard(checkbox<T>({ message, choices, pageSize: 15 }, context(ctx))),
  search: <T>(ctx: CliContext, message: string, source: (term: string | undefined) => Array<{ name: string; value: T; description?: string }>) =>
    guard(search<T>({ message, source: async (term) => source(term), pageSize: 10 }, context(ctx))),
  confirm: (ctx: CliContext, message: string, defaultValue = true) => guard(confirm({ message, default: defaultValue }, context(ctx))),
};
