// --no-color applies to the prompts as well (issue 15, item 7): the built binary at a real
// terminal (a pty from script(1)), answered as a person would, once the question is on screen.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { BIN } from '../helpers/spawnCli';
import { tempDir } from '../helpers/tempStore';

/** Runs `org add --kind GAL` at a pty, types `name` when asked, then Enter for the territory; returns what the terminal showed. */
function orgAddAtTerminal(store: string, name: string, extra: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const command = [process.execPath, BIN, '--store', store, ...extra, 'org', 'add', '--kind', 'GAL'].map((a) => `'${a}'`).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', TERM: 'xterm' } });
    let shown = '';
    let step = 0;
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      shown += d.toString();
      if (step === 0 && shown.includes('Organisation name')) {
        step = 1;
        child.stdin.write(`${name}\r`);
      } else if (step === 1 && shown.includes('Territory')) {
        step = 2;
        child.stdin.write('\r');
      }
    });
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(shown);
    });
  });
}

// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[[0-9;]*m/;

describe('--no-color and the prompts', () => {
  it('coloured by default at a terminal; plain with --no-color, the answers recorded the same', async () => {
    const store = join(tempDir(), 'store.json');
    await runCli(['init'], { store });
    const coloured = await orgAddAtTerminal(store, 'GAL des Couleurs', []);
    expect(coloured).toContain('Organisation added');
    expect(coloured).toMatch(SGR);
    const plain = await orgAddAtTerminal(store, 'GAL sans couleur', ['--no-color']);
    expect(plain).toContain('Organisation name');
    expect(plain).toContain('Organisation added');
    expect(plain).not.toMatch(SGR);
  });
});
