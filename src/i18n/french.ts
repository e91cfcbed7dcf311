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
