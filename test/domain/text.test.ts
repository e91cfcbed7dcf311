import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, editDistance, parseFreeText, parseName, searchKey, uniqueId, wordsOf } from '../../src/domain/text';
import { slugify } from '../../src/domain/slugify';

describe('names', () => {
  it.each([
    ['  Véronique  ', 'Véronique'],
    ['Jean-Édouard', 'Jean-Édouard'],
    ["d'Artois", "d'Artois"],
    ['d’Artois', 'd’Artois'],
    ['Marie  Claire', 'Marie Claire'],
    ['Ve\u0301ronique', 'Véronique'], // NFD in, NFC stored
    ['Œdipe', 'Œdipe'],
  ])('accepts %j as %j', (input, stored) => {
    expect(parseName(input)).toBe(stored);
  });

  it.each(['', '   ', 'R2D2', 'Ann\u0000e', 'Ev\u202eil', 'a\u2066b', '<script>', "'Quote", '-Hyphen'])('refuses %j', (input) => {
    expect(parseName(input)).toBeNull();
  });

  it('stores free text NFC, trimmed, single-spaced', () => {
    expect(cleanText('  Pays  de\tGex ')).toBe('Pays de Gex');
    expect(parseFreeText('Pays de Ge\u0301x')).toBe('Pays de Géx');
    expect(parseFreeText('bad\u202e')).toBeNull();
  });
});

describe('searchKey', () => {
  it.each([
    ['veronique bernard', 'Véronique Bernard'],
    ['Bernard Véronique', 'Véronique Bernard'],
    ['JEAN-EDOUARD D’ARTOIS', "Jean-Édouard d'Artois"],
    ['oedipe', 'Œdipe'],
    ['  Laetitia   Casta ', 'Lætitia Casta'],
    ['Ve\u0301ronique Bernard', 'Véronique Bernard'],
  ])('%j and %j compare equal', (a, b) => {
    expect(searchKey(a)).toBe(searchKey(b));
  });

  it('keeps different names apart', () => {
    expect(searchKey('Véronique Bernard')).not.toBe(searchKey('Véronique Bertrand'));
  });
});

describe('ids', () => {
  it('slugifies names', () => {
    expect(slugify('GAL du Pays de Gex')).toBe('gal-du-pays-de-gex');
    expect(slugify("Jean-Édouard d'Artois")).toBe('jean-edouard-d-artois');
    expect(slugify('Œdipe')).toBe('oedipe');
  });

  it('suffixes taken ids', () => {
    const taken = new Set(['a', 'a-2']);
    expect(uniqueId('a', (id) => taken.has(id))).toBe('a-3');
    expect(uniqueId('b', (id) => taken.has(id))).toBe('b');
  });

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('wordsOf', () => {
  // What wordsOf did for every text before its shortcut for accented Latin letters: NFKD, marks removed.
  const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
  const reference = (input: string) =>
    input
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[œæßøłđı]/g, (c) => LIGATURES[c] ?? c)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0);

  it('folds each accented Latin letter as NFKD does', () => {
    for (let code = 0xc0; code <= 0x17f; code += 1) {
      const c = String.fromCharCode(code);
      expect(wordsOf(`a${c}b ${c}`)).toEqual(reference(`a${c}b ${c}`));
    }
  });

  it('gives the words NFKD gives, for any text of ASCII, accented Latin and other characters', () => {
    const latin = fc.integer({ min: 0xc0, max: 0x17f }).map((c) => String.fromCharCode(c));
    const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
    const other = fc.constantFrom('\u0301', '\u0327', 'ǅ', 'ﬁ', 'Ａ', '²', 'Петрова', 'ß', '\t', '’', 'ǆ', 'Ǆ', 'ŉ');
    fc.assert(
      fc.property(fc.array(fc.oneof(latin, latin, ascii, ascii, other), { maxLength: 20 }), (chars) => {
        const text = chars.join('');
        expect(wordsOf(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
