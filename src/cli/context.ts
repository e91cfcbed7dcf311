import type { Deps } from '../app/deps';
import type { Lang, Translate } from '../i18n/translate';
import type { StoreNamedBy } from '../store/index';

/** What the process gives the CLI: streams and environment, so that tests can run it in-process. */
export interface Io {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** True when both stdin and stderr are terminals: prompts may be shown (colour and wrapping follow stderrIsTTY alone). */
  isTTY: boolean;
  /** True when stderr is a terminal (whatever stdin is): messages are wrapped on words there. Unset: as isTTY. */
  stderrIsTTY?: boolean;
  /** stderr's width in columns when it is a terminal (else stdout's, else 80). */
  stderrColumns?: number;
  /** True when stdout is a terminal (a person reads it): lists may add visual aids such as fill bars. */
  stdoutIsTTY?: boolean;
  /** The terminal's width in columns when stdout is one (undefined or 0 when unknown: 80 is assumed). */
  columns?: number;
  /** The terminal's height in lines when stdout is one (undefined or 0 when unknown: 24 is assumed). */
  rows?: number;
  /**
   * While a pager runs, Ctrl-C is the pager's (less stops a search with it): caprural's own
   * handling is held until the returned function is called.
   */
  holdInterrupts?: () => () => void;
  /** Who runs the command, for the log. */
  user: string;
  clock: () => Date;
  /** Aborted on Ctrl-C / SIGTERM: long work under the store's lock stops, writing nothing. */
  signal?: AbortSignal;
  /** The version of Node.js running caprural (`caprural info`). */
  runtime?: string;
  /** This process's id (mail send marks the messages it is sending with it). */
  pid?: number;
  /** Whether a process still runs (a message left `sending` by a dead one is `unknown`). */
  isAlive?: (pid: number) => boolean;
}

export interface Paint {
  ok(text: string): string;
  warn(text: string): string;
  error(text: string): string;
  dim(text: string): string;
}

/** Everything a command file needs, built once from the global options. */
export interface Context {
  io: Io;
  deps: Deps;
  /** Which setting named the store (--store, CAPRURAL_STORE or the default location). */
  storeNamedBy: StoreNamedBy;
  t: Translate;
  lang: Lang;
  json: boolean;
  /** The width human tables must fit: the terminal's (80 when unknown); undefined when stdout is piped (full width). */
  width: number | undefined;
  /** Prompts may be shown: a terminal, and no --no-input. */
  interactive: boolean;
  out(text: string): void;
  /**
   * Like `out`, for output that may be long (lists, histories): at a terminal, when it does not
   * fit the screen, it goes through the pager (PAGER, else `less -FRX`; never with --no-pager or
   * to a pipe or a file). Text is wrapped on words at the terminal's width, except data
   * (`wrap: false`: a CSV, whose lines a break would change).
   */
  page(text: string, how?: { wrap?: boolean }): Promise<void>;
  /** Messages for the person: stderr, so stdout stays parseable. */
  note(text: string): void;
  /** A warning or notice for the person (stderr, in colour at a terminal). */
  warn(text: string): void;
  /** A change done, said on stdout (green when stdout is a terminal and colour is on): "Personne ajoutée : …". */
  ok(text: string): void;
  /** Colours for terminal text; plain when colour is off (--no-color, NO_COLOR, not a terminal). */
  paint: Paint;
  /** Colour is wanted (no --no-color, no NO_COLOR): the prompts are drawn uncoloured otherwise. */
  color: boolean;
  printJson(value: unknown): void;
}
