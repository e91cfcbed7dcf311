// The argument a command needs, chosen at a terminal; a name that fits several people, chosen
// instead of refused; the roles of a new person, one at least; a cotisation's reference (issue 15, item 3).
// Import the screen before the prompts so that they are wrapped.
import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { translator, type Lang } from '../../src/i18n/translate';
import type { PromptContext } from '../../src/prompts/ask';
import { askAmongPeople, askSessionChoice, filterChoices } from '../../src/prompts/choicePrompts';
import { askMember } from '../../src/prompts/memberPrompts';
import { askPayment } from '../../src/prompts/membershipPrompts';
import { person } from '../helpers/people';
import { until } from '../helpers/screen';

function promptContext(lang: Lang): PromptContext {
  return { io: { stdin: new PassThrough(), stderr: new PassThrough() } as unknown as PromptContext['io'], t: translator(lang), note: () => undefined };
}

const sessions = [
  { name: 'Coopérer dans LEADER : amorcer les dynamiques de coopération — 15/02/2018 10:00-12:00 (cooperer-leader-n1-2018)', value: 'cooperer-leader-n1-2018' },
  { name: 'Coopérer dans LEADER : de la première rencontre à la co-construction — 2018 (cooperer-leader-n3-2018)', value: 'cooperer-leader-n3-2018' },
];

describe('filterChoices', () => {
  it('every typed word starts a word of the choice, accents and case aside; or the id holds what was typed', () => {
    expect(filterChoices(sessions, 'premiere RENC').map((c) => c.value)).toEqual(['cooperer-leader-n3-2018']);
    expect(filterChoices(sessions, 'n1-2018').map((c) => c.value)).toEqual(['cooperer-leader-n1-2018']);
    expect(filterChoices(sessions, '15/02').map((c) => c.value)).toEqual(['cooperer-leader-n1-2018']);
    expect(filterChoices(sessions, '').length).toBe(2);
    expect(filterChoices(sessions, 'zzz')).toEqual([]);
  });
});

describe('askSessionChoice', () => {
  it('narrows the list as the organiser types, in French', async () => {
    const chosen = askSessionChoice(promptContext('fr'), sessions);
    await until('Quelle session ? (tapez pour chercher)');
    expect(screen.getScreen()).toContain('cooperer-leader-n3-2018');
    screen.type('rencontre');
    await until('❯ Coopérer dans LEADER : de la première rencontre');
    expect(screen.getScreen()).not.toContain('amorcer');
    screen.keypress('enter');
    expect(await chosen).toBe('cooperer-leader-n3-2018');
  });
});

describe('askAmongPeople', () => {
  const people = [person('veronique-bernard', 'Véronique', 'Bernard', { email: 'vb@gex.fr' }), person('bruno-bernard', 'Bruno', 'Bernard', { email: 'bb@drome.fr' })];

  it('lists each person with e-mail and id; the one picked is returned', async () => {
    const picked = askAmongPeople(promptContext('fr'), 'Bernard', people, []);
    await until('« Bernard » correspond à 2 personnes : laquelle ?');
    expect(screen.getScreen()).toContain('Véronique Bernard <vb@gex.fr> (veronique-bernard)');
    expect(screen.getScreen()).toContain("Aucune d'elles (arrêter ici)");
    screen.keypress('down');
    screen.keypress('enter');
    expect(await picked).toBe('bruno-bernard');
  });

  it('"none of them" returns null', async () => {
    const picked = askAmongPeople(promptContext('en'), 'Bernard', people, []);
    await until('"Bernard" fits 2 people: which one?');
    screen.keypress('up');
    screen.keypress('enter');
    expect(await picked).toBeNull();
  });
});

describe('askMember: the roles', () => {
  it('Enter with no role ticked is refused in French; one ticked is kept', async () => {
    const asked = askMember(promptContext('fr'), { firstName: 'Zoé', lastName: 'Lefèvre', email: 'zl@x.fr', phone: '' }, { members: [], organisations: [] });
    await until('Rôles');
    screen.keypress('enter');
    await until('Cochez au moins un rôle (espace), puis Entrée.');
    screen.keypress('space');
    screen.keypress('enter');
    expect((await asked)?.roles).toEqual(['agent']);
  });
});

describe('askPayment: the reference', () => {
  it('after the day and the amount, the reference', async () => {
    const asked = askPayment(promptContext('fr'), { payer: 'gal-gex', year: '2018' }, { members: [], organisations: [] }, new Date('2018-02-01T10:00:00.000Z'));
    await until('Payée le');
    expect(screen.getScreen()).toContain('01/02/2018');
    screen.keypress('enter');
    await until('Montant en euros');
    screen.type('120');
    screen.keypress('enter');
    await until('Référence (facture, chèque… ; vide : aucune)');
    screen.type('FAC-2018-014');
    screen.keypress('enter');
    expect(await asked).toMatchObject({ payer: 'gal-gex', year: '2018', paidOn: '01/02/2018', amount: '120', reference: 'FAC-2018-014' });
  });
});

describe('askOrganisation: the kinds', () => {
  it('"other" in French is "autre"; the value stays the code', async () => {
    const { askOrganisation } = await import('../../src/prompts/orgPrompts');
    const asked = askOrganisation(promptContext('fr'), { name: 'Réseau rural', territory: '' });
    await until('Type');
    expect(screen.getScreen()).toContain('autre');
    expect(screen.getScreen()).not.toMatch(/\bother\b/);
    for (let i = 0; i < 4; i += 1) screen.keypress('down');
    screen.keypress('enter');
    expect((await asked).kind).toBe('other');
  });
});
