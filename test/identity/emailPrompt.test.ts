// Issue 12, item 2, the prompt path: an e-mail typed with a zero-width space is refused there too.
import { screen } from '@inquirer/testing/vitest';
import { until } from '../helpers/screen';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';

describe('member add at a terminal', () => {
  it('re-asks an e-mail holding a zero-width space or a soft hyphen, and stores the full-width one as ASCII', async () => {
    const store = join(tempDir(), 'store.json');
    await runCli(['init', '--empty'], { store });
    const running = runCli(['member', 'add', '--first', 'Zoé', '--last', 'Martin', '--phone', '0472724976', '--role', 'agent', '--json'], { store, tty: true });
    await until('E-mail');
    for (const bad of ['zo\u200be@x.fr', 'zo\u00ade@x.fr']) {
      screen.type(bad);
      screen.keypress('enter');
      await until('Invalid e-mail');
      // The refused value is shown escaped in the message, never raw.
      expect(screen.getScreen({ raw: true })).not.toMatch(/[\u200b\u00ad]/);
      for (let i = 0; i < bad.length; i += 1) screen.keypress('backspace');
    }
    screen.type('ｚｏｅ＠ｘ．ｆｒ');
    screen.keypress('enter');
    const r = await running;
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).email).toBe('zoe@x.fr');
  });
});
