// A person whose addition a restore undid is no longer in the store, but still in the backups
// made meanwhile and in the history (a restore continues it). `member forget` must still find
// and erase them everywhere (GDPR: an erasure request must be honoured with the tool).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDeps } from '../helpers/tempStore';

/** Every file of the store's folder (backups included), as text. */
function everything(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
}

describe('member forget of a person whose addition was undone by a restore', () => {
  it('finds them in the backups and erases them from the backups and the history; the store is left as restored', async () => {
    const { path: store } = await tempDeps();
    const cli = (...args: string[]) => runCli(args, { store });
    expect((await cli('member', 'add', '--first', 'Bruno', '--last', 'Roux', '--email', 'bruno.roux@exemple.fr')).code).toBe(0);
    // The version replaced by that addition: the store before Bruno.
    const before = (JSON.parse((await cli('backup', 'list', '--json')).stdout) as Array<{ name: string }>)[0]!.name;
    expect((await cli('member', 'edit', 'bruno-roux', '--phone', '06 11 22 33 44')).code).toBe(0);
    expect((await cli('backup', 'restore', before, '--yes')).code).toBe(0);
    expect(everything(dirname(store))).toMatch(/bruno/i);
    const forget = await cli('member', 'forget', 'bruno-roux', '--yes');
    expect(forget.stderr).toBe('');
    expect(forget.code).toBe(0);
    const left = everything(dirname(store)).match(/.{0,80}(bruno|06 11 22 33 44).{0,80}/i);
    expect(left?.[0]).toBeUndefined();
    // Nobody by that name anywhere now: the same request is answered as for a stranger.
    expect((await cli('member', 'forget', 'bruno.roux@exemple.fr', '--yes')).code).toBe(2);
    expect((await cli('log')).code).toBe(0);
  });
});
