import { describe, expect, it } from 'vitest';
import { matchMember, memberMatchError } from '../../src/domain/people';
import { PersonMatcher } from '../../src/domain/personMatch';
import { closestValues, typoDistance } from '../../src/domain/suggest';
import { EXPORT_KINDS } from '../../src/export/kinds';
import { translator } from '../../src/i18n/translate';
import { person } from '../helpers/people';

const people = [
  person('veronique-bernard', 'Véronique', 'Bernard'),
  person('paul-bernard', 'Paul', 'Bernard'),
  person('jean-edouard-d-artois', 'Jean-Édouard', "d'Artois", { email: 'je.dartois@gal-drome.fr' }),
  person('marie-helene-l-hote', 'Marie-Hélène', 'L’Hôte'),
  person('zoe-lefevre-unal', 'Zoë', 'Lefèvre-Ünal'),
];
const matcher = new PersonMatcher(people);
const pick = (ref: string) => {
  const m = matcher.match(ref);
  return m.kind === 'one'
    ? m.member.id
    : m.kind === 'many'
      ? `many:${m.members.map((p) => p.id).join(',')}`
      : m.kind === 'erased'
        ? `erased:${m.member.id}`
        : `none:${m.suggestions.map((p) => p.id).join(',')}`;
};

describe('one person matcher', () => {
  it.each([
    ['Marie Hélène Lhote', 'marie-helene-l-hote'],
    ['marie-helene l hote', 'marie-helene-l-hote'],
    ['Lhote Marie-Hélène', 'marie-helene-l-hote'],
    ['MARIEHELENE LHOTE', 'marie-helene-l-hote'],
    ['dartois jean edouard', 'jean-edouard-d-artois'],
    ['Jean Edouard Dartois', 'jean-edouard-d-artois'],
    ['zoe lefevre unal', 'zoe-lefevre-unal'],
    ['Zoé Lefèvre Ünal', 'zoe-lefevre-unal'],
    ['J.-É. d’Artois', 'jean-edouard-d-artois'],
    ['J. Dartois', 'jean-edouard-d-artois'],
    ['Lefevre-Unal Z.', 'zoe-lefevre-unal'],
    ['V. Bernard', 'veronique-bernard'],
    ['Bernard V', 'veronique-bernard'],
    ['JE.DARTOIS@gal-drome.fr', 'jean-edouard-d-artois'],
  ])('"%s" picks %s', (ref, id) => {
    expect(pick(ref)).toBe(id);
  });

  it('a part of a name never picks: one person is suggested, several are listed', () => {
    expect(pick('dartois')).toBe('none:jean-edouard-d-artois');
    expect(pick('lhote')).toBe('none:marie-helene-l-hote');
    expect(pick('Véronique')).toBe('none:veronique-bernard');
    expect(pick('Bernard')).toBe('many:paul-bernard,veronique-bernard');
  });

  it('initials shared by two people are ambiguous', () => {
    const two = new PersonMatcher([...people, person('vincent-bernard', 'Vincent', 'Bernard')]);
    const m = two.match('V. Bernard');
    expect(m.kind).toBe('many');
    expect(m.kind === 'many' && m.members.map((p) => p.id)).toEqual(['veronique-bernard', 'vincent-bernard']);
  });

  it('typos are suggested, nearest first, never picked', () => {
    expect(pick('Bernrad')).toBe('none:paul-bernard,veronique-bernard');
    expect(pick('Veronqiue Bernard')).toBe('none:veronique-bernard');
    expect(pick('Zyxwvut')).toBe('none:');
    expect(typoDistance('bernrad', 'bernard')).toBe(1);
  });

  it('one suggestion reads "Did you mean …?", several are listed as the closest', () => {
    const t = translator('en');
    const one = matchMember(people, 'Véronique');
    expect(one.kind).toBe('none');
    const error = memberMatchError(one as never, { organisations: [] }, 'Véronique');
    expect(t(error.key, error.params as never)).toBe(
      'Nobody is named "Véronique". Did you mean Véronique Bernard <veronique-bernard@example.fr> (veronique-bernard)?\nIf so, give their id (veronique-bernard), e-mail or full name.',
    );
    const several = memberMatchError(matchMember(people, 'Bernrad') as never, { organisations: [] }, 'Bernrad');
    expect(several.key).toBe('memberNotFoundClosest');
    expect(several.details).toHaveLength(2);
  });

  it('the search a prompt shows puts first what the flag would pick (what one finds, all find)', () => {
    for (const ref of ['Marie Hélène Lhote', 'dartois jean edouard', 'V. Bernard', 'je.dartois@gal-drome.fr', 'paul-bernard', 'zoe lefevre unal']) {
      const flag = matcher.match(ref);
      expect(flag.kind).toBe('one');
      expect(matcher.search(ref)[0]!.member).toBe(flag.kind === 'one' ? flag.member : null);
    }
    // and the prompt finds by part of a name or e-mail what the flag only suggests
    expect(matcher.search('veron').map((h) => h.member.id)).toEqual(['veronique-bernard']);
    expect(matcher.search('dartois')[0]!.member.id).toBe('jean-edouard-d-artois');
    expect(matcher.search('lhote')[0]!.member.id).toBe('marie-helene-l-hote');
  });

  it('a name read from a file is taken only when one person has it', () => {
    expect(matcher.matchName('Jean Edouard', 'Dartois')?.id).toBe('jean-edouard-d-artois');
    expect(matcher.matchName('', 'Bernard')).toBeNull();
    expect(matcher.matchName('Véronica', 'Bernard')).toBeNull();
  });
});

describe('an erased person (anonymous record)', () => {
  const erased = person('anonyme-1', 'Anonyme', 'Anonyme', { email: 'anonyme-1@anonyme.invalid', anonymisedAt: '2018-01-01T00:00:00.000Z' });
  const withErased = new PersonMatcher([erased, ...people]);

  it('is never offered by a picker, whatever is typed', () => {
    expect(withErased.search('').map((h) => h.member.id)).toEqual(matcher.search('').map((h) => h.member.id));
    for (const typed of ['anonyme', 'Anonyme Anonyme', 'anonyme-1', 'anonyme-1@anonyme.invalid', 'Anonme']) {
      expect(withErased.search(typed).map((h) => h.member.id)).not.toContain('anonyme-1');
    }
  });

  it('its exact id or e-mail is `erased` (refused by every command), a name or a typo finds nobody', () => {
    expect(withErased.match('anonyme-1')).toEqual({ kind: 'erased', member: erased });
    expect(withErased.match('ANONYME-1@anonyme.invalid')).toEqual({ kind: 'erased', member: erased });
    expect(withErased.match('Anonyme Anonyme')).toEqual({ kind: 'none', suggestions: [] });
    expect(withErased.matchName('Anonyme', 'Anonyme')).toBeNull();
    const error = memberMatchError(withErased.match('anonyme-1') as { kind: 'erased'; member: typeof erased }, { organisations: [] }, 'anonyme-1');
    expect(error.exitCode).toBe(2);
    expect(translator('fr')(error.key, error.params as never)).toContain("anonyme-1 est la trace d'une personne effacée");
  });
});

describe('suggestions for ids and kinds', () => {
  const sessions = ['cooperer-leader-n1-2017', 'cooperer-leader-n1-2018', 'cooperer-leader-n2-2018'];
  it.each([
    ['cooperer-leader-n1-2108', ['cooperer-leader-n1-2018']],
    ['cooperer-leadr-n2-2018', ['cooperer-leader-n2-2018']],
    ['n2-2018', ['cooperer-leader-n2-2018']],
    ['something-else', []],
  ])('session "%s" suggests %j', (typed, expected) => {
    expect(closestValues(sessions, typed)).toEqual(expected);
  });

  it.each([
    ['attendee', ['attendees']],
    ['atendance-sheet', ['attendance-sheet']],
    ['elligible', ['eligible']],
    ['pdf', []],
  ])('export kind "%s" suggests %j', (typed, expected) => {
    expect(closestValues(EXPORT_KINDS, typed)).toEqual(expected);
  });
});
