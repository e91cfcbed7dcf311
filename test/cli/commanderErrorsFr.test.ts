import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/program';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';

const store = () => join(tempDir(), 'store.json');

describe("commander's own errors follow the user's language", () => {
  it('in French: unknown command with its suggestion, unknown option, missing and extra arguments, bad choice; exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['sesions'], /^erreur : commande inconnue « sesions »\n\(vouliez-vous dire sessions \?\)\n$/],
      [['--bogus'], /^erreur : option inconnue « --bogus »\nCe qu'il faut taper, avec des exemples : caprural --help\n$/],
      [
        ['member', 'export'],
        /^erreur : argument obligatoire manquant « réf »\nIndiquez-le après la commande : caprural membre exporter <réf> \(caprural membre exporter --help donne des exemples\)\.\n$/,
      ],
      [['membership', 'cancel'], /^erreur : argument obligatoire manquant « payeur »\nIndiquez-le après la commande : caprural cotisation annuler <payeur> /],
      [['backup', 'restore'], /^erreur : argument obligatoire manquant « laquelle »\n/],
      [['config', 'set'], /^erreur : argument obligatoire manquant « clé »\nIndiquez-le après la commande : caprural reglages definir <clé> <valeur> /],
      [['session', 'add', '--status'], /^erreur : l'option « --status <statut> » attend une valeur\nCe qu'il faut taper, avec des exemples : caprural seance ajouter --help\n$/],
      [['member', 'show', 'a', 'b', 'c'], /^erreur : trop d'arguments pour « show » : 1 attendu, 3 reçus\.\nCe qu'il faut taper, avec des exemples : caprural membre afficher --help\n$/],
      [['--lang', 'xx', 'sessions'], /^erreur : valeur « xx » invalide pour l'option « --lang <langue> »\. Valeurs possibles : fr, en\.\n$/],
      [['sessions', '--store'], /^erreur : l'option « --store <fichier> » attend une valeur\nCe qu'il faut taper, avec des exemples : caprural --help\n$/],
    ];
    for (const [args, expected] of cases) {
      const r = await runCli(args, { store: store(), lang: 'fr' });
      expect(r.stderr, args.join(' ')).toMatch(expected);
      expect(r.stderr).not.toMatch(/error:|Did you mean|unknown|missing|too many/);
      expect(r.code, args.join(' ')).toBe(2);
    }
  });

  it('French from LANG=fr_FR.UTF-8 too, and unchanged in English', async () => {
    const s = store();
    let stderr = '';
    const err = new PassThrough().on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await run({
      argv: ['--store', s, 'sesions'],
      env: { LANG: 'fr_FR.UTF-8' },
      stdout: new PassThrough(),
      stderr: err,
      stdin: new PassThrough(),
      isTTY: false,
      user: 'tester',
      clock: () => new Date('2018-02-01T10:00:00.000Z'),
    });
    expect(stderr).toBe('erreur : commande inconnue « sesions »\n(vouliez-vous dire sessions ?)\n');
    expect(code).toBe(2);
    const en = await runCli(['sesions'], { store: s, lang: 'en' });
    expect(en.stderr).toBe("error: unknown command 'sesions'\n(Did you mean sessions?)\n");
    expect(en.code).toBe(2);
    const enMissing = await runCli(['member', 'export'], { store: s, lang: 'en' });
    expect(enMissing.stderr).toBe("error: missing required argument 'ref'\nGive it after the command: caprural member export <ref> (caprural member export --help shows examples).\n");
    const enOption = await runCli(['sessions', '--store'], { store: s, lang: 'en' });
    expect(enOption.stderr).toBe("error: option '--store <file>' argument missing\nWhat to type, with examples: caprural --help\n");
  });
});
