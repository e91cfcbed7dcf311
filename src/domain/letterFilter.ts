// A cheap necessary test that skips most people when one name or e-mail is compared with 20,000
// (look-alikes, namesakes): two texts compared in a folded form (case, accents, look-alike
// letters aside) can be equal only if every letter of one's folded form is a letter of the
// other's. An ASCII letter or digit of a text always gives its folded form (what `part` says)
// in the text's folded form, whatever surrounds it: so a text holding an ASCII letter or digit
// whose folded form has a letter the targets' folded forms lack cannot be equal to any of them.
// The test is one native regular-expression scan, no folding, nothing allocated; what passes is
// then compared exactly. Other characters are never used to skip (always let through).

const ASCII_ALNUM = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'];

/**
 * A regular expression that finds, in a text, an ASCII letter or digit `c` whose folded form
 * `part(c)` holds a letter or digit not among `letters` (the characters of the targets' folded
 * forms); null when there is none (nothing can be skipped).
 */
export function outsideLetters(letters: ReadonlySet<string>, part: (char: string) => string): RegExp | null {
  const excluded = ASCII_ALNUM.filter((c) => [...part(c)].some((x) => /[\p{L}\p{N}]/u.test(x) && !letters.has(x)));
  return excluded.length === 0 ? null : new RegExp(`[${excluded.join('')}]`);
}

/** The characters of some texts, as a set. */
export function lettersOf(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const c of t) out.add(c);
  return out;
}
