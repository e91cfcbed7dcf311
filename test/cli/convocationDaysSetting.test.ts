// mail.convocationDays is checked when set, with the rule of --convocation-days (QA6 Y); a bad value
// put in the file by hand is named by the setting, not by a flag that was not given.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';

describe('the setting mail.convocationDays', () => {
  it('refuses -3, 61 and « sept » when set (exit 2, nothing written), keeps 14', async () => {
    const dir = tempDir();
    const store = join(dir, 'store.json');
    const env = { CAPRURAL_CONFIG: join(dir, 'config.json') };
    expect((await runCli(['init'], { store, env })).code).toBe(0);
    for (const bad of ['-3', '61', 'sept']) {
      const r = await runCli(['config', 'set', 'mail.convocationDays', bad], { store, env, lang: 'fr' });
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain(`mail.convocationDays « ${bad} » n'est pas un nombre de jours entre 0 et 60`);
    }
    expect((await runCli(['config', 'set', 'mail.convocationDays', '14'], { store, env })).code).toBe(0);
    expect(JSON.parse(readFileSync(env.CAPRURAL_CONFIG, 'utf8'))).toMatchObject({ mail: { convocationDays: '14' } });
  });

  it('a bad value written in the file by hand: mail plan names the setting and how to correct it', async () => {
    const dir = tempDir();
    const store = join(dir, 'store.json');
    const env = { CAPRURAL_CONFIG: join(dir, 'config.json') };
    expect((await runCli(['init'], { store, env })).code).toBe(0);
    writeFileSync(env.CAPRURAL_CONFIG, JSON.stringify({ mail: { convocationDays: '-3' } }));
    const r = await runCli(['mail', 'plan'], { store, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The setting mail.convocationDays is "-3"');
    expect(r.stderr).not.toContain('--convocation-days "-3"');
  });
});

describe('a title too long (QA6 Y)', () => {
  it('is refused for its length, the limit said (not for control characters)', async () => {
    const store = join(tempDir(), 'store.json');
    expect((await runCli(['init'], { store })).code).toBe(0);
    const r = await runCli(['session', 'add', '--course', 'cooperer-leader-n1', '--year', '2028', '--title', 'é'.repeat(5000)], { store, lang: 'fr' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Texte trop long pour --title : 5000 caractères, 300 au plus.');
    expect(r.stderr).not.toContain('caractères de contrôle');
  });
});
