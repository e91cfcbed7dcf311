import { Command, CommanderError, Help, Option } from 'commander';
import { styleText } from 'node:util';
import { version } from '../../package.json';
import { escapeForDisplay, escapeJsonForDisplay } from '../escapeForDisplay';
import { CapruralError } from '../errors';
import { examplesText } from '../i18n/examples';
import { PLACEHOLDERS_FR } from '../i18n/help';
import { helpTexts } from '../i18n/languages';
import { detectLang, translator, type Lang } from '../i18n/translate';
import { wrapWords } from '../i18n/wrap';
import { COMMANDS, GLOBAL_OPTIONS, GROUP_ALIASES, GROUPS } from './commands';
import type { CommandSpec } from './commandTable';
import { translateCommanderError } from './commanderErrors';
import { withFrenchCommands } from './frenchCommands';
import { locateStore, openStore, userCacheDir } from '../store/index';
import type { Context, Io, Paint } from './context';
import { pagerCommand, runPager, wantsPager } from './pager';
import { storeDataChecks } from './storeChecks';
import { errorDetails, errorProblems, jsonMessage, renderError, type JsonProblem } from './renderError';
import { foldWord } from '../domain/text';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The global options every command shares (DESIGN.md §5). */
interface GlobalOptions {
  store?: string;
  json?: boolean;
  input: boolean;
  color: boolean;
  lang?: string;
  /** False with --no-pager. */
  pager?: boolean;
}

/**
 * The width messages on stderr are wrapped to: the terminal's (80 when unknown); none when stderr
 * is not one. Only stderr counts: `caprural … < file` still shows messages wrapped at the terminal.
 */
const messageWidth = (io: Io) => {
  if (!(io.stderrIsTTY ?? io.isTTY)) return undefined;
  const columns = [io.stderrColumns, io.columns].find((c) => c !== undefined && c > 0);
  return columns ?? 80;
};

/**
 * Whether text written to a stream is coloured: never with --no-color; else as FORCE_COLOR says
 * when it is set (`0` or `false`: no), as Node does for the prompts (it wins over NO_COLOR there);
 * else never with NO_COLOR (https://no-color.org) or TERM=dumb; else when that stream is a
 * terminal. Each stream's own: messages on stderr are coloured (and wrapped) when stderr is a
 * terminal, whatever stdin is; a success line on stdout only when stdout is one.
 */
export function colourWanted(io: Pick<Io, 'env'>, wanted: boolean, terminal: boolean): boolean {
  if (!wanted) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (io.env.NO_COLOR || io.env.TERM === 'dumb') return false;
  return terminal;
}

/** Whether stderr (messages, warnings, errors) is a terminal. */
const stderrIsTerminal = (io: Io) => Boolean(io.stderrIsTTY ?? io.isTTY);

// Node's own styleText, not a colour library: decided here, it only has to paint (a library
// would load node:tty and node:net at every start to guess what this function already knows).
// validateStream: false, because Node >= 22.13 would otherwise decide again from process.stdout.
function makePaint(io: Io, wanted: boolean, terminal = stderrIsTerminal(io)): Paint {
  if (!colourWanted(io, wanted, terminal)) {
    const plain = (text: string) => text;
    return { ok: plain, warn: plain, error: plain, dim: plain };
  }
  const paint = (format: 'green' | 'yellow' | 'red' | 'dim') => (text: string) => styleText(format, text, { validateStream: false });
  return { ok: paint('green'), warn: paint('yellow'), error: paint('red'), dim: paint('dim') };
}

/**
 * The last guard before a terminal: whatever a command writes keeps its lines and our own colours,
 * and any other control or escape sequence that a display path forgot to escape is shown visibly.
 */
const guarded = (text: string) => escapeForDisplay(text, { keepLines: true, keepColours: true });

function makeContext(io: Io, options: GlobalOptions): Context {
  const lang = detectLang(options.lang, io.env);
  const paint = makePaint(io, options.color);
  // Success lines go to stdout: green only when stdout itself is a terminal (never into a pipe).
  const stdoutPaint = makePaint(io, options.color, Boolean(io.stdoutIsTTY));
  const t = withFrenchCommands(translator(lang), lang);
  // Messages are wrapped on words at a terminal's width; piped, they stay one line each.
  const note = (text: string) => void io.stderr.write(`${guarded(wrapWords(text, messageWidth(io)))}\n`);
  const width = io.stdoutIsTTY ? (io.columns && io.columns > 0 ? io.columns : 80) : undefined;
  const lockWait = Number(io.env.CAPRURAL_LOCK_WAIT_MS);
  // A missing store is created only at the default location; one named by --store or CAPRURAL_STORE is refused (init creates it).
  const location = locateStore(options.store, io.env);
  const store = openStore(location.path, {
    namedBy: location.namedBy,
    lockWaitMs: Number.isFinite(lockWait) && lockWait > 0 ? lockWait : undefined,
    onCreated: (path) => note(paint.warn(t('storeCreated', { path }))),
    now: io.clock,
    signal: io.signal,
    cacheDir: userCacheDir(io.env),
    pid: io.pid,
    dataChecks: storeDataChecks,
  });
  const out = (text: string) => void io.stdout.write(`${guarded(wrapWords(text, width))}\n`);
  return {
    io,
    storeNamedBy: location.namedBy,
    deps: { store, clock: io.clock, user: io.user, mailLang: io.env.CAPRURAL_MAIL_LANG?.trim().toLowerCase() === 'en' ? 'en' : 'fr' },
    t,
    lang,
    json: Boolean(options.json),
    width,
    interactive: options.input && io.isTTY && !io.env.CI,
    out,
    // Data (a CSV, JSON) is never wrapped: a line break inside a cell would change it.
    page: async (text, how) => {
      const shown = `${guarded(how?.wrap === false ? text : wrapWords(text, width))}\n`;
      if (!wantsPager(io, options.pager !== false, shown)) return void io.stdout.write(shown);
      const paged = await runPager(io, pagerCommand(io.env)!, shown);
      if (paged.shown) return;
      note(paint.warn(t('pagerFailed', { pager: pagerCommand(io.env)!, reason: paged.reason })));
      io.stdout.write(shown);
    },
    warn: (text) => note(paint.warn(text)),
    ok: (text) => out(stdoutPaint.ok(text)),
    paint,
    color: options.color && !io.env.NO_COLOR,
    note,
    printJson: (value) => void io.stdout.write(`${escapeJsonForDisplay(JSON.stringify(value, null, 2))}\n`),
  };
}

/** What a run left behind: its exit code, and whether the command read --json (its errors are then a JSON document on stdout too). */
interface Ran {
  exitCode: number;
  json?: boolean;
  /** The command printed its JSON document already. */
  jsonPrinted?: boolean;
  /** Commander's own error, as shown on stderr (in the user's language). */
  commanderMessage?: string;
}

/**
 * Builds the command tree from the command table (or from `entries`, some of its entries). Each
 * command's code is imported only when that command runs.
 */
export function buildProgram(io: Io, lang: Lang, ran: Ran = { exitCode: 0 }, entries: readonly CommandSpec[] = COMMANDS): Command {
  const help = helpTexts(lang);
  const titles: Record<string, string> = {
    'Usage:': help.titleUsage,
    'Arguments:': help.titleArguments,
    'Options:': help.titleOptions,
    'Commands:': help.titleCommands,
    'Global Options:': help.titleGlobalOptions,
  };
  const helpWords = (text: string) =>
    text
      .replace('[options]', help.usageOptions)
      .replace('[command]', help.usageCommand)
      .replace(/([(,] )?choices: /, (_, before: string | undefined) => `${before ?? ''}${help.helpChoices} `)
      .replace(/([(,] )?default: /, (_, before: string | undefined) => `${before ?? ''}${help.helpDefault} `);
  // `<file>` -> `<fichier>` in French, in usage lines and option terms.
  const placeholders = (text: string) =>
    lang === 'fr' ? text.replace(/([<[])([a-z-]+)([\]>])/g, (whole, open: string, word: string, close: string) => (PLACEHOLDERS_FR[word] ? `${open}${PLACEHOLDERS_FR[word]}${close}` : whole)) : text;
  // Written when a help is shown (commander calls the function then), never at other starts.
  const examples = (name: string) => () => {
    const text = examplesText(name, lang);
    return text ? `\n${help.titleExamples}\n${text}\n` : '';
  };
  const names = namesInHelp(lang);
  const program = new CapruralCommand('caprural');
  // Commander's own errors (unknown option, missing argument...) in the user's language, with what to type for the command refused.
  const commanderError = (cmd: Command) => (s: string, write: (text: string) => void) => {
    const words: string[] = [];
    for (let c: Command | null = cmd; c?.parent; c = c.parent) words.unshift(c.name());
    const args = cmd.registeredArguments.map((a) => ({ name: a.name(), required: a.required }));
    const shown = translateCommanderError(s, withFrenchCommands(translator(lang), lang), { words: words.join(' '), args, lang });
    ran.commanderMessage = shown;
    write(shown);
  };
  program
    .description(help.program)
    // -v as most tools have it; -V (commander's) still works, hidden.
    .version(version, '-v, --version', help.optVersion)
    .addOption(new Option('-V').hideHelp())
    .on('option:V', () => {
      io.stdout.write(`${version}\n`);
      throw new CommanderError(0, 'commander.version', version);
    })
    // Subcommands inherit these only when set before they are added.
    .helpOption('-h, --help', help.optHelp)
    .helpCommand('help [command]', help.cmdHelp)
    .configureHelp({
      styleTitle: (title) => titles[title] ?? title,
      // The French names make the first column wide: descriptions still wrap within the width.
      minWidthToWrap: 24,
      // French names first (namesInHelp), then commander's own words in the user's language.
      // commander's own words in a usage line, a list of commands and after an option, in the user's language.
      commandUsage(this: Help, cmd) {
        return placeholders(helpWords(names.commandUsage!.call(this, cmd)));
      },
      subcommandTerm(this: Help, cmd) {
        return placeholders(helpWords(names.subcommandTerm!.call(this, cmd)));
      },
      optionTerm(this: Help, option) {
        return placeholders(Help.prototype.optionTerm.call(this, option));
      },
      optionDescription(this: Help, option) {
        return helpWords(Help.prototype.optionDescription.call(this, option));
      },
    })
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(guarded(s)),
      writeErr: (s) => void io.stderr.write(guarded(s)),
      // Commander's own errors (unknown command, missing argument...) in the user's language.
      outputError: commanderError(program),
    })
    .showSuggestionAfterError();
  for (const o of Object.values(GLOBAL_OPTIONS)) {
    const option = new Option(o.flags, help[o.help]);
    if (o.choices) option.choices(o.choices);
    program.addOption(option);
  }
  program.addHelpText('after', examples(''));

  for (const spec of entries) {
    const words = spec.name.split(' ');
    let parent: Command = program;
    for (const word of words.slice(0, -1)) {
      const group = word as keyof typeof GROUPS;
      parent = parent.commands.find((c) => c.name() === word) ?? parent.command(word).aliases(GROUP_ALIASES[group]).description(help[GROUPS[group]]);
    }
    const cmd = parent
      .command(words[words.length - 1]!)
      .description(help[spec.help])
      .addHelpText('after', examples(spec.name));
    if (spec.aliases) cmd.aliases(spec.aliases);
    for (const arg of spec.args) cmd.argument(arg.required ? `<${arg.name}>` : `[${arg.name}]`);
    for (const [key, o] of Object.entries(spec.options)) {
      const option = new Option(o.flags, help[o.help]);
      if (o.kind === 'list') option.argParser(collect);
      if (o.choices) option.choices(o.choices);
      if (o.default !== undefined) option.default(o.default);
      // The table's key is the name the handler reads: a mismatch is a bug in the table (tested).
      if (option.attributeName() !== key) throw new Error(`command table: ${spec.name} ${o.flags} is read as ${option.attributeName()}, not ${key}`);
      cmd.addOption(option);
      if (o.kind === 'toggle') cmd.addOption(new Option(o.flags.replace(/^--/, '--no-'), help[o.negatedHelp!]));
    }
    cmd.action(async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const globals = command.optsWithGlobals() as GlobalOptions;
      ran.json = Boolean(globals.json);
      const made = makeContext(io, globals);
      // A command may answer its JSON, then set its exit code with an error (doctor): stdout already holds its one document.
      const ctx: Context = {
        ...made,
        printJson: (value) => {
          ran.jsonPrinted = true;
          made.printJson(value);
        },
      };
      const handler = (await spec.handler()) as (ctx: Context, ...input: unknown[]) => Promise<number | void>;
      ran.exitCode = (await handler(ctx, ...args.slice(0, -2), args[args.length - 2])) ?? 0;
    });
  }
  const each = (cmd: Command) => {
    if (cmd !== program) cmd.configureOutput({ outputError: commanderError(cmd) });
    cmd.commands.forEach(each);
  };
  each(program);
  return program;
}

/**
 * The names to suggest for an unknown command word: the commands (English or French names) the
 * word is the start of (`exp` → `export`, `inscr` → `inscrire`), each by the name it starts; none
 * for a word of one letter or that starts no name (commander's own guess is kept then).
 */
function commandsStartedBy(word: string, commands: readonly Command[]): string[] {
  const typed = foldWord(word);
  if (typed.length < 2) return [];
  const found: string[] = [];
  for (const command of commands) {
    const name = [command.name(), ...command.aliases()].find((n) => foldWord(n).startsWith(typed));
    if (name !== undefined) found.push(name);
  }
  return found.sort((a, b) => a.localeCompare(b));
}

/** Commander's Command, whose guess for an unknown command prefers the commands the word starts. */
class CapruralCommand extends Command {
  override createCommand(name?: string): Command {
    return new CapruralCommand(name);
  }

  // Commander 14 calls unknownCommand() (not in its typings) when a word names no subcommand;
  // test/cli/commandSuggestion.test.ts checks that it still does.
  unknownCommand(): void {
    const word = this.args[0] ?? '';
    const started = commandsStartedBy(word, this.commands);
    if (started.length === 0) {
      (Command.prototype as unknown as { unknownCommand(this: Command): void }).unknownCommand.call(this);
      return;
    }
    const hint = started.length === 1 ? `(Did you mean ${started[0]}?)` : `(Did you mean one of ${started.join(', ')}?)`;
    this.error(`error: unknown command '${word}'\n${hint}`, { code: 'commander.unknownCommand' });
  }
}

const VALUE_FLAGS = new Set(
  Object.values(GLOBAL_OPTIONS)
    .filter((o) => o.kind === 'value')
    .map((o) => o.flags.split(' ')[0]!),
);

/** The first word of a command line that is neither a global option nor its value: the command, or its group. */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (!arg.startsWith('-')) return arg;
    if (VALUE_FLAGS.has(arg)) i += 1;
  }
  return undefined;
}

/**
 * The entries of the command table a command line can run: those named by its first word (a
 * command, or a group with all its commands, in English or French). Commander then reads the
 * line exactly as with the whole table, which costs a few milliseconds to build at every start.
 * A line naming none of them (no command, `help`, a typo to suggest a command for) gets them all.
 */
export function entriesFor(word: string | undefined): readonly CommandSpec[] {
  if (word === undefined) return COMMANDS;
  const named = COMMANDS.filter((spec) => {
    const words = spec.name.split(' ');
    if (words.length === 1) return spec.name === word || (spec.aliases ?? []).includes(word);
    const group = words[0] as keyof typeof GROUPS;
    return group === word || GROUP_ALIASES[group].includes(word);
  });
  return named.length > 0 ? named : COMMANDS;
}

/**
 * How commands are named in the help: in French, the French name first (`inscrire|register`,
 * `caprural seance afficher|show`); in English, the English name alone (the French ones still work).
 */
function namesInHelp(lang: Lang): Partial<Help> {
  const shown = (cmd: Command) => (lang === 'fr' && cmd.aliases()[0]) || cmd.name();
  const term = (cmd: Command) => (lang === 'fr' && cmd.aliases()[0] ? `${cmd.aliases()[0]}|${cmd.name()}` : cmd.name());
  return {
    subcommandTerm(cmd: Command) {
      const standard = Help.prototype.subcommandTerm.call(this, cmd);
      const named = cmd.aliases()[0] ? `${cmd.name()}|${cmd.aliases()[0]}` : cmd.name();
      return term(cmd) + standard.slice(named.length);
    },
    commandUsage(cmd: Command) {
      const ancestors: string[] = [];
      for (let a = cmd.parent; a; a = a.parent) ancestors.unshift(shown(a));
      return [...ancestors, term(cmd), cmd.usage()].join(' ');
    },
  };
}

/** Runs one command line; returns the exit code. Never throws for a user error. */
export async function run(io: Io): Promise<number> {
  // The shell asking what to offer at a Tab (the script of `caprural completion`): answered
  // without building the program, and never an error.
  if (io.argv[0] === 'complete' && io.argv[1] === '--') {
    try {
      return await (await import('./completionRequest')).answerCompletionRequest(io, io.argv.slice(2));
    } catch {
      return 0;
    }
  }
  const lang = detectLang(langFromArgv(io.argv), io.env);
  const t = withFrenchCommands(translator(lang), lang);
  const ran: Ran = { exitCode: 0 };
  const program = buildProgram(io, lang, ran, entriesFor(commandWord(io.argv)));
  try {
    await program.parseAsync(helpArgv(io.argv), { from: 'user' });
    return ran.exitCode;
  } catch (error) {
    const json = (ran.json ?? jsonFromArgv(io.argv)) && !ran.jsonPrinted;
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error (exit 2).
      if (error.exitCode === 0) return 0;
      // The error and commander's suggestion "(…)" make the message; what to type is a detail.
      const [first = '', ...rest] = (ran.commanderMessage ?? error.message)
        .trim()
        .replace(/^(error: |erreur : )/, '')
        .split(/\n+/);
      const message = [first, ...rest.filter((line) => line.startsWith('('))].join(' ');
      const details = rest.filter((line) => !line.startsWith('('));
      if (json) printJsonError(io, { code: 2, key: error.code, message, details, problems: [] });
      return 2;
    }
    if (error instanceof CapruralError) {
      const paint = makePaint(io, !io.argv.includes('--no-color'));
      io.stderr.write(`${guarded(paint.error(wrapWords(renderError(error, t), messageWidth(io))))}\n`);
      if (json)
        printJsonError(io, {
          code: error.exitCode,
          key: String(error.key),
          message: jsonMessage(t(error.key, error.params as never)),
          details: errorDetails(error, t),
          problems: errorProblems(error, t),
        });
      return error.exitCode;
    }
    io.stderr.write(`${guarded(t('unexpected', { message: error instanceof Error ? (error.stack ?? error.message) : String(error) }))}\n`);
    if (json) printJsonError(io, { code: 70, key: 'unexpected', message: t('unexpected', { message: error instanceof Error ? error.message : String(error) }), details: [], problems: [] });
    return 70;
  }
}

/** With --json, a refused or failed command still answers one JSON document on stdout (its message stays on stderr). */
interface JsonError {
  /** The exit code: 1 refused by a rule, 2 usage or input, 3 store unusable, 130 interrupted, 70 a bug. */
  code: number;
  /** What failed, for a script to test: the message key (commander's code for its own errors). */
  key: string;
  /** What stderr says, on one line (without the colon that announces the details). */
  message: string;
  details: string[];
  /** The details as objects: the rule (R1-R12) a refusal is about, the command a hint proposes. */
  problems: JsonProblem[];
}

function printJsonError(io: Io, error: JsonError): void {
  io.stdout.write(`${escapeJsonForDisplay(JSON.stringify({ error }, null, 2))}\n`);
}

/** --json given before `--` (when commander stopped before the command ran). */
function jsonFromArgv(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * The one line said when standard output cannot be written (a full disk, a closed file): what
 * the command changed, if anything, is saved; only its answer was lost.
 */
export function outputFailedLine(argv: readonly string[], env: NodeJS.ProcessEnv, reason: string): string {
  return translator(detectLang(langFromArgv(argv), env))('stdoutFailed', { reason });
}

/**
 * `caprural help member add` is `caprural member add --help` (commander's help command would show
 * the help of `member`): the words after `help` name the command, at any depth.
 */
function helpArgv(argv: readonly string[]): string[] {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--store' || arg === '--lang') i += 1;
    else if (!arg.startsWith('-')) return arg === 'help' && argv.length > i + 1 ? [...argv.slice(0, i), ...argv.slice(i + 1), '--help'] : [...argv];
  }
  return [...argv];
}

function langFromArgv(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
}
