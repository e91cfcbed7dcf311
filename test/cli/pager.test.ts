// Long output at a terminal goes through a pager (issue 15, item 4): less -FRX unless PAGER says
// otherwise, never to a pipe, never with --no-pager. The pager here is a real process: a tiny
// script that records what it was given.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagerCommand, pagerEnv, runPager, screenLines, wantsPager } from '../../src/cli/pager';
import type { StoreData } from '../../src/store/index';
import { recordingPager } from '../helpers/recordingPager';
import { runCli } from '../helpers/runCli';
import { BIN, spawnCliSync } from '../helpers/spawnCli';
import { openStore } from '../helpers/storeInternals';
import { tempDir } from '../helpers/tempStore';

describe('which pager', () => {
  it('less -FRX by default (none on Windows); PAGER honoured with its arguments; an empty PAGER or cat: none', () => {
    expect(pagerCommand({}, 'linux')).toBe('less -FRX');
    expect(pagerCommand({}, 'win32')).toBeNull();
    expect(pagerCommand({ PAGER: 'less -R' }, 'win32')).toBe('less -R');
    expect(pagerCommand({ PAGER: 'more -d' })).toBe('more -d');
    expect(pagerCommand({ PAGER: '' })).toBeNull();
    expect(pagerCommand({ PAGER: ' cat ' })).toBeNull();
  });
});

describe('when to page', () => {
  const long = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
  const tty = { stdoutIsTTY: true, rows: 24, columns: 80, env: {} };

  it('only at a terminal, with paging on, when the text does not fit the screen', () => {
    expect(wantsPager(tty, true, long)).toBe(true);
    expect(wantsPager({ ...tty, stdoutIsTTY: false }, true, long)).toBe(false);
    expect(wantsPager(tty, false, long)).toBe(false);
    expect(wantsPager({ ...tty, rows: 40 }, true, long)).toBe(false);
    expect(wantsPager({ ...tty, env: { TERM: 'dumb' } }, true, long)).toBe(false);
    expect(wantsPager({ ...tty, env: { PAGER: '' } }, true, long)).toBe(false);
    // Height unknown: 24 lines assumed.
    expect(wantsPager({ ...tty, rows: undefined }, true, long)).toBe(true);
  });

  it('a line wider than the screen counts as the lines it wraps to; colours take no room', () => {
    expect(screenLines('a'.repeat(200), 80)).toBe(3);
    expect(screenLines(`\x1b[32m${'a'.repeat(80)}\x1b[39m\nb`, 80)).toBe(2);
  });
});

describe('runPager', () => {
  it('gives the whole text to the pager, which runs through the shell with its arguments', async () => {
    const pager = recordingPager();
    const text = `${'Véronique Bernard;vb@gex.fr\n'.repeat(5000)}fin\n`;
    expect(await runPager({ env: {} }, pager.command, text)).toEqual({ shown: true });
    expect(pager.got()).toBe(text);
  });

  it('holds Ctrl-C while the pager runs, and gives it back after', async () => {
    const pager = recordingPager();
    const events: string[] = [];
    await runPager({ env: {}, holdInterrupts: () => (events.push('held'), () => void events.push('released')) }, pager.command, 'x\n');
    expect(events).toEqual(['held', 'released']);
  });

  it('a pager that cannot run is reported, so the caller prints the text itself', async () => {
    const dir = tempDir();
    expect(await runPager({ env: { PATH: dir } }, 'no-such-pager-here -R', 'x\n')).toEqual({ shown: false, reason: 'notFound' });
  });

  it('tells less the text is UTF-8 unless LESSCHARSET already says something (a machine without the fr_FR locale showed <C3><A9>)', () => {
    expect(pagerEnv({ LANG: 'fr_FR.UTF-8' })).toEqual({ LANG: 'fr_FR.UTF-8', LESSCHARSET: 'utf-8' });
    expect(pagerEnv({ LESSCHARSET: 'latin1' })).toEqual({ LESSCHARSET: 'latin1' });
  });

  it('the pager gets that environment', async () => {
    const dir = tempDir();
    const out = join(dir, 'charset.txt');
    expect(await runPager({ env: { PATH: process.env.PATH } }, `sh -c 'printf %s "$LESSCHARSET" > "${out}"; cat > /dev/null'`, 'é\n')).toEqual({ shown: true });
    expect(readFileSync(out, 'utf8')).toBe('utf-8');
  });

  it('a pager that quits before reading everything (q in less) is not an error', async () => {
    expect(await runPager({ env: {} }, `"${process.execPath}" -e "process.exit(0)"`, 'x\n'.repeat(200_000))).toEqual({ shown: true });
  });
});

describe('long output at a terminal, through the command line', () => {
  async function storeWithOrganisations(count: number): Promise<string> {
    const path = join(tempDir(), 'store.json');
    await runCli(['init'], { store: path });
    await openStore(path, { now: () => new Date('2018-02-01T10:00:00.000Z') }).update((data: StoreData) => {
      for (let i = 1; i <= count; i += 1) data.organisations.push({ id: `gal-${i}`, name: `GAL n°${i}`, kind: 'GAL', territory: null });
    });
    return path;
  }

  it('org list longer than the screen goes to PAGER, exactly as it would be printed; nothing else on stdout', async () => {
    const store = await storeWithOrganisations(40);
    const pager = recordingPager();
    const paged = await runCli(['org', 'list'], { store, stdoutTty: true, rows: 20, columns: 100, env: { PAGER: pager.command } });
    expect(paged.code).toBe(0);
    expect(paged.stdout).toBe('');
    const unpaged = await runCli(['org', 'list'], { store, stdoutTty: true, rows: 20, columns: 100 });
    expect(pager.got()).toBe(unpaged.stdout);
    expect(unpaged.stdout).toContain('GAL n°40');
  });

  it('never paged: with --no-pager, to a pipe, or when it fits the screen', async () => {
    const store = await storeWithOrganisations(40);
    const pager = recordingPager();
    const env = { PAGER: pager.command };
    const noPager = await runCli(['--no-pager', 'org', 'list'], { store, stdoutTty: true, rows: 20, env });
    expect(noPager.stdout).toContain('GAL n°40');
    const piped = await runCli(['org', 'list'], { store, rows: 20, env });
    expect(piped.stdout).toContain('GAL n°40');
    const tall = await runCli(['org', 'list'], { store, stdoutTty: true, rows: 100, env });
    expect(tall.stdout).toContain('GAL n°40');
    expect(pager.got()).toBeNull();
  });

  it('a pager that cannot run: said on stderr, and the output printed all the same', async () => {
    const store = await storeWithOrganisations(40);
    const r = await runCli(['org', 'list'], { store, stdoutTty: true, rows: 20, env: { PAGER: join(tempDir(), 'no-such-pager') }, lang: 'fr' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("n'a pas pu être lancé (introuvable) ; la sortie suit sans pagination.\nIndiquez dans PAGER un paginateur installé, ou ajoutez --no-pager.");
    expect(r.stdout).toContain('GAL n°40');
  });

  it('the built binary at a real terminal (a pty from script(1)) pages; the same command piped does not', async () => {
    const store = await storeWithOrganisations(40);
    const pager = recordingPager();
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', PAGER: pager.command };
    const command = `"${process.execPath}" "${BIN}" --store "${store}" org list`;
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], { env, encoding: 'utf8', timeout: 20_000 });
    expect(tty.status).toBe(0);
    expect(pager.got()).toContain('GAL n°40');
    expect(tty.stdout).not.toContain('GAL n°40');
    const unused = recordingPager();
    const piped = spawnCliSync(['--store', store, 'org', 'list'], { PAGER: unused.command });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain('GAL n°40');
    expect(unused.got()).toBeNull();
  });

  it('a PAGER that is not there, at a real terminal: caprural says it, in French, and no English line of the shell comes first', async () => {
    const store = await storeWithOrganisations(40);
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'fr_FR.UTF-8', PAGER: 'no-such-pager-here -R' };
    const command = `"${process.execPath}" "${BIN}" --store "${store}" org list`;
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], { env, encoding: 'utf8', timeout: 20_000 });
    expect(tty.status).toBe(0);
    expect(tty.stdout).not.toMatch(/not found|introuvable: /);
    // First on the screen (in the warning's colour): caprural's own line.
    expect(tty.stdout).toMatch(/^(\x1b\[33m)?Le paginateur « no-such-pager-here -R » n'a pas pu être lancé/);
    expect(tty.stdout).toContain('GAL n°40');
  });
});

describe('Ctrl-C while the pager shows the output', () => {
  it('belongs to the pager: caprural is not interrupted under it (two Ctrl-C would otherwise end it at once, exit 130)', async () => {
    const dir = tempDir();
    const store = join(dir, 'store.json');
    await runCli(['init'], { store });
    await openStore(store, { now: () => new Date('2018-02-01T10:00:00.000Z') }).update((data: StoreData) => {
      for (let i = 1; i <= 40; i += 1) data.organisations.push({ id: `gal-${i}`, name: `GAL n°${i}`, kind: 'GAL', territory: null });
    });
    // A pager that, like less, survives Ctrl-C, says when it has read everything, and quits a moment later.
    const script = join(dir, 'slow-pager.cjs');
    const out = join(dir, 'paged.txt');
    writeFileSync(
      script,
      `process.on('SIGINT', () => {}); const c = []; process.stdin.on('data', (d) => c.push(d)); process.stdin.on('end', () => { process.stdout.write('PAGER READY\\n'); setTimeout(() => { require('fs').writeFileSync(process.argv[2], Buffer.concat(c)); process.exit(0); }, 1500); });\n`,
    );
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', PAGER: `"${process.execPath}" "${script}" "${out}"` };
    const command = `exec "${process.execPath}" "${BIN}" --store "${store}" org list`;
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], { env });
      let shown = '';
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.stdout.on('data', (d: Buffer) => {
        shown += d.toString();
        if (shown.includes('PAGER READY') && !shown.includes('\u0000sent')) {
          shown += '\u0000sent';
          child.stdin.write('\u0003');
          setTimeout(() => child.stdin.write('\u0003'), 200);
        }
      });
      child.on('close', (status) => {
        clearTimeout(timer);
        resolve(status);
      });
    });
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('GAL n°40');
  });
});
