import { describe, expect, it } from 'vitest';
import { matchMember } from '../../src/domain/people';
import { searchKey } from '../../src/domain/text';
import { person } from '../helpers/people';

const people = [
  person('veronique-bernard', 'Véronique', 'Bernard'),
  person('paul-bernard', 'Paul', 'Bernard'),
  person('jean-edouard-d-artois', 'Jean-Édouard', "d'Artois"),
  person('oedipe-roi', 'Œdipe', 'Roi'),
  person('laetitia-caesar', 'Lætitia', 'Cæsar'),
  person('anne-marie-de-la-tour', 'Anne Marie', 'de la Tour'),
];

const idOf = (ref: string) => {
  const m = matchMember(people, ref);
  return m.kind === 'one' ? m.member.id : m.kind;
};

describe('name matching', () => {
  it.each([
    ['veronique bernard', 'veronique-bernard'],
    ['VÉRONIQUE BERNARD', 'veronique-bernard'],
    ['Bernard Véronique', 'veronique-bernard'],
    ['  Véronique    Bernard  ', 'veronique-bernard'],
    ['JEAN-EDOUARD D’ARTOIS', 'jean-edouard-d-artois'],
    ["jean edouard d'artois", 'jean-edouard-d-artois'],
    ["d'Artois Jean-Édouard", 'jean-edouard-d-artois'],
    ['oedipe roi', 'oedipe-roi'],
    ['OEDIPE Roi', 'oedipe-roi'],
    ['laetitia caesar', 'laetitia-caesar'],
    ['Anne-Marie de La Tour', 'anne-marie-de-la-tour'],
    ['Veronique-Bernard@Example.FR', 'veronique-bernard'],
    ['paul-bernard', 'paul-bernard'],
  ])('"%s" finds %s', (ref, id) => {
    expect(idOf(ref)).toBe(id);
  });

  it('finds a name typed in NFD (decomposed accents) when it is stored in NFC', () => {
    const nfd = 'Véronique Bernard'.normalize('NFD');
    expect(nfd).not.toBe('Véronique Bernard'.normalize('NFC'));
    expect(idOf(nfd)).toBe('veronique-bernard');
    expect(idOf('JEAN-ÉDOUARD D’ARTOIS'.normalize('NFD'))).toBe('jean-edouard-d-artois');
  });

  it('finds a name stored in NFD too (searchKey folds both forms alike)', () => {
    expect(searchKey('Œdipe Rôi'.normalize('NFD'))).toBe(searchKey('oedipe roi'));
    expect(searchKey('Ærø Łódź')).toBe('aero lodz');
  });

  it('a last name shared by two people lists both (ambiguity), never picks one', () => {
    const m = matchMember(people, 'bernard');
    expect(m.kind).toBe('many');
    expect(m.kind === 'many' && m.members.map((p) => p.id).sort()).toEqual(['paul-bernard', 'veronique-bernard']);
  });

  it("a part of one person's name does not select them: it is suggested", () => {
    const m = matchMember(people, 'Œdipe');
    expect(m.kind).toBe('none');
    expect(m.kind === 'none' && m.suggestions[0]!.id).toBe('oedipe-roi');
  });

  it('a misspelt name matches nobody and suggests the closest names', () => {
    const m = matchMember(people, 'Veronque Bernrad');
    expect(m.kind).toBe('none');
    expect(m.kind === 'none' && m.suggestions.map((p) => p.id)).toContain('veronique-bernard');
  });

  it('a name nobody is close to suggests nothing', () => {
    const m = matchMember(people, 'Zoé Zyx');
    expect(m).toEqual({ kind: 'none', suggestions: [] });
  });
});
