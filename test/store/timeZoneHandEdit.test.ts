// A session's time zone edited by hand into one Node does not know (QA6 AH): every command that
// showed a date of the session crashed (exit 70, a stack trace), and the next change wrote it on.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDeps } from '../helpers/tempStore';

describe('a time zone the store should not hold', () => {
  it('is refused on read and on change (exit 3, the session named, nothing written)', async () => {
    const { path: store } = await tempDeps();
    const data = JSON.parse(readFileSync(store, 'utf8'));
    data.sessions[1].timeZone = 'Europe/Pari';
    writeFileSync(store, `${JSON.stringify(data)}\n`);
    const before = bytesOf(store);
    for (const args of [['sessions'], ['export', 'sessions'], ['member', 'add', '--first', 'Léa', '--last', 'Lîle', '--email', 'lea@example.fr']]) {
      const r = await runCli(args, { store, lang: 'fr' });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(3);
      expect(r.stderr).toMatch(/sessions/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(bytesOf(store).equals(before)).toBe(true);
  });
});
