import { UsageError } from '../errors';

/** Text as stored: NFC, trimmed, inner runs of white space folded to one space. */
export function cleanText(input: string): string {
  return input.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

// C0/C1 controls and the Unicode bidi overrides/isolates/marks that can disguise a name.
// The patterns with a Unicode property class (\p{…}) are built on first use: each costs about
// 0.1 ms to build, at every start otherwise.
let FORBIDDEN: RegExp | undefined;

/** True when the text holds a control or bidi character (refused in every stored text). */
export function hasForbiddenCharacters(input: string): boolean {
  return (FORBIDDEN ??= /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/u).test(input);
}

/** The first control or bidi character of a text, to be named in a refusal (shown escaped). */
export function firstForbiddenCharacter(input: string): string | undefined {
  return hasForbiddenCharacters(input) ? FORBIDDEN!.exec(input)?.[0] : undefined;
}

// A person's name: letters (with their combining marks), spaces, apostrophes ' and ’, hyphens, dots (initials).
let NAME: RegExp | undefined;

/** The cleaned name, or null when it is empty or holds characters a name cannot hold. */
export function parseName(input: string): string | null {
  if (hasForbiddenCharacters(input)) return null;
  const name = cleanText(input);
  if (name.length === 0 || name.length > 100 || !(NAME ??= /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u).test(name)) return null;
  return name;
}

/** Free text (titles, territories, reasons): cleaned, no control or bidi characters. */
/**
 * Why a free text given for `option` was refused by parseFreeText: too long (the limit said), else
 * what invalidText says (a control or bidi character, or nothing but blanks).
 */
export function freeTextError(option: string, input: string, maxLength = 500): UsageError {
  const length = cleanText(input).length;
  if (length > maxLength && !hasForbiddenCharacters(input.replace(/[\t\n\r]/g, ' '))) return new UsageError('textTooLong', { option, length, max: maxLength });
  return new UsageError('invalidText', { option, value: input });
}

export function parseFreeText(input: string, maxLength = 500): string | null {
  if (hasForbiddenCharacters(input.replace(/[\t\n\r]/g, ' '))) return null;
  const text = cleanText(input);
  if (text.length === 0 || text.length > maxLength) return null;
  return text;
}

// Letters that Unicode does not decompose into a base letter and a mark, spelled as people type them.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/**
 * The form names are compared in: lower case, no accents, ligatures spelled out,
 * apostrophes and hyphens as spaces, words sorted (so "Bernard Véronique" finds "Véronique Bernard").
 */
/**
 * A word as typed words are compared with fixed names (commands, export kinds, vocabulary values):
 * trimmed, lower case, accents removed (`Présentiel ` → `presentiel`).
 */
export function foldWord(input: string): string {
  return input.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchKey(input: string): string {
  return wordsOf(input).sort().join(' ');
}

/** The words of a text in comparison form, in their order. */
export function wordsOf(input: string): string[] {
  // Plain ASCII has no accents or ligatures to fold: skip the costly Unicode steps (this runs for
  // every person when a name is looked up in a store of 20,000).
  let text = PRINTABLE_ASCII.test(input) ? input.toLowerCase() : LATIN.test(input) ? foldLatin(input).toLowerCase() : input.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (FOLDED.test(text)) text = text.replace(/[œæßøłđı]/g, (c) => LIGATURES[c] ?? c);
  return text.split((SEPARATORS ??= /[^\p{L}\p{N}]+/u)).filter((w) => w.length > 0);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Names in French (and most European languages) hold only ASCII and these accented Latin letters
// (Latin-1 Supplement, Latin Extended-A). Each is folded by a table made from NFKD itself, so the
// result is the Unicode path's (test/domain/text.test.ts), without normalising the whole name:
// a look-up by name folds every person of the store.
const LATIN = /^[\x20-\x7e\u00c0-\u017f]*$/;
let latinFold: Map<string, string> | undefined;

function foldLatin(input: string): string {
  if (!latinFold) {
    latinFold = new Map();
    for (let code = 0xc0; code <= 0x17f; code += 1) {
      const c = String.fromCharCode(code);
      latinFold.set(c, c.normalize('NFKD').replace(/\p{M}/gu, ''));
    }
  }
  const table = latinFold;
  return input.replace(/[\u00c0-\u017f]/g, (c) => table.get(c)!);
}
const FOLDED = /[œæßøłđı]/;
let SEPARATORS: RegExp | undefined;

/** Ids caprural makes: lower-case letters and digits joined by single hyphens, at most 80 characters. */
export function isMadeIdShape(id: string): boolean {
  return id.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
}

/** The slug, or slug-2, slug-3… so that it is not already taken. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    const id = `${base}-${n}`;
    if (!taken(id)) return id;
  }
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * Orders ids and ISO instants (ASCII) by code unit. Cheaper than localeCompare, whose first
 * call loads the ICU collator (~10 ms at start-up), and the same order for these strings.
 */
export function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
