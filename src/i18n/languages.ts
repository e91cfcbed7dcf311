// The tables of one language: its messages and its help texts. In the bundle, each language's
// tables are a file of their own, built by scripts/build.js from this module with the other
// language left out, and this module is replaced by one that requires the file of the language
// asked for on its first use: a run loads only its own language's tables (half of them were
// a millisecond of every start). Here, in the sources and the tests, both are simply imported.
import { helpEn, helpFr, type HelpKey } from './help';
import { en, fr, type Messages } from './messages';

export interface Language {
  messages: Messages;
  help: Record<HelpKey, string>;
}

export const english: Language = { messages: en, help: helpEn };
export const french: Language = { messages: fr, help: helpFr };

/** The tables of `lang`. */
export const language = (lang: 'fr' | 'en'): Language => (lang === 'fr' ? french : english);

/** The help texts of `lang` (commands, options, titles of the help). */
export const helpTexts = (lang: 'fr' | 'en'): Record<HelpKey, string> => language(lang).help;
