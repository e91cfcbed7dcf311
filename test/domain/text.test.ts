import { describe, expect, it } from 'vitest';
import { cleanText, editDistance, parseFreeText, parseName, searchKey, uniqueId } from '../../src/domain/text';
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
