// French messages name commands as the French help does (QA8): a confirmation asked without a
// terminal and the refusal of an erased person said `member forget` / `session cancel` in English.
import { describe, expect, it } from 'vitest';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { runCli } from '../helpers/runCli';
import { tempDeps } from '../helpers/tempStore';

describe('command names in French messages', () => {
  it('a confirmation without a terminal, and an erased person, name the French commands', async () => {
    const { path: store } = await tempDeps({ seed: seedTwoPeople });
    const ask = await runCli(['member', 'forget', 'camille-durand'], { store, lang: 'fr' });
    expect(ask.code).toBe(2);
    expect(ask.stderr).toContain('caprural membre oublier');
    expect(ask.stderr).not.toMatch(/member forget/);
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store, lang: 'fr' })).code).toBe(0);
    const edit = await runCli(['member', 'edit', 'anonyme-1', '--email', 'c@example.fr'], { store, lang: 'fr' });
    expect(edit.code).toBe(2);
    expect(edit.stderr).toContain('(caprural membre oublier)');
    expect(edit.stderr).not.toMatch(/member forget/);
  });
});
