// A line removed from the middle of the history (an organiser deleting a line by hand) is a gap,
// not damage: `log`, `member export`, erasures and changes go on; the missing number is shown and
// said (log, doctor) and never made up nor renumbered. Lines out of order (swapped) are damage,
// said the same way by `log`, `doctor` and a change. Reasons are said in words (QA4 F3, F6, F16).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

const NOW = '2018-02-01T10:00:00.000Z';

/** An empty store with five people added and one edited: six history lines. */
async function sixEntries() {
  const store = `${tempDir()}/store.json`;
  const cli = (args: string[], lang: 'fr' | 'en' = 'fr') => runCli(args, { store, now: NOW, lang });
  expect((await cli(['init', '--empty'])).code).toBe(0);
  for (const first of ['Anne', 'Bruno', 'Chloé', 'Denis', 'Émile']) expect((await cli(['member', 'add', '--first', first, '--last', 'Arnaud', '--email', `${first}@exemple.fr`])).code).toBe(0);
  expect((await cli(['member', 'edit', 'anne-arnaud', '--phone', '06 11 22 33 44'])).code).toBe(0);
  return { store, cli, log: `${store}.log` };
}

const linesOf = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
const seqs = (file: string) => linesOf(file).map((l) => (JSON.parse(l) as { seq: number }).seq);
/** Rewrites the history file with `edit` applied to its lines. */
const editLines = (file: string, edit: (lines: string[]) => string[]) => writeFileSync(file, `${edit(linesOf(file)).join('\n')}\n`);

describe('a line removed from the middle of the history', () => {
  it('log shows the entry as missing and says so; log --json holds a placeholder at its number; doctor notes it (exit 0)', async () => {
    const { cli, log } = await sixEntries();
    editLines(log, (l) => l.filter((_, i) => i !== 2));
    const shown = await cli(['log']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/entrée absente du fichier +numéro : 3/);
    expect(shown.stdout).toContain('denis-arnaud');
    expect(shown.stderr).toContain("n'a pas l'entrée 3 (une ligne retirée du fichier ?) : elle est montrée absente, les autres sont lues.");
    expect(shown.stderr).toContain("Remettez-la depuis une copie du fichier si vous en avez une ; sinon, il n'y a rien à faire.");
    const json = JSON.parse((await cli(['log', '--json'])).stdout) as Array<{ action: string; target: string | null; details: Record<string, unknown> }>;
    expect(json).toHaveLength(6);
    expect(json[2]).toMatchObject({ action: 'log.missing', target: null, details: { seq: 3 } });
    expect(json[3]).toMatchObject({ action: 'member.add', target: 'denis-arnaud' });
    const doctor = await cli(['doctor']);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout + doctor.stderr).toContain("n'a pas l'entrée 3 (une ligne retirée du fichier à la main ?)");
    const en = await cli(['log'], 'en');
    expect(en.stderr).toContain('has no entry 3 (a line removed from the file?)');
  });

  it('member export, an erasure and changes go on; the erasure keeps every number as it is (the gap too); a restore counts by number', async () => {
    const { store, cli, log } = await sixEntries();
    editLines(log, (l) => l.filter((_, i) => i !== 1 && i !== 2));
    expect(seqs(log)).toEqual([1, 4, 5, 6]);
    const exported = await cli(['member', 'export', 'anne-arnaud']);
    expect(exported.code).toBe(0);
    expect((JSON.parse((await cli(['member', 'export', 'anne-arnaud', '--json'])).stdout) as { log: unknown[] }).log).toHaveLength(2);
    const forget = await cli(['member', 'forget', 'anne-arnaud', '--yes']);
    expect(forget.stderr).toBe('');
    expect(forget.code).toBe(0);
    expect(seqs(log)).toEqual([1, 4, 5, 6, 7]);
    expect(readFileSync(log, 'utf8')).not.toMatch(/anne/i);
    expect((await cli(['member', 'add', '--first', 'Flore', '--last', 'Arnaud', '--email', 'flore@exemple.fr'])).code).toBe(0);
    expect(seqs(log)).toEqual([1, 4, 5, 6, 7, 8]);
    const shown = await cli(['log']);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toContain("n'a pas les entrées 2 à 3 (des lignes retirées du fichier ?)");
    expect((await cli(['backup', 'restore', 'latest', '--yes'])).code).toBe(0);
    expect((await cli(['log'])).code).toBe(0);
    expect((await cli(['doctor'])).code).toBe(0);
    expect(bytesOf(store).length).toBeGreaterThan(0);
  });
});

describe('lines out of order, and damaged lines: the same reason, in words, from log, doctor and a change', () => {
  it('the last two lines swapped: a change is refused saying so (exit 3, nothing written), log and doctor name line 6', async () => {
    const { store, cli, log } = await sixEntries();
    editLines(log, (l) => [...l.slice(0, 4), l[5]!, l[4]!]);
    const before = Buffer.concat([bytesOf(store), bytesOf(log)]);
    const change = await cli(['member', 'add', '--first', 'Neuf', '--last', 'Nouveau', '--email', 'neuf@exemple.fr']);
    expect(change.code).toBe(3);
    expect(change.stderr).toContain("est dans le désordre : l'entrée 6 vient avant l'entrée 5 (lignes interverties ?). Rien n'a été modifié.");
    expect(change.stderr).not.toContain('coupé');
    const reason = '(son numéro 5 ne vient pas après le précédent, 6 : lignes interverties ou écrites deux fois)';
    const shown = await cli(['log']);
    expect(shown.code).toBe(3);
    expect(shown.stderr).toContain(`abîmé à la ligne 6 ${reason}`);
    const doctor = await cli(['doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout + doctor.stderr).toContain(`abîmé à la ligne 6 ${reason}`);
    expect(doctor.stdout + doctor.stderr).not.toContain('commande arrêtée');
    expect(Buffer.concat([bytesOf(store), bytesOf(log)]).equals(before)).toBe(true);
  });

  it.each([
    ['a date written otherwise', (l: string) => l.replace(/"at":"[^"]*"/, '"at":"hier"'), "sa date « at » n'est pas écrite comme 2026-11-29T19:15:32.141Z (UTC)"],
    ['a number written as text', (l: string) => l.replace('"seq":3', '"seq":"3"'), "son numéro « seq » manque ou n'est pas un nombre entier"],
    ['a field left out', (l: string) => l.replace(/"user":"[^"]*",/, ''), 'son « user » manque'],
  ])('%s: log and doctor give the same reason, in French, no schema jargon', async (_, edit, reason) => {
    const { cli, log } = await sixEntries();
    editLines(log, (l) => l.map((line, i) => (i === 2 ? edit(line) : line)));
    const shown = await cli(['log']);
    expect(shown.code).toBe(3);
    expect(shown.stderr).toContain(`abîmé à la ligne 3 (${reason})`);
    const doctor = await cli(['doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout + doctor.stderr).toContain(`abîmé à la ligne 3 (${reason})`);
    expect(shown.stderr + doctor.stdout + doctor.stderr).not.toMatch(/must |pattern|\bseq:/);
  });
});
