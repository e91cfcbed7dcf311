// Findings of a French user (QA, 29/11): élision before a name, the space before ":" in French,
// dates shown dd/MM/yyyy, and doctor suggesting a restore only when a backup exists.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de, jour } from '../../src/i18n/french';
import { en, fr } from '../../src/i18n/messages';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';

const NOW = '2018-02-05T10:00:00.000Z';

describe('French wording', () => {
  it("\"de\" before a name elides before a vowel or a mute h: d'Anne, d'Hélène, d'Yves, but de Zoé, de Yann", () => {
    expect(['Anne', 'Émile', 'Œdipe', 'Hélène', 'Yves', 'Zoé', 'Yann', 'Bruno'].map(de)).toEqual(["d'Anne", "d'Émile", "d'Œdipe", "d'Hélène", "d'Yves", 'de Zoé', 'de Yann', 'de Bruno']);
    expect(fr.cancelledRegistration({ name: 'Anne Arnaud', session: 's1', was: 'confirmed' })).toBe("Inscription d'Anne Arnaud à s1 annulée (était confirmée).");
    expect(fr.summaryTitle({ name: 'Anne Arnaud', session: 's1' })).toBe("Inscription d'Anne Arnaud à s1 :");
    expect(fr.registrationRefused({ name: 'Anne Arnaud', session: 's1', count: 1 })).toMatch(/^Inscription d'Anne Arnaud à s1 refusée/);
    expect(fr.summaryTitle({ name: 'Zoé Martin', session: 's1' })).toBe('Inscription de Zoé Martin à s1 :');
    expect(fr.membershipEdited({ payer: 'Anne Arnaud', year: 2018, fields: 'montant' })).toBe("Cotisation 2018 d'Anne Arnaud corrigée (montant).");
  });

  it('dates of a cotisation are dd/MM/yyyy in French', () => {
    expect(jour('2018-01-15')).toBe('15/01/2018');
    expect(fr.membershipCancelled({ payer: 'Anne Arnaud', year: 2018, paidOn: '2018-01-15' })).toContain('(payée le 15/01/2018)');
    expect(fr.membershipAlreadyPaid({ payer: 'Anne Arnaud', year: 2018, paidOn: '2018-01-15', id: 'anne-arnaud' })).toContain('(le 15/01/2018)');
    expect(en.membershipPaid({ payer: 'Anne Arnaud', year: 2018, paidOn: '2018-01-15' })).toContain('(paid on 2018-01-15)');
  });

  it('membership pay and member show in French: "payée le 15/01/2018", "E-mail : …"', async () => {
    const path = join(tempDir(), 'store.json');
    const run = (args: string[]) => runCli(args, { store: path, now: NOW, lang: 'fr' });
    expect((await run(['init'])).code).toBe(0);
    expect((await run(['org', 'add', '--name', 'GAL du Pays de Gex', '--kind', 'GAL'])).code).toBe(0);
    const paid = await run(['membership', 'pay', 'gal-du-pays-de-gex', '--year', '2018', '--on', '2018-01-15']);
    expect(paid.stdout).toContain('Cotisation 2018 enregistrée pour GAL du Pays de Gex (payée le 15/01/2018).');
    expect((await run(['member', 'add', '--first', 'Anne', '--last', 'Arnaud', '--email', 'a@gex.fr', '--org', 'gal-du-pays-de-gex', '--role', 'agent'])).code).toBe(0);
    const shown = await run(['member', 'show', 'anne-arnaud']);
    expect(shown.stdout).toContain('  E-mail : a@gex.fr\n');
    expect(shown.stdout).toContain('  Téléphone : —\n');
    expect(shown.stdout).not.toMatch(/\S:/);
    const english = await runCli(['member', 'show', 'anne-arnaud'], { store: path, now: NOW });
    expect(english.stdout).toContain('  E-mail: a@gex.fr\n');
  });

  it('doctor on an unreadable store with no backup: never suggests "backup restore"; "problème :" with its space', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'store.json');
    writeFileSync(path, 'garbage', { mode: 0o600 });
    const r = await runCli(['doctor'], { store: path, now: NOW, lang: 'fr' });
    expect(r.code).toBe(3);
    const all = r.stdout + r.stderr;
    expect(all).not.toContain('backup restore');
    expect(all).toContain("aucune sauvegarde n'existe");
    expect(all).toContain('problème : Le stockage');
  });
});
