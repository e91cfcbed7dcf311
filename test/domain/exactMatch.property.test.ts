// Issue 20: a person named by id or e-mail is found in one scan (PersonMatcher.exact), without
// building the matcher's maps, and member add/edit look up e-mails and ids by scanning
// (scanPeople) rather than indexing 20,000 people; these prove they answer what the maps answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchMember } from '../../src/domain/people';
import { PersonMatcher } from '../../src/domain/personMatch';
import { PeopleIndex, scanPeople } from '../../src/domain/peopleIndex';
import type { Member } from '../../src/store/schema';
import { person } from '../helpers/people';

const IDS = ['ana-bernard', 'ana-bernard-2', 'jean-boss', 'Zoe', 'anonyme-1'];
const EMAILS = ['ana@x.fr', 'ANA@x.fr', 'jean@x.fr', 'zoé@x.fr', 'ana-bernard', ' jean@x.fr'];
const memberArb = fc.record({ id: fc.constantFrom(...IDS), email: fc.constantFrom(...EMAILS), erased: fc.boolean() });
const refArb = fc.oneof(
  fc.constantFrom(...IDS, ...EMAILS),
  fc.constantFrom(...IDS, ...EMAILS).map((r) => ` ${r.toUpperCase()} `),
  fc.constantFrom('Ana Bernard', 'bernard', 'x', '', 'ANA@X.FR'),
);

describe('finding a person by id or e-mail in one scan', () => {
  it('answers what the matcher answers', () => {
    fc.assert(
      fc.property(fc.array(memberArb, { maxLength: 8 }), refArb, (rows, ref) => {
        const members: Member[] = rows.map((r) => ({ ...person(r.id, 'Ana', 'Bernard', { email: r.email }), anonymisedAt: r.erased ? '2020-01-01T00:00:00.000Z' : null }));
        const full = new PersonMatcher(members).match(ref);
        const exact = PersonMatcher.exact(members, ref);
        if (exact !== null) expect(exact).toEqual(full);
        expect(matchMember(members, ref)).toEqual(full);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('looking up one person by scanning', () => {
  it('answers what the index answers, question after question', () => {
    const question = fc.oneof(
      fc.constantFrom(...EMAILS).map((e) => ['email', e] as const),
      fc.constantFrom(...IDS, 'ana-bernard-3').map((i) => ['id', i] as const),
      fc.constantFrom('gal-gex', 'GAL du Pays de Gex', 'gal du pays de gex', 'autre').map((o) => ['org', o] as const),
    );
    fc.assert(
      fc.property(fc.array(memberArb, { maxLength: 8 }), fc.array(question, { maxLength: 6 }), (rows, questions) => {
        const data = {
          members: rows.map((r, i) => person(r.id, 'Ana', `Bernard ${i}`, { email: r.email })),
          organisations: [{ id: 'gal-gex', name: 'GAL du Pays de Gex', kind: 'GAL' as const, territory: null }],
        };
        const index = new PeopleIndex(data);
        const scan = scanPeople(data);
        for (const [kind, value] of questions) {
          if (kind === 'email') expect(scan.emailOwner(value)).toBe(index.emailOwner(value));
          else if (kind === 'id') expect(scan.hasMemberId(value)).toBe(index.hasMemberId(value));
          else expect(scan.findOrganisation(value)).toBe(index.findOrganisation(value));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
