// Yes/no and the list key hints speak the user's language (French finding 1).
// Import the screen before the prompts so that they are wrapped. A prompt's first screen is there
// as soon as it starts (no screen.next()).
import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { translator, type Lang } from '../../src/i18n/translate';
import { ask, type PromptContext } from '../../src/prompts/ask';

function promptContext(lang: Lang): PromptContext {
  return {
    io: { stdin: new PassThrough(), stderr: new PassThrough() } as unknown as PromptContext['io'],
    t: translator(lang),
    note: () => undefined,
  };
}

async function answer(lang: Lang, typed: string, defaultValue = true) {
  const pending = ask.confirm(promptContext(lang), 'Enregistrer ?', defaultValue);
  const asked = screen.getScreen();
  if (typed) screen.type(typed);
  screen.keypress('enter');
  const value = await pending;
  return { asked, value, shown: screen.getScreen() };
}

describe('yes/no prompts in French', () => {
  it('hint (O/n) or (o/N); o, oui, n, non (and y, yes, no) accepted; the answer echoed Oui/Non', async () => {
    const yes = await answer('fr', 'o');
    expect(yes.asked).toContain('Enregistrer ? (O/n)');
    expect(yes.value).toBe(true);
    expect(yes.shown).toContain('Enregistrer ? Oui');
    expect((await answer('fr', 'oui')).value).toBe(true);
    expect((await answer('fr', 'OUI')).value).toBe(true);
    expect((await answer('fr', 'y')).value).toBe(true);
    expect((await answer('fr', 'yes')).value).toBe(true);
    const no = await answer('fr', 'non');
    expect(no.value).toBe(false);
    expect(no.shown).toContain('Enregistrer ? Non');
    expect((await answer('fr', 'n')).value).toBe(false);
    expect((await answer('fr', 'no')).value).toBe(false);
    const byDefault = await answer('fr', '', false);
    expect(byDefault.asked).toContain('Enregistrer ? (o/N)');
    expect(byDefault.value).toBe(false);
  });

  it('anything else is refused in French, and asked again', async () => {
    const pending = ask.confirm(promptContext('fr'), 'Enregistrer ?');
    screen.type('peut-être');
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('Répondez « Oui » ou « Non » (o/n)');
    expect(screen.getScreen()).not.toContain('You must answer');
    for (let i = 0; i < 'peut-être'.length; i += 1) screen.keypress('backspace');
    screen.type('non');
    screen.keypress('enter');
    expect(await pending).toBe(false);
  });

  it('in English, unchanged: (Y/n), Yes/No, the English refusal', async () => {
    const yes = await answer('en', 'y');
    expect(yes.asked).toContain('Enregistrer ? (Y/n)');
    expect(yes.shown).toContain('Enregistrer ? Yes');
    const pending = ask.confirm(promptContext('en'), 'Save?', false);
    expect(screen.getScreen()).toContain('Save? (y/N)');
    screen.type('o');
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('You must answer with "Yes" or "No"');
    screen.keypress('backspace');
    screen.keypress('enter');
    expect(await pending).toBe(false);
  });
});

describe('list key hints in French', () => {
  it('select and checkbox say naviguer / choisir, espace cocher, a tout, i inverser', async () => {
    const chosen = ask.select(promptContext('fr'), 'Quelle session ?', [
      { name: 'A', value: 'a' },
      { name: 'B', value: 'b' },
    ]);
    expect(screen.getScreen()).toMatch(/↑↓ naviguer • ⏎ choisir/);
    expect(screen.getScreen()).not.toContain('navigate');
    screen.keypress('enter');
    expect(await chosen).toBe('a');
    const ticked = ask.checkbox(promptContext('fr'), 'Qui était là ?', [{ name: 'A', value: 'a' }]);
    expect(screen.getScreen()).toMatch(/↑↓ naviguer • espace cocher • a tout • i inverser/);
    screen.keypress('space');
    screen.keypress('enter');
    expect(await ticked).toEqual(['a']);
    const english = ask.select(promptContext('en'), 'Which?', [{ name: 'A', value: 'a' }]);
    expect(screen.getScreen()).toMatch(/↑↓ navigate • ⏎ select/);
    screen.keypress('enter');
    await english;
  });
});
