import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';

const store = () => join(tempDir(), 'store.json');

describe('French words a French organiser types or reads (QA6 AA, D)', () => {
  it('`séances`, with its accent, is the list of sessions like `seances` and `sessions`', async () => {
    for (const word of ['séances', 'seances', 'sessions']) {
      const r = await runCli([word, '--help'], { store: store(), lang: 'fr' });
      expect(r.code, word).toBe(0);
      expect(r.stdout, word).toMatch(/caprural seances\|sessions/);
    }
  });

  it("`session add --help` names the status's placeholder <statut> in French, <status> in English", async () => {
    const fr = await runCli(['session', 'add', '--help'], { store: store(), lang: 'fr' });
    expect(fr.stdout).toMatch(/--status <statut> +annoncée, programmée, réalisée ou annulée/);
    expect(fr.stdout).not.toMatch(/<status>|tenue/);
    const en = await runCli(['session', 'add', '--help'], { store: store(), lang: 'en' });
    expect(en.stdout).toMatch(/--status <status> +announced, scheduled, held or cancelled/);
  });
});
