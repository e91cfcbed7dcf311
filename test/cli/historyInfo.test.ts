// What `info` and `doctor` say of the history file when it is not the plain file beside a store of
// schema 4: missing, something else than a file, or beside a store of schema 3 that still holds its
// entries inside (QA4 F9, F10).
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStoreData } from '../../src/store/catalogue';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { runCli } from '../helpers/runCli';
import { tempDeps, tempDir } from '../helpers/tempStore';

const historyLines = (out: string) => out.slice(out.indexOf('Historique'), out.indexOf('Sauvegardes'));

/** A store as caprural 3 wrote it: its three entries inside. */
function v3Store(): string {
  const data = newStoreData();
  seedTwoPeople(data);
  const { logSeq: _seq, ...rest } = data;
  const path = join(tempDir(), 'store.json');
  writeFileSync(path, `${JSON.stringify({ ...rest, schemaVersion: 3 })}\n`, { mode: 0o600 });
  return path;
}

describe('info says what the history is', () => {
  it('a file: its size and entries; missing: absent, with the count the store expects; a folder: not a regular file', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const info = () => runCli(['info'], { store: deps.path, lang: 'fr' });
    expect(historyLines((await info()).stdout)).toMatch(/\d+ o, 3 entrées/);
    rmSync(`${deps.path}.log`);
    expect(historyLines((await info()).stdout)).toContain("absent, alors que le stockage compte 3 entrées (lancez 'caprural diagnostic')");
    const json = JSON.parse((await runCli(['info', '--json'], { store: deps.path })).stdout) as { store: { log: Record<string, unknown> } };
    expect(json.store.log).toMatchObject({ size: null, entries: 3, state: 'missing' });
    mkdirSync(`${deps.path}.log`);
    const folder = historyLines((await info()).stdout);
    expect(folder).toContain("n'est pas un fichier ordinaire (un dossier, un tube…) : lancez 'caprural diagnostic'");
    expect(folder).not.toMatch(/Ko|\d o,/);
  });

  it('a store of schema 3: the history is inside it', async () => {
    const path = v3Store();
    const out = historyLines((await runCli(['info'], { store: path, lang: 'fr' })).stdout);
    expect(out).toContain('dans le fichier du stockage (schéma 3), 3 entrées ; mis à côté de lui à la prochaine modification');
    expect(out).not.toContain('store.json.log');
  });
});

describe('doctor and a history file beside a store of schema 3', () => {
  it('says it is not the store’s history and will be set aside whole, not that its end was left by a stopped command', async () => {
    const path = v3Store();
    writeFileSync(`${path}.log`, '{"seq":1,"at":"2018-02-01T10:00:00.000Z","user":"t","action":"note","target":null,"details":{}}\n', { mode: 0o600 });
    appendFileSync(`${path}.log`, '{"seq":2,"at":"2018-02-01T1');
    const doctor = await runCli(['doctor'], { store: path, lang: 'fr' });
    expect(doctor.code).toBe(0);
    const said = doctor.stdout + doctor.stderr;
    expect(said).toContain(`Le fichier ${path}.log à côté de ce stockage de schéma 3 n'est pas son historique`);
    expect(said).toContain('la prochaine modification le met de côté, entier, dans un fichier à part (sans rien effacer)');
    expect(said).not.toContain('commande arrêtée');
  });
});
