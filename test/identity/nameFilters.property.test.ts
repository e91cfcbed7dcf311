// Issue 20: the look-alike and namesake checks skip most people on a look-up per distinct first
// name, last name and e-mail domain (src/domain/wordFilter.ts). These properties prove that the
// filtered checks find exactly what comparing the new person with everyone finds, on random
// French names: accents composed or not, hyphens, apostrophes ' and ’, ligatures, case, first
// and last names swapped, Cyrillic and Greek look-alike letters, "rn" for "m", "1" for "l".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importNamesakes } from '../../src/app/memberImport';
import { findLookAlikes, lookOfEmailOf, lookWordsOf, scriptsOf, unusualCharacters, type LookAlike } from '../../src/domain/lookAlike';
import { fullName } from '../../src/domain/people';
import { searchKey } from '../../src/domain/text';
import type { Member } from '../../src/store/schema';
import { person } from '../helpers/people';

// Pieces of names, chosen so that random ones often collide: the same name spelt with or without
// accents, in another case, with a look-alike letter of another alphabet, a ligature, an
// apostrophe or a hyphen; combining accents (NFD) and a Greek final sigma too.
const PIECES = [
  'Véronique',
  'Veronique',
  'VÉRONIQUE',
  'Ve\u0301ronique',
  'V\u0435ronique',
  'Jean',
  'JEAN',
  'Jеan',
  'Édouard',
  'Edouard',
  'Marie',
  'Marіe',
  'Hélène',
  'Helene',
  'Bernard',
  'Bern\u0430rd',
  'Bemard',
  'Bernаrd',
  'Lœuvre',
  'Loeuvre',
  'Lœuvré',
  "d'Artois",
  'd’Artois',
  'dArtois',
  'D Artois',
  'Artois',
  'Camille',
  'Camiile',
  'Cami11e',
  'Emma',
  'Ernma',
  'Zoé',
  'Zoe',
  'Ζοε',
  'Οδος',
  'ΟΔΟΣ',
  'Ødegård',
  'Odegard',
  'Œdipe',
  'Oedipe',
  'Straße',
  'Strasse',
  'İlker',
  'Ilker',
];
const SEP = [' ', '-', ' '];
const pieceNameArb = fc.tuple(fc.constantFrom(...PIECES), fc.option(fc.tuple(fc.constantFrom(...SEP), fc.constantFrom(...PIECES)), { nil: undefined })).map(([a, b]) => (b ? `${a}${b[0]}${b[1]}` : a));
// A few people, each written in many ways: most pairs of them are namesakes or look-alikes.
const IDENTITIES: Array<[string, string]> = [
  ['Véronique', 'Bernard'],
  ['Jean-Édouard', "d'Artois"],
  ['Zoé', 'Lœuvre'],
  ['Emma', 'Milo'],
  ['Ilker', 'Straße'],
];
const VARIANTS: Array<(s: string) => string> = [
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => s.normalize('NFD').replace(/\p{M}/gu, ''),
  (s) => s.normalize('NFD'),
  (s) => s.replace(/'/g, '’'),
  (s) => s.replace(/-/g, ' '),
  (s) => s.replace(/a/g, '\u0430'),
  (s) => s.replace(/m/g, 'rn'),
  (s) => s.replace(/l/g, '1'),
  (s) => s.replace(/œ/g, 'oe'),
  (s) => s.replace(/o/g, '0'),
];
const identityArb = fc
  .tuple(fc.constantFrom(...IDENTITIES), fc.boolean(), fc.constantFrom(...VARIANTS), fc.constantFrom(...VARIANTS))
  .map(([[first, last], swap, f, g]) => (swap ? [g(last), f(first)] : [f(first), g(last)]) as [string, string]);
const namesArb = fc.oneof(fc.tuple(pieceNameArb, pieceNameArb), identityArb);
const LOCALS = ['ana', 'anа', 'ana1', 'anal', 'anaI', 'emma', 'ernma', 'zoe', 'zoé', 'Zoe', 'jean.bernard', 'jean.bemard', 'o0', 'oO'];
const DOMAINS = ['gal-drome.fr', 'gaI-drome.fr', 'ga1-drome.fr', 'gаl-drome.fr', 'GAL-DROME.FR', 'x.fr', 'x.fr@x.fr', 'example.org', 'exarnple.org', 'gal-drome.fr\uff20x.fr'];
const emailArb = fc.tuple(fc.constantFrom(...LOCALS), fc.constantFrom('@', '@', '@', '\uff20'), fc.constantFrom(...DOMAINS)).map(([l, at, d]) => `${l}${at}${d}`);
const peopleArb = fc.array(
  fc.record({ names: namesArb, email: emailArb, anonymised: fc.boolean() }).map(({ names: [first, last], email, anonymised }) => ({ first, last, email, anonymised })),
  { minLength: 1, maxLength: 40 },
);

const members = (rows: Array<{ first: string; last: string; email: string; anonymised: boolean }>): Member[] =>
  rows.map((r, i) => ({ ...person(`p-${i}`, r.first, r.last, { email: r.email }), anonymisedAt: r.anonymised && i % 3 === 0 ? '2020-01-01T00:00:00.000Z' : null }));

/** The reference: each changed person compared with everyone, by the reference computations. */
function lookAlikesByComparingEveryone(all: readonly Member[], changed: readonly Member[]): LookAlike[] {
  const lookOfNameRef = (name: string) => lookWordsOf(name).sort().join(' ');
  return changed.flatMap((m) => {
    const found: LookAlike[] = [];
    const name = fullName(m);
    if (scriptsOf(name).length > 1) found.push({ kind: 'mixedName', member: m, scripts: scriptsOf(name) });
    if (scriptsOf(m.email).length > 1) found.push({ kind: 'mixedEmail', member: m, scripts: scriptsOf(m.email) });
    for (const other of all) {
      if (other.anonymisedAt !== null || other.id === m.id) continue;
      if (lookOfNameRef(fullName(other)) === lookOfNameRef(name) && searchKey(fullName(other)) !== searchKey(name)) {
        found.push({ kind: 'name', member: m, existing: other, characters: unusualCharacters(name) });
      }
      if (lookOfEmailOf(other.email) === lookOfEmailOf(m.email) && other.email !== m.email) {
        found.push({ kind: 'email', member: m, existing: other, characters: unusualCharacters(m.email) });
      }
    }
    return found;
  });
}

describe('the filtered look-alike check finds what comparing with everyone finds', () => {
  it('for one person added, and for several (an import)', () => {
    fc.assert(
      fc.property(peopleArb, fc.array(fc.nat(), { maxLength: 6 }), (rows, picks) => {
        const all = members(rows);
        const changed = [...new Set([all.length - 1, ...picks.map((p) => p % all.length)])].map((i) => all[i]!).filter((m) => m.anonymisedAt === null);
        expect(findLookAlikes(all, changed)).toEqual(lookAlikesByComparingEveryone(all, changed));
      }),
      { numRuns: 400 },
    );
  });

  it('finds look-alikes the filter must not skip (swapped names, accents, confusables)', () => {
    const all = [
      person('a', 'Bernard', 'Véronique', { email: 'v@gal-drome.fr' }),
      person('b', 'Véronique', 'Bern\u0430rd', { email: 'w@x.fr' }),
      person('c', 'Emma', 'Roi', { email: 'ernma@gal-drome.fr' }),
      person('d', 'Ernma', 'Roi', { email: 'emma@gaI-drome.fr' }),
    ];
    const kinds = (m: Member) => findLookAlikes(all, [m]).map((l) => `${l.kind}:${'existing' in l ? l.existing.id : ''}`);
    expect(kinds(all[1]!)).toEqual(['mixedName:', 'name:a']);
    expect(kinds(all[3]!)).toEqual(['name:c', 'email:c']);
  });
});

describe('the filtered namesake check finds what comparing with everyone finds', () => {
  it('for one person added, and for several (an import)', () => {
    fc.assert(
      fc.property(peopleArb, fc.array(fc.nat(), { maxLength: 6 }), (rows, picks) => {
        const all = members(rows);
        const created = new Set([all.length - 1, ...picks.map((p) => p % all.length)].map((i) => all[i]!.id));
        const expected = all
          .filter((m) => created.has(m.id))
          .map((m) => ({ member: m, existing: all.filter((o) => o.anonymisedAt === null && o.id !== m.id && searchKey(fullName(o)) === searchKey(fullName(m))) }))
          .filter((n) => n.existing.length > 0);
        expect(importNamesakes(all, created)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
