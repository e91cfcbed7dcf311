// French grammar shared by the French sentences.

/**
 * "de" before a name, with the élision French requires: "d'Anne", "d'Hélène", "d'Yves", but
 * "de Zoé", "de Yann". A vowel elides; an initial h is taken as mute (most given names: Hélène,
 * Henri, Hugo); a y elides only before a consonant (Yves, Yvonne), not before a vowel (Yann, Yasmine).
 */
export function de(name: string): string {
  const letters = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const [first, second] = [letters[0] ?? '', letters[1] ?? ''];
  const vowel = (c: string) => 'aeiouæœ'.includes(c) && c !== '';
  const elides = vowel(first) || first === 'h' || (first === 'y' && second !== '' && !vowel(second) && second !== 'y');
  return elides ? `d'${name}` : `de ${name}`;
}

/** A calendar day "2018-01-15" shown the French way, "15/01/2018" (anything else is left as it is). */
export function jour(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

/**
 * A count and its noun in French: 0 and 1 take the singular ("0 ligne", "1 ligne", "2 lignes").
 * `many` is the plural when it is not the singular plus "s" ("1 structure créée", "2 structures créées").
 */
export function nb(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count < 2 ? one : many}`;
}

/** The agreement of a word with a count, French rule (0 and 1 singular): "ajoutée" / "ajoutées". */
export function accord(count: number, one: string, many = `${one}s`): string {
  return count < 2 ? one : many;
}

/** A count and its noun in English: 1 takes the singular, 0 and 2 the plural ("1 row", "0 rows"). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
