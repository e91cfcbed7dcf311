// The last English words of the prompts (issue 15, item 1): the checklist's "⏎ submit" and a
// search that finds nothing, in French; unchanged in English.
// Import the screen before the prompts so that they are wrapped.
import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { translator, type Lang } from '../../src/i18n/translate';
import { ask, type PromptContext } from '../../src/prompts/ask';

const promptContext = (lang: Lang): PromptContext => ({
  io: { stdin: new PassThrough(), stderr: new PassThrough() } as unknown as PromptContext['io'],
  t: translator(lang),
  note: () => undefined,
});

describe('every key hint in French', () => {
  it('a checklist ends with "⏎ valider", never "submit"', async () => {
    const ticked = ask.checkbox(promptContext('fr'), 'Qui était là ?', [{ name: 'A', value: 'a' }]);
    expect(screen.getScreen()).toMatch(/i inverser • ⏎ valider/);
    expect(screen.getScreen()).not.toMatch(/submit|select|navigate/);
    screen.keypress('enter');
    expect(await ticked).toEqual([]);
    const english = ask.checkbox(promptContext('en'), 'Who came?', [{ name: 'A', value: 'a' }]);
    expect(screen.getScreen()).toMatch(/i invert • ⏎ submit/);
    screen.keypress('enter');
    await english;
  });

  it('a search that matches nothing says so in French', async () => {
    const found = ask.search(promptContext('fr'), 'Qui ?', (term) => (term ? [] : [{ name: 'Anne Arnaud', value: 'anne' }]));
    await screen.next();
    screen.type('zzz');
    await screen.next();
    expect(screen.getScreen()).toContain('Aucun résultat ; tapez autre chose');
    expect(screen.getScreen()).not.toContain('No results');
    for (let i = 0; i < 3; i += 1) screen.keypress('backspace');
    await screen.next();
    screen.keypress('enter');
    expect(await found).toBe('anne');
  });
});
