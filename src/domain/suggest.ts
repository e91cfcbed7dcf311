// "Did you mean …?" for what is typed by hand: session ids, export kinds, people's names.

/**
 * Optimal string alignment distance (Levenshtein plus the swap of two neighbouring letters):
 * "Bernrad" is one typo away from "Bernard", as a person counts it.
 */
export function typoDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Three rolling rows: the one before the previous is needed for the swap.
  let before = new Int32Array(b.length + 1);
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** How many typos a word of this length may hold and still be recognised: 1 up to 4 letters, 2 up to 9, then 3. */
export function typoBudget(length: number): number {
  return length <= 4 ? 1 : length <= 9 ? 2 : 3;
}

/**
 * The known values closest to `typed` (an unknown session id, export kind…): those containing it
 * or contained in it, else those within a few typos, only the nearest; at most `max`.
 */
export function closestValues(known: readonly string[], typed: string, max = 3): string[] {
  const text = typed.trim().toLowerCase();
  if (text === '') return [];
  const budget = typoBudget(text.length);
  const close = known
    .map((value) => {
      const lower = value.toLowerCase();
      const contains = text.length >= 3 && (lower.includes(text) || text.includes(lower));
      return { value, d: contains ? 0 : typoDistance(lower, text) };
    })
    .filter(({ d }) => d <= budget)
    .sort((a, b) => a.d - b.d || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  // Only the nearest: "n1-2108" suggests n1-2018, not also n1-2017 two typos away.
  return close
    .filter(({ d }) => d === close[0]!.d)
    .slice(0, max)
    .map(({ value }) => value);
}
