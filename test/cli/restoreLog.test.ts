// After a restore, `log` still lists the entries it undid (the history is continued, not taken
// back): the restore's own entry says, in the history's terms, what it went back to and which
// entries are undone (QA4 F8).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';

describe('the entry of a restore', () => {
  it('says the state it went back to and the entries undone, in French and English, and in --json', async () => {
    const store = `${tempDir()}/store.json`;
    const cli = (args: string[], lang: 'fr' | 'en' = 'fr') => runCli(args, { store, lang });
    expect((await cli(['init', '--empty'])).code).toBe(0);
    for (const first of ['Alice', 'Bruno', 'Chloé']) expect((await cli(['member', 'add', '--first', first, '--last', 'Roux', '--email', `${first}@exemple.fr`])).code).toBe(0);
    expect((await cli(['member', 'edit', 'bruno-roux', '--phone', '04 72 72 49 76'])).code).toBe(0);
    // The version saved when Bruno was added: the state after entry 1 (Alice).
    const backups = JSON.parse((await cli(['backup', 'list', '--json'])).stdout) as Array<{ name: string }>;
    const afterAlice = backups[backups.length - 2]!.name;
    expect((await cli(['backup', 'restore', afterAlice, '--yes'])).code).toBe(0);
    const fr = await cli(['log']);
    expect(fr.stdout).toContain("retour à l'état après l'entrée : 1 ; entrées annulées : 2–4 ; effacements réappliqués : 0");
    expect((await cli(['log'], 'en')).stdout).toContain('back to the state after entry: 1; entries undone: 2–4');
    const json = JSON.parse((await cli(['log', '--json'])).stdout) as Array<{ action: string; details: Record<string, unknown> }>;
    expect(json.at(-1)).toMatchObject({ action: 'backup.restore', details: { backTo: 1, undone: [2, 4] } });
    // Put back onto itself: nothing is undone.
    expect((await cli(['backup', 'restore', store, '--yes'])).code).toBe(0);
    const again = JSON.parse((await cli(['log', '--json'])).stdout) as Array<{ details: Record<string, unknown> }>;
    expect(again.at(-1)!.details).toMatchObject({ backTo: 5 });
    expect(again.at(-1)!.details).not.toHaveProperty('undone');
  });
});
