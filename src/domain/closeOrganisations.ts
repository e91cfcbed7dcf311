import type { Organisation } from '../store/index';
import { typoBudget, typoDistance } from './suggest';
import { wordsOf } from './text';

/**
 * The organisations a mistyped name most likely means ("PNR des Baronies" -> "PNR des Baronnies
 * provençales"): every word typed is a word of the name, the start of one, or a few typos from one
 * (words compared without case or accents); the name may have more words. Only the nearest, at most `max`.
 */
export function closeOrganisations(organisations: readonly Organisation[], typed: string, max = 3): Organisation[] {
  const words = wordsOf(typed);
  if (words.length === 0 || words.join('').length < 3) return [];
  const scored: Array<{ org: Organisation; d: number }> = [];
  for (const org of organisations) {
    const names = [...wordsOf(org.name), ...org.id.split('-')];
    let total = 0;
    for (const word of words) {
      let best = Infinity;
      for (const name of names) {
        const d = name === word ? 0 : word.length >= 3 && name.startsWith(word) ? 0.5 : typoDistance(word, name);
        if (d < best) best = d;
      }
      if (best > typoBudget(word.length)) {
        total = Infinity;
        break;
      }
      total += best;
    }
    if (total < Infinity) scored.push({ org, d: total });
  }
  if (scored.length === 0) return [];
  const nearest = Math.min(...scored.map((s) => s.d));
  return scored
    .filter((s) => s.d === nearest)
    .slice(0, max)
    .map((s) => s.org);
}
