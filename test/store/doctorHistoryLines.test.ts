// doctor names every damaged line of the history (QA6 W): the first ten with their reasons and a
// count of the others, so that one editing session fixes them all; log and changes name the first.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';

async function storeWithHistory(entries: number) {
  const store = join(tempDir(), 'store.json');
  expect((await runCli(['init', '--empty'], { store })).code).toBe(0);
  for (let i = 1; i <= entries; i += 1) expect((await runCli(['org', 'add', '--name', `GAL numéro ${i}`], { store })).code).toBe(0);
  const log = `${store}.log`;
  /** Rewrites line n (1-based) of the history. */
  const damage = (edits: Record<number, (line: string) => string>) => {
    const lines = readFileSync(log, 'utf8').split('\n');
    for (const [n, edit] of Object.entries(edits)) lines[Number(n) - 1] = edit(lines[Number(n) - 1]!);
    writeFileSync(log, lines.join('\n'));
  };
  return { store, damage };
}

describe('doctor on a history damaged at several lines', () => {
  it('names each damaged line with its reason (a bad date, a missing user, bad details, a line not JSON), in both languages', async () => {
    const { store, damage } = await storeWithHistory(6);
    damage({
      3: (l) => l.replace(/"at":"[^"]*"/, '"at":"hier"'),
      4: (l) => l.replace('"user":"tester",', ''),
      5: (l) => l.replace(/"details":\{[^}]*\}/, '"details":"x"'),
    });
    const doctor = await runCli(['doctor'], { store });
    expect(doctor.code).toBe(1);
    const text = doctor.stdout + doctor.stderr;
    expect(text).toMatch(/is damaged at 3 lines: line 3 \(its date "at"[^)]*\)\)?; line 4 \(its "user" is missing\); line 5 \(its "details"/);
    const fr = await runCli(['doctor'], { store, lang: 'fr' });
    expect(fr.stdout + fr.stderr).toMatch(/est abîmé à 3 lignes : ligne 3 \(.*\) ; ligne 4 \(.*\) ; ligne 5 \(/);
    // log names the first, as before.
    const log = await runCli(['log'], { store });
    expect(log.code).toBe(3);
    expect(log.stderr).toContain('damaged at line 3');
  });

  it('lines that are not JSON are all named too; past ten, the others are counted', async () => {
    const { store, damage } = await storeWithHistory(13);
    const edits: Record<number, (line: string) => string> = {};
    for (let n = 2; n <= 13; n += 1) edits[n] = (l) => `${l},`;
    damage(edits);
    const doctor = await runCli(['doctor', '--json'], { store });
    expect(doctor.code).toBe(1);
    const finding = (JSON.parse(doctor.stdout) as { findings: Array<{ code: string; message: string }> }).findings.find((f) => f.code === 'doctorLogDamagedLines')!;
    expect(finding.message).toContain('damaged at 12 lines: line 2 (the line is not JSON); line 3');
    expect(finding.message).toContain('line 11 (the line is not JSON) and 2 more');
    expect(finding.message).not.toContain('line 12 (');
  });

  it('one damaged line is said as before', async () => {
    const { store, damage } = await storeWithHistory(3);
    damage({ 2: (l) => `${l},` });
    const doctor = await runCli(['doctor'], { store });
    expect(doctor.stdout + doctor.stderr).toMatch(/is damaged at line 2 \(the line is not JSON\)/);
  });
});
