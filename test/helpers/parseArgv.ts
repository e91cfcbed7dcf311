// Reading a command line as the CLI does, with every handler replaced by one that records what it
// was given: the command's words, its arguments and its options (commander's parse of the table).
import type { Command } from 'commander';
import type { CommandSpec } from '../../src/cli/commandTable';
import { COMMANDS } from '../../src/cli/commands';
import { buildProgram } from '../../src/cli/program';
import type { Lang } from '../../src/i18n/translate';

export type Parsed = { command: string; args: unknown[]; options: Record<string, unknown> };

/** Parses `argv` with the real program built from `entries` (the whole table by default), in `lang`'s help. */
export async function parseArgv(argv: string[], lang: Lang = 'en', entries: readonly CommandSpec[] = COMMANDS): Promise<Parsed> {
  const program = buildProgram({ stdout: { write: () => true }, stderr: { write: () => true } } as never, lang, undefined, entries);
  let parsed: Parsed | undefined;
  const record = (c: Command, path: string[]) => {
    for (const sub of c.commands) {
      const name = [...path, sub.name()];
      sub.action((...args: unknown[]) => {
        parsed = { command: name.join(' '), args: args.slice(0, -2), options: { ...(args[args.length - 2] as object) } };
      });
      record(sub, name);
    }
  };
  record(program, []);
  await program.parseAsync(argv, { from: 'user' });
  return parsed!;
}
