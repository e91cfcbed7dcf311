// Commander's own errors (unknown command or option, missing or extra argument, bad choice) in the
// user's language. Commander composes them in English and hands them to `outputError` before it
// throws its CommanderError (whose code names the case); each pattern below is the template of one
// code in commander 14, so the sentence is rebuilt from its parts with our messages. A message
// matching no pattern (a later commander) is shown as commander wrote it.
import type { Translate } from '../i18n/translate';

type Rebuild = (m: RegExpMatchArray, t: Translate) => string;

/** Commander's templates, by CommanderError code. */
const TEMPLATES: Array<{ code: string; pattern: RegExp; rebuild: Rebuild }> = [
  { code: 'commander.unknownCommand', pattern: /^unknown command '(.*)'$/s, rebuild: (m, t) => t('cmdErrUnknownCommand', { name: m[1]! }) },
  { code: 'commander.unknownOption', pattern: /^unknown option '(.*)'$/s, rebuild: (m, t) => t('cmdErrUnknownOption', { option: m[1]! }) },
  { code: 'commander.missingArgument', pattern: /^missing required argument '(.*)'$/s, rebuild: (m, t) => t('cmdErrMissingArgument', { name: m[1]! }) },
  { code: 'commander.optionMissingArgument', pattern: /^option '(.*)' argument missing$/s, rebuild: (m, t) => t('cmdErrOptionMissingArgument', { option: m[1]! }) },
  { code: 'commander.missingMandatoryOptionValue', pattern: /^required option '(.*)' not specified$/s, rebuild: (m, t) => t('cmdErrMandatoryOption', { option: m[1]! }) },
  {
    code: 'commander.conflictingOption',
    pattern: /^option '(.*)' cannot be used with option '(.*)'$/s,
    rebuild: (m, t) => t('cmdErrConflict', { option: m[1]!, other: m[2]! }),
  },
  {
    code: 'commander.excessArguments',
    pattern: /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s,
    rebuild: (m, t) => t('cmdErrExcessArguments', { command: m[1] ?? '', expected: Number(m[2]), got: Number(m[3]) }),
  },
  {
    code: 'commander.invalidArgument',
    pattern: /^option '(.*)' argument '(.*)' is invalid\.(?: (.*))?$/s,
    rebuild: (m, t) => [t('cmdErrInvalidOptionValue', { option: m[1]!, value: m[2]! }), reason(m[3], t)].filter(Boolean).join(' '),
  },
  {
    code: 'commander.invalidArgument',
    pattern: /^command-argument value '(.*)' is invalid for argument '(.*)'\.(?: (.*))?$/s,
    rebuild: (m, t) => [t('cmdErrInvalidArgumentValue', { value: m[1]!, name: m[2]! }), reason(m[3], t)].filter(Boolean).join(' '),
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
 * `text` as commander wrote it for `outputError` ("error: ...\n"), in the language of `t`:
 * unchanged when no template matches.
 */
export function translateCommanderError(text: string, t: Translate): string {
  const whole = /^error: (.*?)(?:\n(\(Did you mean .*\?\)))?\n?$/s.exec(text);
  if (!whole) return text;
  const body = whole[1]!;
  for (const { pattern, rebuild } of TEMPLATES) {
    const m = body.match(pattern);
    if (!m) continue;
    const hint = whole[2] === undefined ? '' : `\n${suggestion(whole[2], t)}`;
    return `${t('cmdErrPrefix')}${rebuild(m, t)}${hint}\n`;
  }
  return text;
}
