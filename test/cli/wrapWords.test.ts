// Messages and prompts at a terminal are cut between words at its width (issue 15): never in the
// middle of a word, nothing lost, a continued list item under its text; piped output unchanged.
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapWords } from '../../src/i18n/wrap';
import { brochureScenario } from '../helpers/brochureScenario';
import { runCli } from '../helpers/runCli';

const LONG =
  'Pour une ligne non rapprochée : si la personne est inscrite sous un autre e-mail ou une autre orthographe, enregistrez-la avec --present "Prénom Nom" ; si elle est venue sans inscription, importez à nouveau avec --add-walk-in.';

describe('wrapWords', () => {
  it('cuts between words at the width, loses nothing, keeps short lines as they are', () => {
    const text = wrapWords(LONG, 80);
    expect(text.split('\n').length).toBeGreaterThan(2);
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(text.replaceAll('\n', ' ')).toBe(LONG);
    expect(wrapWords('Court.\nAussi.', 80)).toBe('Court.\nAussi.');
  });

  it('a list item continues under its text; a word longer than a line stays whole', () => {
    const item = `  - ${LONG}`;
    const lines = wrapWords(item, 60).split('\n');
    expect(lines[0]).toMatch(/^ {2}- Pour/);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {4}\S/);
    const path = `Écrit : /tmp/${'dossier/'.repeat(12)}emargement.pdf`;
    expect(wrapWords(path, 40)).toBe(`Écrit :\n/tmp/${'dossier/'.repeat(12)}emargement.pdf`);
  });

  it('colours take no width, and a coloured line keeps its indentation', () => {
    const coloured = `\u001b[33m  - ${LONG}\u001b[39m`;
    const lines = wrapWords(coloured, 60).split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(lines[1]).toMatch(/^ {4}\S/);
  });

  it('a command to copy is never broken across lines (pasting its first half would run it without its last arguments)', () => {
    const refusal = '  - Cotisation (R3) : aucune cotisation 2027 payée par cette structure. Enregistrez-la avec : caprural membership pay paul-bernard --year 2027';
    const lines = wrapWords(refusal, 60).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.at(-1)).toMatch(/ caprural membership pay paul-bernard --year 2027$/);
    const quoted = "Utilisez un identifiant, un e-mail ou un nom complet ('caprural member list' les liste), ou choisissez dans la liste proposée.";
    expect(
      wrapWords(quoted, 40)
        .split('\n')
        .some((l) => l.includes("'caprural member list'")),
    ).toBe(true);
    // Prose that merely names caprural wraps as usual.
    const prose = "Colonne non lue : Fonction. caprural garde le nom, le prénom, l'e-mail, le téléphone, la structure et les rôles.";
    for (const line of wrapWords(prose, 40).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  it('French spacing stays with its word: no line starts with : ; ? ! » nor ends with «', () => {
    const text =
      "Aucune structure ni personne ne correspond à « nobody ». Utilisez l'identifiant : une structure ; ou une personne ? Vérifiez ! « Coopérer dans LEADER » : amorcer les dynamiques de coopération ; (vouliez-vous dire export ?)";
    for (let width = 20; width <= 80; width += 1) {
      const lines = wrapWords(text, width).split('\n');
      for (const line of lines) {
        expect(line, `${width}: ${line}`).not.toMatch(/^\s*[:;?!»]/);
        expect(line, `${width}: ${line}`).not.toMatch(/«\s*$/);
      }
      expect(lines.join(' ')).toBe(text);
    }
  });

  it('no width (not a terminal): unchanged', () => {
    expect(wrapWords(LONG, undefined)).toBe(LONG);
  });
});

describe('the brochure scenario at an 80-column terminal, in French', () => {
  it('long messages (eligibility, a refusal) break between words, within 80 columns', async () => {
    const store = await brochureScenario();
    const run = (args: string[]) => runCli(args, { store, now: '2018-03-01T09:00:00.000Z', lang: 'fr', tty: true, stdoutTty: true, columns: 80, env: { NO_COLOR: '1', CI: '1' } });
    const piped = (args: string[]) => runCli(args, { store, now: '2018-03-01T09:00:00.000Z', lang: 'fr' });
    for (const args of [
      ['eligibility', 'Chloé Chabert'],
      ['register', '--session', 'cooperer-leader-n2-2018', '--member', 'anne.arnaud@gal-drome.fr'],
    ]) {
      const atTerminal = await run(args);
      const whole = await piped(args);
      for (const line of (atTerminal.stdout + atTerminal.stderr).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
      // The same words in the same order: only spaces became line breaks (and indentation).
      const words = (text: string) => text.split(/\s+/).filter(Boolean);
      expect(words(atTerminal.stdout + atTerminal.stderr)).toEqual(words(whole.stdout + whole.stderr));
      expect(atTerminal.code).toBe(whole.code);
    }
  });
});

describe('wrapping follows stderr alone', () => {
  it('stdin redirected from a file (caprural … < file), stderr a terminal: messages still wrapped at its width', async () => {
    const store = await brochureScenario();
    const args = ['register', '--session', 'cooperer-leader-n2-2018', '--member', 'anne.arnaud@gal-drome.fr'];
    const at = (stderrTty: boolean) => runCli(args, { store, now: '2018-03-01T09:00:00.000Z', lang: 'fr', tty: false, stderrTty, columns: 50, env: { NO_COLOR: '1' } });
    const redirected = await at(true);
    expect(redirected.stderr.split('\n').length).toBeGreaterThan(3);
    for (const line of redirected.stderr.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    // stderr to a file or a pipe: one line per message, as before.
    const piped = await at(false);
    expect(piped.stderr.split('\n').some((line) => displayWidth(line) > 50)).toBe(true);
    expect(redirected.stderr.split(/\s+/)).toEqual(piped.stderr.split(/\s+/));
  });
});
