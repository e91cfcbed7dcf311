// The completion scripts in the shells they are for, as at a terminal: fish answers `complete -C`
// (what it would offer for a line); zsh runs in a pseudo-terminal where Tab is pressed.
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { completionScript } from '../../src/cli/completionScripts';
import { BIN } from '../helpers/spawnCli';
import { tempDeps, tempDir } from '../helpers/tempStore';

/** A folder with `caprural` (the built binary) on PATH, and the environment to run a shell in. */
function shellEnv(extra: Record<string, string>) {
  const dir = tempDir();
  writeFileSync(join(dir, 'caprural'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(dir, 'caprural'), 0o755);
  return {
    dir,
    env: {
      PATH: `${dir}:${process.env.PATH}`,
      HOME: dir,
      XDG_CACHE_HOME: join(dir, 'cache'),
      XDG_DATA_HOME: join(dir, 'data'),
      XDG_CONFIG_HOME: join(dir, 'config'),
      LANG: 'C',
      TERM: 'dumb',
      ...extra,
    },
  };
}

describe('fish', () => {
  function offers(line: string, extra: Record<string, string> = {}): string[] {
    const { dir, env } = shellEnv(extra);
    writeFileSync(join(dir, 'caprural.fish'), completionScript('fish'));
    const r = spawnSync('fish', ['--no-config', '-c', `source ${dir}/caprural.fish; complete -C"${line}"`], { encoding: 'utf8', env, timeout: 30_000 });
    expect(r.status).toBe(0);
    return r.stdout.split('\n').filter(Boolean);
  }

  it('commands, sub-commands and options, with their descriptions', () => {
    expect(offers('caprural reg')).toEqual([expect.stringMatching(/^register\tregister a person for a session/)]);
    expect(offers('caprural session ').map((l) => l.split('\t')[0])).toEqual(['add', 'cancel', 'edit', 'show']);
    expect(offers('caprural register --rec')).toEqual([expect.stringMatching(/^--received-at\t/)]);
    expect(offers('caprural seance ', { LANG: 'fr_FR.UTF-8' }).map((l) => l.split('\t')[0])).toEqual(['afficher', 'ajouter', 'annuler', 'modifier']);
  });

  it('session ids from the store, export kinds, file names for a file', async () => {
    const { path: store } = await tempDeps();
    expect(offers('caprural session show cooperer-leader-n1', { CAPRURAL_STORE: store })).toEqual([
      'cooperer-leader-n1-2017\t2017 · amorcer les dynamiques de coopération',
      'cooperer-leader-n1-2018\t2018 · amorcer les dynamiques de coopération',
    ]);
    expect(offers('caprural exporter ', { LANG: 'fr_FR.UTF-8' }).map((l) => l.split('\t')[0])).toContain('emargement');
    const folder = tempDir();
    writeFileSync(join(folder, 'inscriptions.csv'), '');
    expect(offers(`caprural register --import ${folder}/ins`)).toEqual([`${folder}/inscriptions.csv`]);
  });
});

describe('zsh', () => {
  const driver = fileURLToPath(new URL('./zshTab.zsh', import.meta.url));
  function afterTab(line: string, extra: Record<string, string> = {}): string {
    const { dir, env } = shellEnv(extra);
    writeFileSync(join(dir, '_caprural.zsh'), completionScript('zsh'));
    const r = spawnSync('zsh', ['-f', driver, join(dir, '_caprural.zsh'), line], { encoding: 'utf8', env, timeout: 30_000 });
    expect(r.status).toBe(0);
    return r.stdout.trim();
  }

  it('completes a sub-command, an option, a session id and an export kind', async () => {
    const { path: store } = await tempDeps();
    expect(afterTab('caprural session sh')).toBe('caprural session show');
    expect(afterTab('caprural register --rec')).toBe('caprural register --received-at');
    // Two ids start so: the common part is completed.
    expect(afterTab('caprural register --member x --session cooperer-leader-n2', { CAPRURAL_STORE: store })).toBe('caprural register --member x --session cooperer-leader-n2-201');
    expect(afterTab('caprural presences cooperer-leader-n1-2018 --pres', { CAPRURAL_STORE: store })).toBe('caprural presences cooperer-leader-n1-2018 --present');
    expect(afterTab('caprural exporter emar', { LANG: 'fr_FR.UTF-8' })).toBe('caprural exporter emargement');
  });
});
