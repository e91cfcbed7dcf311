// Commander's own errors (unknown command or option, missing or extra argument, bad choice) in the
// user's language. Commander composes them in English and hands them to `outputError` before it
// throws its CommanderError (whose code names the case); each pattern below is the template of one
// code in commander 14, so the sentence is rebuilt from its parts with our messages. A message
// matching no pattern (a later commander) is shown as commander wrote it.
import { PLACEHOLDERS_FR } from '../i18n/help';
import type { Translate } from '../i18n/translate';

/**
 * The command whose line was refused: its English words ('member edit', '' for caprural itself)
 * and its arguments, to say what to type; and the language, for the placeholders' names.
 */
export interface Where {
  words: string;
  args: ReadonlyArray<{ name: string; required: boolean }>;
  lang: 'fr' | 'en';
}

type Rebuild = (m: RegExpMatchArray, t: Translate, w: Where) => string;

/** `<file>` -> `<fichier>` in French (the names the French help shows), in an option's spec or an argument's name. */
const placeholder = (word: string, w: Where) => (w.lang === 'fr' ? (PLACEHOLDERS_FR[word] ?? word) : word);
const placeholders = (text: string, w: Where) => text.replace(/([<[])([a-z-]+)([\]>])/g, (_, open: string, word: string, close: string) => `${open}${placeholder(word, w)}${close}`);
const helpLine = (w: Where) => `caprural ${w.words ? `${w.words} ` : ''}--help`;
const seeHelp = (t: Translate, w: Where) => t('cmdErrSeeHelp', { help: helpLine(w) });

/** Commander's templates, by CommanderError code. */
const TEMPLATES: Array<{ code: string; pattern: RegExp; rebuild: Rebuild }> = [
  { code: 'commander.unknownCommand', pattern: /^unknown command '(.*)'$/s, rebuild: (m, t) => t('cmdErrUnknownCommand', { name: m[1]! }) },
  {
    code: 'commander.unknownOption',
    pattern: /^unknown option '(.*)'$/s,
    rebuild: (m, t, w) => `${t('cmdErrUnknownOption', { option: m[1]! })}\n${seeHelp(t, w)}`,
  },
  {
    code: 'commander.missingArgument',
    pattern: /^missing required argument '(.*)'$/s,
    rebuild: (m, t, w) => {
      const usage = ['caprural', w.words, ...w.args.filter((a) => a.required).map((a) => `<${placeholder(a.name, w)}>`)].filter(Boolean).join(' ');
      return `${t('cmdErrMissingArgument', { name: placeholder(m[1]!, w) })}\n${t('cmdErrMissingArgumentHint', { usage, help: helpLine(w) })}`;
    },
  },
  {
    code: 'commander.optionMissingArgument',
    pattern: /^option '(.*)' argument missing$/s,
    rebuild: (m, t, w) => `${t('cmdErrOptionMissingArgument', { option: placeholders(m[1]!, w) })}\n${seeHelp(t, w)}`,
  },
  {
    code: 'commander.missingMandatoryOptionValue',
    pattern: /^required option '(.*)' not specified$/s,
    rebuild: (m, t, w) => `${t('cmdErrMandatoryOption', { option: placeholders(m[1]!, w) })}\n${seeHelp(t, w)}`,
  },
  {
    code: 'commander.conflictingOption',
    pattern: /^option '(.*)' cannot be used with option '(.*)'$/s,
    rebuild: (m, t, w) => t('cmdErrConflict', { option: placeholders(m[1]!, w), other: placeholders(m[2]!, w) }),
  },
  {
    code: 'commander.excessArguments',
    pattern: /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s,
    rebuild: (m, t, w) => `${t('cmdErrExcessArguments', { command: m[1] ?? '', expected: Number(m[2]), got: Number(m[3]) })}\n${seeHelp(t, w)}`,
  },
  {
    code: 'commander.invalidArgument',
    pattern: /^option '(.*)' argument '(.*)' is invalid\.(?: (.*))?$/s,
    rebuild: (m, t, w) => [t('cmdErrInvalidOptionValue', { option: placeholders(m[1]!, w), value: m[2]! }), reason(m[3], t)].filter(Boolean).join(' '),
  },
  {
    code: 'commander.invalidArgument',
    pattern: /^command-argument value '(.*)' is invalid for argument '(.*)'\.(?: (.*))?$/s,
    rebuild: (m, t, w) => [t('cmdErrInvalidArgumentValue', { value: m[1]!, name: placeholder(m[2]!, w) }), reason(m[3], t)].filter(Boolean).join(' '),
  },
];

/** The reason commander adds after an invalid value: the allowed choices, translated. */
function reason(text: string | undefined, t: Translate): string {
  if (!text) return '';
  const choices = /^Allowed choices are (.*)\.$/s.exec(text);
  return choices ? t('cmdErrChoices', { choices: choices[1]! }) : text;
}

/** "(Did you mean sessions?)", the suggestion commander puts on a line of its own. */
function suggestion(line: string, t: Translate): string {
  const oneOf = /^\(Did you mean one of (.*)\?\)$/.exec(line);
  if (oneOf) return t('cmdErrDidYouMeanOneOf', { which: oneOf[1]! });
  const one = /^\(Did you mean (.*)\?\)$/.exec(line);
  return one ? t('cmdErrDidYouMean', { which: one[1]! }) : line;
}

/**
 * `text` as commander wrote it for `outputError` ("error: ...\n"), in the language of `t`, with a
 * line saying what to type for `where` (the refused command): unchanged when no template matches.
 */
export function translateCommanderError(text: string, t: Translate, where: Where = { words: '', args: [], lang: 'en' }): string {
  const whole = /^error: (.*?)(?:\n(\(Did you mean .*\?\)))?\n?$/s.exec(text);
  if (!whole) return text;
  const body = whole[1]!;
  for (const { pattern, rebuild } of TEMPLATES) {
    const m = body.match(pattern);
    if (!m) continue;
    // The error, commander's suggestion if any, then what to type.
    const [error, ...todo] = rebuild(m, t, where).split('\n');
    const hint = whole[2] === undefined ? [] : [suggestion(whole[2], t)];
    return `${[`${t('cmdErrPrefix')}${error}`, ...hint, ...todo].join('\n')}\n`;
  }
  return text;
}
