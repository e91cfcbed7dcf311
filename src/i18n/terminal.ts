// The words of the terminal itself: yes/no prompts, the key hints under a list, and commander's
// own errors (unknown command, missing argument...), in French when caprural speaks French.
import type { P } from './core';

export const terminalEn = {
  promptYes: (_: P) => `Yes`,
  promptNo: (_: P) => `No`,
  promptYesNoError: (p: { yes: string; no: string }) => `You must answer with "${p.yes}" or "${p.no}"`,
  promptKeyNavigate: (_: P) => `navigate`,
  promptKeyChoose: (_: P) => `select`,
  promptKeyTick: (_: P) => `select`,
  promptKeyAll: (_: P) => `all`,
  promptKeyInvert: (_: P) => `invert`,
  promptKeySpace: (_: P) => `space`,
  cmdErrPrefix: (_: P) => `error: `,
  cmdErrUnknownCommand: (p: { name: string }) => `unknown command '${p.name}'`,
  cmdErrUnknownOption: (p: { option: string }) => `unknown option '${p.option}'`,
  cmdErrMissingArgument: (p: { name: string }) => `missing required argument '${p.name}'`,
  cmdErrOptionMissingArgument: (p: { option: string }) => `option '${p.option}' argument missing`,
  cmdErrMandatoryOption: (p: { option: string }) => `required option '${p.option}' not specified`,
  cmdErrConflict: (p: { option: string; other: string }) => `option '${p.option}' cannot be used with option '${p.other}'`,
  cmdErrExcessArguments: (p: { command: string; expected: number; got: number }) =>
    `too many arguments${p.command ? ` for '${p.command}'` : ''}. Expected ${p.expected} argument${p.expected === 1 ? '' : 's'} but got ${p.got}.`,
  cmdErrInvalidOptionValue: (p: { value: string; option: string }) => `option '${p.option}' argument '${p.value}' is invalid.`,
  cmdErrInvalidArgumentValue: (p: { value: string; name: string }) => `command-argument value '${p.value}' is invalid for argument '${p.name}'.`,
  cmdErrChoices: (p: { choices: string }) => `Allowed choices are ${p.choices}.`,
  cmdErrDidYouMean: (p: { which: string }) => `(Did you mean ${p.which}?)`,
  cmdErrDidYouMeanOneOf: (p: { which: string }) => `(Did you mean one of ${p.which}?)`,
};

export const terminalFr: typeof terminalEn = {
  promptYes: () => `Oui`,
  promptNo: () => `Non`,
  promptYesNoError: (p) => `Répondez « ${p.yes} » ou « ${p.no} » (o/n)`,
  promptKeyNavigate: () => `naviguer`,
  promptKeyChoose: () => `choisir`,
  promptKeyTick: () => `cocher`,
  promptKeyAll: () => `tout`,
  promptKeyInvert: () => `inverser`,
  promptKeySpace: () => `espace`,
  cmdErrPrefix: () => `erreur : `,
  cmdErrUnknownCommand: (p) => `commande inconnue « ${p.name} »`,
  cmdErrUnknownOption: (p) => `option inconnue « ${p.option} »`,
  cmdErrMissingArgument: (p) => `argument obligatoire manquant « ${p.name} »`,
  cmdErrOptionMissingArgument: (p) => `l'option « ${p.option} » attend une valeur`,
  cmdErrMandatoryOption: (p) => `l'option obligatoire « ${p.option} » n'est pas indiquée`,
  cmdErrConflict: (p) => `l'option « ${p.option} » ne peut pas être utilisée avec l'option « ${p.other} »`,
  cmdErrExcessArguments: (p) => `trop d'arguments${p.command ? ` pour « ${p.command} »` : ''} : ${p.expected} attendu${p.expected > 1 ? 's' : ''}, ${p.got} reçu${p.got > 1 ? 's' : ''}.`,
  cmdErrInvalidOptionValue: (p) => `valeur « ${p.value} » invalide pour l'option « ${p.option} ».`,
  cmdErrInvalidArgumentValue: (p) => `valeur « ${p.value} » invalide pour l'argument « ${p.name} ».`,
  cmdErrChoices: (p) => `Valeurs possibles : ${p.choices}.`,
  cmdErrDidYouMean: (p) => `(vouliez-vous dire ${p.which} ?)`,
  cmdErrDidYouMeanOneOf: (p) => `(vouliez-vous dire l'un de : ${p.which} ?)`,
};
