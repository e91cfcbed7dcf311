// Where --output may write (QA6 AI): a link is followed to its file, as for the store; a FIFO, a
// device or a folder is refused, never renamed over; mail preview writes new files in a folder
// and says what went wrong in one line (it crashed, and spun for ever under /proc).
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { galDeps, registerAgents } from '../helpers/mailScenario';
import { runCli } from '../helpers/runCli';
import { tempDeps, tempDir } from '../helpers/tempStore';

describe('export --output', () => {
  it('writes through a symbolic link to the file it names, the link kept', async () => {
    const { path: store } = await tempDeps();
    const dir = tempDir();
    writeFileSync(join(dir, 'partage.csv'), 'ancien\n');
    symlinkSync(join(dir, 'partage.csv'), join(dir, 'inscrits.csv'));
    const r = await runCli(['export', 'sessions', '--output', join(dir, 'inscrits.csv'), '--yes'], { store });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'inscrits.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'partage.csv'), 'utf8')).toMatch(/^session_id,/);
  });

  it('refuses a FIFO or a folder (exit 2), leaving it as it was', async () => {
    const { path: store } = await tempDeps();
    const dir = tempDir();
    const fifo = join(dir, 'tube');
    execFileSync('mkfifo', [fifo]);
    for (const target of [fifo, dir]) {
      const r = await runCli(['export', 'sessions', '--output', target, '--yes'], { store, lang: 'fr' });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/n'est pas un fichier ordinaire/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['tube']);
  });
});

describe('mail preview --output', () => {
  const queued = async () => {
    const deps = await galDeps();
    await registerAgents(deps, 1);
    expect((await runCli(['mail', 'plan'], { store: deps.path, now: '2018-02-08T09:00:00.000Z' })).code).toBe(0);
    return deps.path;
  };
  const preview = (store: string, dir: string) =>
    runCli(['mail', 'preview', '--output', dir], { store, lang: 'fr', now: '2018-02-08T09:00:00.000Z', env: { CAPRURAL_MAIL_FROM: 'Cap Rural <formation@caprural.org>' } });

  it('refuses a file in place of the folder, and a folder it cannot make, in one line (exit 2)', async () => {
    const store = await queued();
    const file = join(tempDir(), 'pas-un-dossier');
    writeFileSync(file, 'garder\n');
    const onFile = await preview(store, file);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toMatch(/n'est pas un dossier/);
    expect(readFileSync(file, 'utf8')).toBe('garder\n');
    // Under /proc a recursive mkdir never returned; a folder whose parent is missing is said so.
    for (const dir of ['/proc/self/caprural-apercu', join(tempDir(), 'absent', 'apercu')]) {
      const r = await preview(store, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Impossible d'écrire/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('replaces a link already in the folder by a new file, never writing through it', async () => {
    const store = await queued();
    const dir = tempDir();
    const elsewhere = join(tempDir(), 'a-garder.txt');
    writeFileSync(elsewhere, 'garder\n');
    mkdirSync(dir, { recursive: true });
    symlinkSync(elsewhere, join(dir, 'mail-1-confirmation.eml'));
    const r = await preview(store, dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(elsewhere, 'utf8')).toBe('garder\n');
    expect(lstatSync(join(dir, 'mail-1-confirmation.eml')).isFile()).toBe(true);
    expect(existsSync(join(dir, 'mail-2-convocation.eml'))).toBe(true);
  });
});
