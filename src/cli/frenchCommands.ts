import type { Translate } from '../i18n/translate';
import { COMMANDS, GROUP_ALIASES } from './commands';

/** English command words -> the French names the French help shows first ('membership pay' -> 'cotisation payer'). */
let names: Map<string, string> | undefined;

function frenchNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  const group = (word: string) => GROUP_ALIASES[word as keyof typeof GROUP_ALIASES]?.[0];
  for (const [word, aliases] of Object.entries(GROUP_ALIASES)) names.set(word, aliases[0]!);
  for (const entry of COMMANDS) {
    const words = entry.name.split(' ');
    const last = entry.aliases?.[0] ?? words.at(-1)!;
    names.set(entry.name, words.length > 1 ? `${group(words[0]!) ?? words[0]} ${last}` : last);
  }
  return names;
}

/**
 * A French message's commands in the French names the French help shows ("Enregistrez-la avec :
 * caprural cotisation payer …", not "caprural membership pay …"): both are accepted, and the
 * organiser copies what the message says. Options and values are left as they are.
 */
export function frenchCommands(text: string): string {
  if (!text.includes('caprural ')) return text;
  return text.replace(/\bcaprural ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?/g, (whole, first: string, second: string | undefined) => {
    const map = frenchNames();
    const both = second === undefined ? undefined : map.get(`${first} ${second}`);
    if (both !== undefined) return `caprural ${both}`;
    const one = map.get(first);
    return one === undefined ? whole : `caprural ${one}${second === undefined ? '' : ` ${second}`}`;
  });
}

/** The translator of `lang`, with the French names of commands in French messages. */
export const withFrenchCommands = (t: Translate, lang: 'fr' | 'en'): Translate => (lang === 'fr' ? (key, params) => frenchCommands(t(key, params)) : t);
