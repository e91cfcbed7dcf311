import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';

// An unknown command word is answered with the command it is the start of (English or French
// name), before commander's guess by edit distance (`exp` was answered `help`).

const run = (args: string[], lang: 'fr' | 'en' = 'en') => runCli(args, { store: join(tempDir(), 'store.json'), lang });

describe('the suggestion for an unknown command', () => {
  it.each([
    [['exp'], '(Did you mean export?)'],
    [['EXP'], '(Did you mean export?)'],
    [['inscr'], '(Did you mean inscrire?)'],
    [['presen'], '(Did you mean presences?)'],
    [['mem'], '(Did you mean one of member, membership?)'],
    [['member', 'lis'], '(Did you mean list?)'],
    [['seance', 'aff'], '(Did you mean afficher?)'],
    // No command starts the word: commander's own guess is kept.
    [['sesion'], '(Did you mean session?)'],
  ])('%j → %s', async (args, hint) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`unknown command '${args.at(-1)}'`);
    expect(r.stderr).toContain(hint);
  });

  it('in French, and nothing is suggested when nothing is near', async () => {
    const fr = await run(['exp'], 'fr');
    expect(fr.stderr).toBe('erreur : commande inconnue « exp »\n(vouliez-vous dire export ?)\n');
    const none = await run(['xyz'], 'fr');
    expect(none.stderr).toBe('erreur : commande inconnue « xyz »\n');
  });
});
