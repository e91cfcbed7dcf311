import type { HelpKey } from '../i18n/help';
import type { Context } from './context';

/**
 * How an option is read: `value` takes one (`--year 2018`), `flag` is true when given, `list`
 * collects repeated values (`--role a --role b`), `negated` is a `--no-…` flag (true unless given),
 * `toggle` is both `--x` and `--no-x` (true, false, or absent when neither is given).
 */
export type OptionKind = 'value' | 'flag' | 'list' | 'negated' | 'toggle';

/**
 * What the shell completes for a value (`caprural completion`): the session ids of the store, the
 * export kinds (in the user's language), file names, or a fixed list of words.
 */
export type Completes = 'sessions' | 'exportKinds' | 'files' | readonly string[];

export interface OptionSpec<K extends OptionKind = OptionKind> {
  kind: K;
  /** commander's flags: '--year <year>', '--no-notify'. Its attribute name is the option's key in the table. */
  flags: string;
  help: HelpKey;
  choices?: readonly string[];
  default?: string;
  /** toggle: the help of its `--no-` form. */
  negatedHelp?: HelpKey;
  /** What the shell completes for its value (the choices when there are some). */
  complete?: Completes;
}

export interface ArgSpec {
  name: string;
  required: boolean;
  /** What the shell completes for it. */
  complete?: Completes;
}

type ValueOf<S> = S extends OptionSpec<'value'> ? string : S extends OptionSpec<'list'> ? string[] : boolean;

/** The options a handler receives, typed from the table: absent when not given (a default or a `--no-` flag is always there). */
export type OptionsOf<O> = { [K in keyof O]?: ValueOf<O[K]> };

type ArgsOf<A extends readonly ArgSpec[]> = { [I in keyof A]: A[I] extends { required: true } ? string : string | undefined };

/**
 * What runs a command: the context, its arguments in order, then its options; returns the exit
 * code (nothing: 0). User errors are thrown as UsageError / RuleError / StoreError.
 */
export type Handler<A extends readonly ArgSpec[], O> = (ctx: Context, ...input: [...ArgsOf<A>, OptionsOf<O>]) => Promise<number | void>;

export interface CommandSpec<A extends readonly ArgSpec[] = readonly ArgSpec[], O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** The words typed: 'sessions', 'session show'. */
  name: string;
  /**
   * French names of its last word (`inscrire` for `register`, `afficher` for `session show`),
   * accepted in both languages; the first is shown in the French help and completed in French.
   */
  aliases?: readonly string[];
  help: HelpKey;
  args: A;
  options: O;
  /** Loads the handler's file only when the command runs. */
  handler: () => Promise<Handler<A, O>>;
}

/** One entry of the command table; checks that the handler takes the arguments and options declared. */
export function command<const A extends readonly ArgSpec[] = [], const O extends Record<string, OptionSpec> = Record<never, OptionSpec>>(spec: {
  name: string;
  aliases?: readonly string[];
  help: HelpKey;
  args?: A;
  options?: O;
  handler: () => Promise<Handler<A, O>>;
}): CommandSpec {
  return { ...spec, args: spec.args ?? ([] as unknown as A), options: spec.options ?? ({} as O) } as unknown as CommandSpec;
}

type Extra = { choices?: readonly string[]; default?: string; complete?: Completes };

/** The kinds of option, for the table. */
export const opt = {
  value: (flags: string, help: HelpKey, extra: Extra = {}): OptionSpec<'value'> => ({ kind: 'value', flags, help, ...extra }),
  flag: (flags: string, help: HelpKey): OptionSpec<'flag'> => ({ kind: 'flag', flags, help }),
  list: (flags: string, help: HelpKey, extra: Pick<Extra, 'complete'> = {}): OptionSpec<'list'> => ({ kind: 'list', flags, help, ...extra }),
  negated: (flags: string, help: HelpKey): OptionSpec<'negated'> => ({ kind: 'negated', flags, help }),
  toggle: (flags: string, help: HelpKey, negatedHelp: HelpKey): OptionSpec<'toggle'> => ({ kind: 'toggle', flags, help, negatedHelp }),
};
