// session add at a terminal asks for everything the flags can give (issue 15, item 3): format,
// start, end, deadline, seats, link or place, each offered from the course's latest edition.
// Import the screen before the prompts so that they are wrapped.
import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { translator, type Lang } from '../../src/i18n/translate';
import type { PromptContext } from '../../src/prompts/ask';
import { askSession } from '../../src/prompts/sessionPrompts';
import { newStoreData } from '../../src/store/catalogue';
import { until } from '../helpers/screen';

function promptContext(lang: Lang): PromptContext {
  return { io: { stdin: new PassThrough(), stderr: new PassThrough() } as unknown as PromptContext['io'], t: translator(lang), note: () => undefined };
}

const data = newStoreData();

async function enter(text = ''): Promise<void> {
  if (text) screen.type(text);
  screen.keypress('enter');
  await screen.next();
}

describe('askSession', () => {
  it('in French: format, start, end (2 h), deadline (7 days before, 00:00), 12 seats, the link; Enter keeps each default', async () => {
    const asked = askSession(promptContext('fr'), { course: 'cooperer-leader-n1' }, data.courses, data.sessions);
    await until('Format');
    // The latest edition was a webconference: first, highlighted.
    expect(screen.getScreen()).toMatch(/❯ webconférence\s+en présentiel/);
    await enter();
    await until('Début (jj/mm/aaaa hh:mm');
    await enter('14/03/2019 10:00');
    await until('Fin (jj/mm/aaaa hh:mm');
    expect(screen.getScreen()).toContain('14/03/2019 12:00');
    await enter();
    await until('Clôture des inscriptions');
    expect(screen.getScreen()).toContain('07/03/2019 00:00');
    await enter();
    await until('Nombre de places (vide : sans limite)');
    expect(screen.getScreen()).toContain('12');
    await enter();
    await until('Lien de connexion');
    screen.type('https://visio.example.org/n1');
    screen.keypress('enter');
    expect(await asked).toEqual({
      course: 'cooperer-leader-n1',
      format: 'webconference',
      starts: '14/03/2019 10:00',
      year: undefined,
      ends: '14/03/2019 12:00',
      closes: '07/03/2019 00:00',
      capacity: '12',
      link: 'https://visio.example.org/n1',
      place: undefined,
    });
  });

  it('refuses an end before the start and a deadline after it, in French, and asks again', async () => {
    const asked = askSession(promptContext('fr'), { course: 'cooperer-leader-n1', format: 'webconference', capacity: '12', link: '' }, data.courses, data.sessions);
    await until('Début');
    await enter('14/03/2019 10:00');
    await until('Fin');
    // Replace the offered end by one before the start.
    screen.keypress('tab');
    for (let i = 0; i < 20; i += 1) screen.keypress('backspace');
    await enter('14/03/2019 09:00');
    await until('La fin doit être après le début.');
    for (let i = 0; i < 20; i += 1) screen.keypress('backspace');
    await enter('14/03/2019 12:30');
    await until('Clôture');
    screen.keypress('tab');
    for (let i = 0; i < 20; i += 1) screen.keypress('backspace');
    await enter('15/03/2019');
    await until('Les inscriptions doivent être closes au plus tard au début.');
    for (let i = 0; i < 20; i += 1) screen.keypress('backspace');
    screen.keypress('enter');
    const input = await asked;
    expect(input).toMatchObject({ ends: '14/03/2019 12:30', closes: undefined, capacity: '12' });
  });

  it('in person: asks the place (the latest one offered), not the link; seats left empty are "no limit"; no date: the year, and no end or deadline', async () => {
    const sessions = [...data.sessions.map((s) => (s.id === 'cooperer-leader-n2-2017' ? { ...s, place: 'Valence, Maison de la Région' } : s))];
    const asked = askSession(promptContext('en'), { course: 'cooperer-leader-n2' }, data.courses, sessions);
    await until('Format');
    screen.keypress('down');
    await enter();
    await until('Starts');
    await enter();
    await until('Year');
    await enter('2019');
    await until('Seats (empty: no limit)');
    // The level-2 edition of 2018 had 12 seats: offered; Backspace removes the offer, Enter leaves it empty.
    expect(screen.getScreen()).toContain('(12)');
    screen.keypress('backspace');
    await enter();
    await until('Place');
    expect(screen.getScreen()).toContain('Valence, Maison de la Région');
    screen.keypress('enter');
    const input = await asked;
    expect(input).toMatchObject({
      course: 'cooperer-leader-n2',
      year: '2019',
      starts: undefined,
      ends: undefined,
      closes: undefined,
      capacity: 'none',
      place: 'Valence, Maison de la Région',
      link: undefined,
    });
    expect(input.format).toBe('in-person');
  });
});
