// The answer shown after a picked choice fits the line (QA5 #11): a person's long description
// ("Maëlys Le Goff <maelys.legoff@pnr-vercors.fr> — PNR du Vercors (maelys-le-goff)") is echoed
// as "Maëlys Le Goff (maelys-le-goff)" after the question at 80 columns, never broken mid-address.
import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate';
import type { PromptContext } from '../../src/prompts/ask';
import { askAmongPeople, askSessionChoice, askWhichPerson } from '../../src/prompts/choicePrompts';
import { person } from '../helpers/people';
import { until } from '../helpers/screen';

const at = (columns?: number): PromptContext =>
  ({ io: { stdin: new PassThrough(), stderr: Object.assign(new PassThrough(), { columns }) } as unknown as PromptContext['io'], t: translator('fr'), note: () => undefined }) as PromptContext;

const organisations = [{ id: 'pnr-du-vercors', name: 'PNR du Vercors', kind: 'PNR' as const, territory: null }];
const maelys = person('maelys-le-goff', 'Maëlys', 'Le Goff', { email: 'maelys.legoff@pnr-vercors.fr', organisationId: 'pnr-du-vercors' });
const bruno = person('bruno-le-goff', 'Bruno', 'Le Goff', { email: 'bruno@x.fr' });

describe('the answer echoed after a choice', () => {
  it('a person picked at 80 columns: the name and the id, on the question line', async () => {
    const picked = askWhichPerson(at(80), { members: [maelys, bruno], organisations: organisations as never });
    await until('Quelle personne');
    screen.type('maelys');
    await until('maelys.legoff@pnr-vercors.fr');
    screen.keypress('enter');
    expect(await picked).toBe('maelys-le-goff');
    const line = screen
      .getScreen()
      .split('\n')
      .find((l) => l.includes('Maëlys'))!;
    expect(line).toMatch(/Maëlys Le Goff \(maelys-le-goff\)$/);
    expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('whole when it fits (a wide terminal), and among namesakes the same', async () => {
    const wide = askAmongPeople(at(200), 'Le Goff', [maelys, bruno], organisations as never);
    await until('laquelle');
    screen.keypress('enter');
    expect(await wide).toBe('maelys-le-goff');
    expect(screen.getScreen()).toContain('Maëlys Le Goff <maelys.legoff@pnr-vercors.fr> — PNR du Vercors (maelys-le-goff)');
  });

  it('a session whose title does not fit: its id', async () => {
    const sessions = [{ name: 'Coopérer dans LEADER : amorcer les dynamiques de coopération — 15/02/2018 10:00-12:00 (cooperer-leader-n1-2018)', value: 'cooperer-leader-n1-2018' }];
    const chosen = askSessionChoice(at(80), sessions);
    await until('Quelle session');
    screen.keypress('enter');
    expect(await chosen).toBe('cooperer-leader-n1-2018');
    expect(screen.getScreen()).toMatch(/Quelle session \? \(tapez pour chercher\) cooperer-leader-n1-2018$/m);
  });
});
