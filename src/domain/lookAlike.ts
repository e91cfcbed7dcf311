// People whose name or e-mail looks like someone else's: a Cyrillic "а" in "Bernаrd", an "rn"
// for an "m", a "1" for an "l". Compared by their UTS #39 skeletons, from Unicode's
// confusables.txt as the unhomoglyph package ships it. Loaded only when a person is added or
// changed (the table is about 100 kB).
import confusables from 'unhomoglyph/data.json';
import type { Member } from '../store/index';
import { fullName } from './people';
import { searchKey } from './text';
import { lettersOf, outsideLetters } from './letterFilter';

const PROTOTYPE = new Map<string, string>(Object.entries(confusables as Record<string, string>));

// The ASCII characters confusables.txt maps to something else ("m" looks like "rn", "1" like "l").
const ASCII_CONFUSABLE = /[01I|`"%m]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * The UTS #39 skeleton of a text: NFD, every character replaced by its prototype, NFD again.
 * Two texts with the same skeleton look the same.
 */
export function skeleton(text: string): string {
  if (ASCII_ONLY.test(text)) return text.replace(ASCII_CONFUSABLE, (c) => PROTOTYPE.get(c) ?? c);
  let out = '';
  for (const char of text.normalize('NFD')) out += PROTOTYPE.get(char) ?? char;
  return out.normalize('NFD');
}

// What one character of an NFD text contributes to the look of a name, or of an e-mail: its
// prototype, decomposed, lower case (a name also loses its accents and its punctuation becomes a
// word break). Cached per character: names use few distinct characters, so 20,000 people cost
// a few milliseconds.
const NAME_PART = new Map<string, string>();
const EMAIL_PART = new Map<string, string>();

function namePart(char: string): string {
  let part = NAME_PART.get(char);
  if (part === undefined) {
    part = (PROTOTYPE.get(char) ?? char)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ');
    NAME_PART.set(char, part);
  }
  return part;
}

function emailPart(char: string): string {
  let part = EMAIL_PART.get(char);
  if (part === undefined) {
    part = (PROTOTYPE.get(char) ?? char).normalize('NFD').toLowerCase();
    EMAIL_PART.set(char, part);
  }
  return part;
}

/** The words of a name as it looks, in any text (the reference computation). */
export function lookWordsOf(text: string): string[] {
  let out = '';
  for (const char of text.normalize('NFD')) out += namePart(char);
  return out.split(' ').filter(Boolean);
}

// Printable ASCII without "%" (whose prototype is not ASCII): looked at with native string
// operations, the same result as lookWordsOf, several times faster (most names and e-mails).
const PLAIN_ASCII = /^[\x20-\x24\x26-\x7e]*$/;
const ASCII_LOOKALIKE = new RegExp(
  `[${[...PROTOTYPE.keys()]
    .filter((c) => PLAIN_ASCII.test(c))
    .map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .join('')}]`,
  'g',
);
const ASCII_WORD_BREAK = /[^a-z0-9]+/;

function lookWords(text: string): string[] {
  if (!PLAIN_ASCII.test(text)) return lookWordsOf(text);
  return text
    .replace(ASCII_LOOKALIKE, (c) => PROTOTYPE.get(c) ?? c)
    .toLowerCase()
    .split(ASCII_WORD_BREAK)
    .filter(Boolean);
}

/** A name as it looks: skeleton, without accents or case, words in order (as names are compared). */
export function lookOfName(name: string): string {
  return lookWords(name).sort().join(' ');
}

/** An e-mail as it looks, in any text (the reference computation). */
export function lookOfEmailOf(email: string): string {
  let out = '';
  for (const char of email.normalize('NFD')) out += emailPart(char);
  return out;
}

/** An e-mail as it looks (its skeleton, lower case). */
export function lookOfEmail(email: string): string {
  if (!PLAIN_ASCII.test(email)) return lookOfEmailOf(email);
  return email.replace(ASCII_LOOKALIKE, (c) => PROTOTYPE.get(c) ?? c).toLowerCase();
}

// The scripts a name or an address may mix to imitate Latin letters, and the usual others.
const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Lisu', /\p{Script=Lisu}/u],
  ['Coptic', /\p{Script=Coptic}/u],
  ['Han', /\p{Script=Han}/u],
];

/** The scripts of the letters of a text (digits, punctuation and marks belong to none). */
export function scriptsOf(text: string): string[] {
  const found = new Set<string>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    found.add(SCRIPTS.find(([, re]) => re.test(char))?.[0] ?? 'other');
  }
  return [...found];
}

/**
 * The characters of a text that make it look like another: letters of another alphabet than
 * Latin, and characters with a look-alike elsewhere in Unicode, each with its code point
 * ("а U+0430"), so a warning can say what to look at.
 */
export function unusualCharacters(text: string): string[] {
  const out = new Set<string>();
  for (const char of text.normalize('NFC')) {
    if (ASCII_ONLY.test(char)) continue;
    const foreign = /\p{L}/u.test(char) && !/\p{Script=Latin}/u.test(char);
    const decomposed = char.normalize('NFD');
    const mapped = [...decomposed].some((c) => !/\p{M}/u.test(c) && !ASCII_ONLY.test(c) && PROTOTYPE.has(c));
    if (foreign || mapped) out.add(`${char} U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...out];
}

export type LookAlike =
  | { kind: 'name'; member: Member; existing: Member; /** What differs, e.g. "а U+0430". */ characters: string[] }
  | { kind: 'email'; member: Member; existing: Member; characters: string[] }
  | { kind: 'mixedName'; member: Member; scripts: string[] }
  | { kind: 'mixedEmail'; member: Member; scripts: string[] };

/**
 * What to warn about the people just added or changed (`changed`, already in `all`): another
 * person whose name or e-mail looks the same while being different, and a name or an e-mail that
 * mixes alphabets. Same-named people (namesakes) are not look-alikes: the person matcher
 * lists them. Anonymised records are left out.
 */
export function findLookAlikes(all: readonly Member[], changed: readonly Member[]): LookAlike[] {
  if (changed.length === 0) return [];
  // The looks of the people checked, in small maps; everyone else is looked up in them in one pass.
  const targets = changed.map((m) => ({ m, name: fullName(m), found: [] as LookAlike[] }));
  const byName = new Map<string, typeof targets>();
  const byEmail = new Map<string, typeof targets>();
  const push = (map: Map<string, typeof targets>, key: string, t: (typeof targets)[number]) => {
    const list = map.get(key);
    if (list) list.push(t);
    else map.set(key, [t]);
  };
  for (const t of targets) {
    const nameScripts = scriptsOf(t.name);
    if (nameScripts.length > 1) t.found.push({ kind: 'mixedName', member: t.m, scripts: nameScripts });
    const emailScripts = scriptsOf(t.m.email);
    if (emailScripts.length > 1) t.found.push({ kind: 'mixedEmail', member: t.m, scripts: emailScripts });
    push(byName, lookOfName(t.name), t);
    push(byEmail, lookOfEmail(t.m.email), t);
  }
  // Only a person each of whose letters is a letter of a target's look can look like a target;
  // likewise for e-mails: the others are skipped on one scan of their name or address
  // (src/domain/letterFilter.ts). What passes is compared exactly.
  const skipName = outsideLetters(lettersOf(byName.keys()), namePart);
  const skipEmail = outsideLetters(lettersOf(byEmail.keys()), emailPart);
  // First names repeat: their look is worked out once.
  const firstNames = new Map<string, string[]>();
  const firstLook = (first: string) => {
    let words = firstNames.get(first);
    if (!words) firstNames.set(first, (words = lookWords(first)));
    return words;
  };
  for (const other of all) {
    if (other.anonymisedAt !== null) continue;
    if (!skipName?.test(other.firstName) && !skipName?.test(other.lastName)) {
      const otherName = fullName(other);
      const look = [...firstLook(other.firstName), ...lookWords(other.lastName)].sort().join(' ');
      for (const t of byName.get(look) ?? []) {
        if (other.id !== t.m.id && searchKey(otherName) !== searchKey(t.name)) {
          t.found.push({ kind: 'name', member: t.m, existing: other, characters: unusualCharacters(t.name) });
        }
      }
    }
    if (!skipEmail?.test(other.email)) {
      for (const t of byEmail.get(lookOfEmail(other.email)) ?? []) {
        if (other.id !== t.m.id && other.email !== t.m.email) {
          t.found.push({ kind: 'email', member: t.m, existing: other, characters: unusualCharacters(t.m.email) });
        }
      }
    }
  }
  return targets.flatMap((t) => t.found);
}
