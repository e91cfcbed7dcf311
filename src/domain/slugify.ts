// Ids made from names. Apart from src/domain/text.ts because transliterate builds its tables
// when loaded (about 10 ms at start-up), which only the commands that create records need.
import transliterate from '@sindresorhus/transliterate';
import { wordsOf } from './text';

/** A word of wordsOf() in ASCII: other alphabets transliterated ("Петрова" -> "petrova"), anything else dropped. */
function asciiWord(word: string): string {
  if (/^[a-z0-9]*$/.test(word)) return word;
  return transliterate(word)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * An id made from a text, in ASCII only: "GAL du Pays de Gex" -> "gal-du-pays-de-gex". A letter
 * of another alphabet is transliterated, so an id never looks like another one while being
 * different ("Bernаrd" with a Cyrillic "а" gives "bernard", then "bernard-2" if taken).
 */
export function slugify(input: string): string {
  const slug = wordsOf(input).map(asciiWord).filter(Boolean).join('-').slice(0, 60).replace(/-+$/, '');
  return slug.length > 0 ? slug : 'x';
}
