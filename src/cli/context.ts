import type { Deps } from '../app/deps';
import type { Lang, Translate } from '../i18n/translate';

/** What the process gives the CLI: streams and environment, so that tests can run it in-process. */
export interface Io {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** True when both stdin and stderr are terminals: prompts may be shown. */
  isTTY: boolean;
  /** Who runs the command, for the log. */
  user: string;
  clock: () => Date;
}

/** Everything a command file needs, built once from the global options. */
export interface Context {
  io: Io;
  deps: Deps;
  t: Translate;
  lang: Lang;
  json: boolean;
  /** Prompts may be shown: a terminal, and no --no-input. */
  interactive: boolean;
  out(text: string): void;
  /** Messages for the person: stderr, so stdout stays parseable. */
  note(text: string): void;
  printJson(value: unknown): void;
}
